package dev.tcc.codegen.spirv;

import dev.tcc.codegen.spirv.asm.SpirvModule;
import dev.tcc.codegen.spirv.lower.SpirvLowering;
import dev.tcc.ir.kernel.Kernel;

/**
 * Renders kernel IR to a Vulkan compute SPIR-V module (SPIR-V 1.5, Shader capability, GLCompute, logical
 * addressing, GLSL450 memory model). The entry point has the kernel's name; buffers and scalars are bound as
 * {@link KernelLayout} describes. Stateless: {@link #render} may be called from several threads.
 *
 * <p>The optional device features a module needs are in {@link KernelLayout#features()}. Known gap to kernel IR: f64 transcendental functions and
 * {@code erf} are computed in f32 (GLSL.std.450 defines them for 32-bit floats only).
 */
public final class SpirvRenderer {

    /** The module of {@code kernel}. */
    public SpirvModule render(Kernel kernel) { return SpirvLowering.lower(kernel); }

    /** The module's binary, as {@code vkCreateShaderModule} takes it. */
    public byte[] renderBytes(Kernel kernel) { return render(kernel).toBytes(); }

    /** How the kernel's parameters are bound. */
    public KernelLayout layout(Kernel kernel) { return KernelLayout.of(kernel); }
}
