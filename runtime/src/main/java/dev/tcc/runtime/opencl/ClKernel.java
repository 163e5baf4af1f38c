package dev.tcc.runtime.opencl;

import dev.tcc.ir.kernel.Kernel;
import dev.tcc.runtime.CompiledKernel;

/** A built OpenCL kernel ({@code cl_kernel}) and the IR it came from; released by its device. */
final class ClKernel implements CompiledKernel {
    private final OpenClDevice owner;
    private final Kernel kernel;
    private final String source;
    final long handle;

    ClKernel(OpenClDevice owner, Kernel kernel, String source, long handle) {
        this.owner = owner;
        this.kernel = kernel;
        this.source = source;
        this.handle = handle;
    }

    OpenClDevice owner() { return owner; }

    @Override public Kernel kernel() { return kernel; }

    @Override public String source() { return source; }

    @Override public String toString() { return "kernel " + kernel.name() + " on " + owner.info().id(); }
}
