package dev.tcc.runtime.vulkan;

import dev.tcc.codegen.spirv.KernelLayout;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.runtime.CompiledKernel;

/** A kernel's pipeline on a {@link VulkanKernelDevice}, with its interface and how its arguments are bound; freed with the device. */
final class VulkanKernel implements CompiledKernel {
    private final VulkanKernelDevice owner;
    private final Kernel.Signature signature;
    private final byte[] code;
    private final VulkanPipeline pipeline;
    private final KernelLayout layout;

    VulkanKernel(VulkanKernelDevice owner, Kernel.Signature signature, byte[] code, VulkanPipeline pipeline, KernelLayout layout) {
        this.owner = owner;
        this.signature = signature;
        this.code = code;
        this.pipeline = pipeline;
        this.layout = layout;
    }

    VulkanKernelDevice owner() { return owner; }

    VulkanPipeline pipeline() { return pipeline; }

    KernelLayout layout() { return layout; }

    @Override public Kernel.Signature signature() { return signature; }

    @Override public byte[] code() { return code.clone(); }

    @Override public String toString() { return "kernel " + signature.name() + " on " + owner.info().id(); }
}
