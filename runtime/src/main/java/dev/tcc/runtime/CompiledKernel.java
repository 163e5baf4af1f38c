package dev.tcc.runtime;

import dev.tcc.ir.kernel.Kernel;

/** A kernel built for one device, ready to launch; owned and freed by that device. */
public interface CompiledKernel {
    /** The kernel's interface: name, parameters, arrays, grid. */
    Kernel.Signature signature();

    /** The kernel file the device built (source text or binary). */
    byte[] code();
}
