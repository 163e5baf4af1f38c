package dev.tcc.runtime.webgpu;

import dev.tcc.codegen.wgsl.WgslLayout;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.runtime.CompiledKernel;

/** A WGSL kernel built by a {@link WgslDevice}: its interface, source, binding layout and pipeline. */
final class WgslCompiledKernel implements CompiledKernel {
    private final WgslDevice owner;
    private final Kernel.Signature signature;
    private final byte[] source;
    final WgslLayout layout;
    final ComputePipeline pipeline;

    WgslCompiledKernel(WgslDevice owner, Kernel.Signature signature, byte[] source, WgslLayout layout,
                       ComputePipeline pipeline) {
        this.owner = owner;
        this.signature = signature;
        this.source = source;
        this.layout = layout;
        this.pipeline = pipeline;
    }

    WgslDevice owner() { return owner; }

    @Override public Kernel.Signature signature() { return signature; }

    @Override public byte[] code() { return source.clone(); }

    @Override public String toString() { return "kernel " + signature.name() + " on " + owner.info().id(); }
}
