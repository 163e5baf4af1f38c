package dev.tcc.runtime;

import dev.tcc.ir.kernel.Kernel;

/** A kernel built for one device, ready to launch; owned and freed by that device. */
public interface CompiledKernel {
    /** The kernel IR it was built from (parameters, grid). */
    Kernel kernel();

    /** The source the device compiled. */
    String source();
}
