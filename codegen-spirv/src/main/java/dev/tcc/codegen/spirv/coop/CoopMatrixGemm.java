package dev.tcc.codegen.spirv.coop;

import dev.tcc.codegen.spirv.asm.SpirvModule;

import java.util.Objects;

/**
 * An fp16 GEMM on tensor cores through Vulkan cooperative matrices: {@code C[M,N] = A[M,K] x B[K,N]} with A and B
 * f16 and row-major, products summed in f32, and C written row-major as f32 or (rounded) f16. This is a
 * stand-alone kernel, not a lowering of tcc's kernel IR: the IR has no matrix-fragment values, and the point is
 * first to see how close a Vulkan kernel gets to cuBLAS's fp16 GEMM on the same GPU.
 *
 * <p>The module uses {@code SPV_NV_cooperative_matrix} (16x16x16 f16 fragments, f32 accumulators, subgroup scope):
 * the NV extension rather than the KHR one because the SPIR-V tools tcc validates with know only it, and NVIDIA's
 * drivers offer {@code VK_NV_cooperative_matrix}. The sizes are constants of the module; the interface is three
 * storage buffers in descriptor set 0 (binding 0 A, 1 B, 2 C) and no push constants. Dispatch
 * {@link #groupsX()} x {@link #groupsY()} workgroups of {@link Tiling#invocations()}; the device must run
 * subgroups of {@link #SUBGROUP_SIZE} invocations (NVIDIA's always do), since the tiling assigns C by subgroup.
 * {@link Tiling} describes how the work is split and whether A and B are staged through shared memory.
 *
 * @param m      rows of A and C, a multiple of the tiling's {@code tileM}
 * @param n      columns of B and C, a multiple of {@code tileN}
 * @param k      columns of A and rows of B, a multiple of {@code tileK}
 * @param output C's element type
 * @param tiling the work split
 */
public record CoopMatrixGemm(int m, int n, int k, Output output, Tiling tiling) {
    /** The subgroup size the tilings assume. */
    public static final int SUBGROUP_SIZE = 32;
    /** The device extension a device must offer (and enable) to run the module. */
    public static final String VULKAN_EXTENSION = "VK_NV_cooperative_matrix";

    /** C's element type; the products are summed in f32 either way. */
    public enum Output {
        F32(4), F16(2);

        private final int bytes;

        Output(int bytes) { this.bytes = bytes; }

        /** Bytes per element of C. */
        public int bytes() { return bytes; }
    }

    public CoopMatrixGemm {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(tiling, "tiling");
        multiple("M", m, tiling.tileM(), "rows of its workgroup tile", tiling);
        multiple("N", n, tiling.tileN(), "columns of its workgroup tile", tiling);
        multiple("K", k, tiling.tileK(), "K step", tiling);
        for (long elements : new long[] {(long) m * k, (long) k * n, (long) m * n}) {
            if (elements > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("GEMM " + m + "x" + n + "x" + k + ": a matrix of " + elements
                        + " elements is beyond the 2^31 a 32-bit index reaches; split the product");
            }
        }
    }

    private static void multiple(String what, int size, int step, String stepName, Tiling tiling) {
        if (size <= 0 || size % step != 0) {
            throw new IllegalArgumentException(what + "=" + size + " is not a positive multiple of " + step + ", the "
                    + stepName + " in tiling " + tiling.name() + "; pad the matrices or pick a tiling that divides them");
        }
    }

    /** The compute module (entry point {@code main}). */
    public SpirvModule module() { return GemmModule.write(this); }

    /** The module as little-endian bytes, as a {@code .spv} file holds it. */
    public byte[] bytes() { return module().toBytes(); }

    /** The module as words, as {@code vkCreateShaderModule} takes it. */
    public int[] words() { return module().toWords(); }

    /** Workgroups along x: one per {@code tileN} columns of C. */
    public int groupsX() { return n / tiling.tileN(); }

    /** Workgroups along y: one per {@code tileM} rows of C. */
    public int groupsY() { return m / tiling.tileM(); }

    /** Floating-point operations of one product (a multiply and an add per term). */
    public double flops() { return 2.0 * m * n * k; }

    /** Bytes of A, B and C. */
    public long bytesA() { return 2L * m * k; }

    public long bytesB() { return 2L * k * n; }

    public long bytesC() { return (long) output.bytes() * m * n; }

    @Override public String toString() {
        return "fp16 GEMM " + m + "x" + n + "x" + k + " -> " + output + " (" + tiling.name() + ")";
    }
}
