package dev.tcc.runtime.opencl;

import dev.tcc.ir.kernel.Kernel;
import dev.tcc.runtime.CompiledKernel;

/** A built OpenCL kernel ({@code cl_kernel}), its interface and its source; released by its device. */
final class ClKernel implements CompiledKernel {
    private final OpenClDevice owner;
    private final Kernel.Signature signature;
    private final byte[] code;
    final long handle;
    /** The built program the kernel comes from (cached by the device, released with it). */
    final long program;

    ClKernel(OpenClDevice owner, Kernel.Signature signature, byte[] code, long handle, long program) {
        this.owner = owner;
        this.signature = signature;
        this.code = code;
        this.handle = handle;
        this.program = program;
    }

    OpenClDevice owner() { return owner; }

    @Override public Kernel.Signature signature() { return signature; }

    @Override public byte[] code() { return code.clone(); }

    @Override public String toString() { return "kernel " + signature.name() + " on " + owner.info().id(); }
}
