import dev.tcc.codegen.spirv.coop.CoopMatrixGemm;
import dev.tcc.codegen.spirv.coop.CoopMatrixGemm.Output;
import dev.tcc.codegen.spirv.coop.Tiling;
import dev.tcc.runtime.DeviceException;
import dev.tcc.runtime.vulkan.CooperativeMatrixShape;
import dev.tcc.runtime.vulkan.Dispatch;
import dev.tcc.runtime.vulkan.ProgramTimings;
import dev.tcc.runtime.vulkan.VulkanBuffer;
import dev.tcc.runtime.vulkan.VulkanDevice;
import dev.tcc.runtime.vulkan.VulkanDeviceInfo;
import dev.tcc.runtime.vulkan.VulkanFeature;
import dev.tcc.runtime.vulkan.VulkanInstance;
import dev.tcc.runtime.vulkan.VulkanPhysicalDevice;
import dev.tcc.runtime.vulkan.VulkanPipeline;
import dev.tcc.runtime.vulkan.VulkanProgram;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * tcc's fp16 GEMM on cooperative matrices (codegen-spirv's {@link CoopMatrixGemm}, SPV_NV_cooperative_matrix) against
 * cuBLAS's fp16 GEMM, on the GPU machine (scripts/gpu/bench.sh). For each square size N and each {@link Tiling}
 * preset, with C in f16 (as cuBLAS's hgemm, which peers.py times) and in f32: A and B get seeded random f16 values
 * in [-1, 1), the kernel runs once and 64 sampled elements of C (two corners among them) are checked against a
 * double-precision dot product of the same f16 inputs; the error is measured against sqrt(sum_k (a_k b_k)^2), the
 * natural size of a dot product of random terms, and must stay under 1e-2 (f16 C) or 1e-3 (f32 C). Then 5 warm-up
 * runs and 20 timed runs of one recorded dispatch, timed by GPU timestamps where the queue has them (else the
 * host's wait for the fence); the median is reported. Prints one JSON line per (size, variant) in peers.jsonl's
 * format ({"peer": "tcc_coop_f16", "work": "hgemm_N", "variant": ..., "ms": ...}) and a plain line beside it.
 *
 * <p>A device without 16x16x16 f16 cooperative matrices (lavapipe, say) gets one line saying so and exit 0.
 * Usage: CoopGemm DEVICE_QUERY [N ...] (default NVIDIA 4096 8192). Exit 1 when a variant gave wrong numbers.
 */
public class CoopGemm {
    private static final int WARMUP = 5, RUNS = 20, SAMPLES = 64;

    public static void main(String[] args) {
        String query = args.length > 0 ? args[0] : "NVIDIA";
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {4096, 8192};
        // Not closed: on NVIDIA's driver destroying an instance can crash its GL thread (see VulkanInstance.discover).
        VulkanInstance instance = VulkanInstance.open();
        VulkanPhysicalDevice physical;
        try {
            physical = instance.select(query);
        } catch (DeviceException e) {
            System.out.println("CoopGemm: " + e.getMessage());
            System.exit(1);
            return;
        }
        VulkanDeviceInfo info = physical.info();
        String why = unsupported(info);
        if (why != null) {
            System.out.println("CoopGemm: " + info.id() + " " + info.name() + " has no usable cooperative matrices (" + why
                    + "); nothing to run");
            return;
        }
        System.out.println("CoopGemm on " + info.summary() + ", subgroup " + info.limits().subgroupSize()
                + ", timestamps " + info.limits().timestampsOnComputeQueue());
        boolean allRight = true;
        try (VulkanDevice device = instance.open(physical, EnumSet.of(VulkanFeature.COOPERATIVE_MATRIX,
                VulkanFeature.SHADER_FLOAT16, VulkanFeature.STORAGE_BUFFER_16BIT_ACCESS))) {
            device.timeout(java.time.Duration.ofMinutes(2));
            for (int n : sizes) allRight &= size(device, n);
        }
        if (!allRight) System.exit(1);
    }

    /** Why the device cannot run the kernel, or null when it can. */
    private static String unsupported(VulkanDeviceInfo info) {
        if (!info.hasExtension(CoopMatrixGemm.VULKAN_EXTENSION)) return "no " + CoopMatrixGemm.VULKAN_EXTENSION;
        if (!info.offersCooperativeMatrix(CooperativeMatrixShape.F16_F32_16X16X16)) {
            return "no " + CooperativeMatrixShape.F16_F32_16X16X16 + " subgroup shape among " + info.cooperativeMatrixShapes();
        }
        if (!info.features().containsAll(EnumSet.of(VulkanFeature.SHADER_FLOAT16, VulkanFeature.STORAGE_BUFFER_16BIT_ACCESS))) {
            return "no shaderFloat16 or storageBuffer16BitAccess";
        }
        if (info.limits().subgroupSize() != CoopMatrixGemm.SUBGROUP_SIZE) {
            return "subgroups of " + info.limits().subgroupSize() + ", the tilings assume " + CoopMatrixGemm.SUBGROUP_SIZE;
        }
        return null;
    }

    /** Every variant on N x N x N; false when one gave wrong numbers or failed. */
    private static boolean size(VulkanDevice device, int n) {
        long bytesIn = 2L * n * n, bytesOut = 4L * n * n;
        if (bytesOut > device.info().limits().maxStorageBufferRange()) {
            System.out.println("CoopGemm " + n + ": C of " + bytesOut + " bytes exceeds maxStorageBufferRange; skipped");
            return true;
        }
        ByteBuffer a = randomHalves(n * n, 1), b = randomHalves(n * n, 2);
        boolean allRight = true;
        try (VulkanBuffer da = device.createBuffer(bytesIn); VulkanBuffer db = device.createBuffer(bytesIn);
             VulkanBuffer dc = device.createBuffer(bytesOut)) {
            da.write(0, a);
            db.write(0, b);
            var limits = device.info().limits();
            for (Tiling tiling : Tiling.presets()) {
                if (tiling.sharedBytes() > limits.maxComputeSharedMemorySize() || tiling.invocations() > limits.maxComputeWorkGroupInvocations()) {
                    System.out.println("CoopGemm " + n + " " + tiling.name() + ": " + tiling.sharedBytes() + " bytes of shared memory and "
                            + tiling.invocations() + " invocations exceed the device's " + limits.maxComputeSharedMemorySize() + " and "
                            + limits.maxComputeWorkGroupInvocations() + "; skipped");
                    continue;
                }
                for (Output output : List.of(Output.F16, Output.F32)) {
                    CoopMatrixGemm gemm = new CoopMatrixGemm(n, n, n, output, tiling);
                    try {
                        allRight &= variant(device, gemm, a, b, da, db, dc);
                    } catch (RuntimeException e) {
                        System.out.println("CoopGemm " + gemm + " FAILED: " + e);
                        allRight = false;
                    }
                }
            }
        }
        return allRight;
    }

    private static boolean variant(VulkanDevice device, CoopMatrixGemm gemm, ByteBuffer a, ByteBuffer b,
                                   VulkanBuffer da, VulkanBuffer db, VulkanBuffer dc) {
        int n = gemm.n();
        String variant = gemm.tiling().name() + "/" + gemm.output().name().toLowerCase(Locale.ROOT);
        VulkanPipeline pipeline = device.pipeline(gemm.words(), "main", 3, 0);
        Dispatch dispatch = new Dispatch(pipeline, List.of(da, db, dc), new byte[0], gemm.groupsX(), gemm.groupsY(), 1);
        dc.fill(0x7fc07fc0);   // NaN as a pair of f16 and as an f32: what the previous variant left cannot pass the check
        try (VulkanProgram program = device.record(List.of(dispatch), true)) {
            program.run();
            double error = maxError(gemm, a, b, dc);
            double tolerance = gemm.output() == Output.F16 ? 1e-2 : 1e-3;
            if (!(error <= tolerance)) {
                System.out.printf(Locale.ROOT, "{\"peer\": \"tcc_coop_f16\", \"work\": \"hgemm_%d\", \"variant\": \"%s\", "
                        + "\"ok\": false, \"max_rel_err\": %.3e}%n", n, variant, error);
                System.out.printf(Locale.ROOT, "CoopGemm %d %s: WRONG, max relative error %.3e > %.0e%n", n, variant, error, tolerance);
                return false;
            }
            for (int i = 0; i < WARMUP; i++) program.run();
            double[] ms = new double[RUNS];
            boolean timestamps = true;
            for (int i = 0; i < RUNS; i++) {
                ProgramTimings t = program.run();
                timestamps &= !t.dispatchNanos().isEmpty();
                ms[i] = (t.dispatchNanos().isEmpty() ? t.hostNanos() : t.dispatchNanos().getFirst()) / 1e6;
            }
            Arrays.sort(ms);
            double median = ms[RUNS / 2], tflops = gemm.flops() / median / 1e9;
            System.out.printf(Locale.ROOT, "{\"peer\": \"tcc_coop_f16\", \"work\": \"hgemm_%d\", \"variant\": \"%s\", "
                            + "\"ms\": %.4f, \"tflops\": %.2f, \"max_rel_err\": %.3e, \"min_ms\": %.4f, \"max_ms\": %.4f, \"timing\": \"%s\"}%n",
                    n, variant, median, tflops, error, ms[0], ms[RUNS - 1], timestamps ? "gpu_timestamps" : "host_fence");
            System.out.printf(Locale.ROOT, "CoopGemm %d %-24s %8.3f ms %7.1f TFLOP/s (max rel err %.1e, %d workgroups of %d)%n",
                    n, variant, median, tflops, error, gemm.groupsX() * gemm.groupsY(), gemm.tiling().invocations());
            return true;
        }
    }

    /** n seeded random f16 values in [-1, 1), as little-endian half bits. */
    private static ByteBuffer randomHalves(int count, long seed) {
        ByteBuffer out = ByteBuffer.allocateDirect(2 * count).order(ByteOrder.LITTLE_ENDIAN);
        Random r = new Random(seed);
        for (int i = 0; i < count; i++) out.putShort(2 * i, Float.floatToFloat16(r.nextFloat() * 2 - 1));
        return out;
    }

    /**
     * The largest error among the sampled elements of C, each against a double dot product of the f16 inputs and
     * relative to sqrt(sum (a_k b_k)^2); NaN (an element never written) counts as infinitely wrong.
     */
    private static double maxError(CoopMatrixGemm gemm, ByteBuffer a, ByteBuffer b, VulkanBuffer dc) {
        int m = gemm.m(), n = gemm.n(), k = gemm.k(), bytes = gemm.output().bytes();
        Random r = new Random(n);
        double worst = 0;
        ByteBuffer one = ByteBuffer.allocateDirect(4).order(ByteOrder.LITTLE_ENDIAN);
        for (int s = 0; s < SAMPLES; s++) {
            int i = s == 0 ? 0 : s == 1 ? m - 1 : r.nextInt(m);
            int j = s == 0 ? 0 : s == 1 ? n - 1 : r.nextInt(n);
            double dot = 0, scale = 0;
            for (int kk = 0; kk < k; kk++) {
                double p = (double) half(a, (long) i * k + kk) * half(b, (long) kk * n + j);
                dot += p;
                scale += p * p;
            }
            dc.read((long) bytes * ((long) i * n + j), one.clear().limit(bytes));
            double got = bytes == 2 ? Float.float16ToFloat(one.getShort(0)) : one.getFloat(0);
            double error = Math.abs(got - dot) / Math.max(Math.sqrt(scale), 1e-30);
            worst = Double.isNaN(error) ? Double.POSITIVE_INFINITY : Math.max(worst, error);
        }
        return worst;
    }

    private static float half(ByteBuffer halves, long index) { return Float.float16ToFloat(halves.getShort((int) (2 * index))); }
}
