package dev.tcc.ir.kernel;

import dev.tcc.ir.IrException;

/** Malformed kernel IR, or a kernel that failed while being interpreted. The message says where. */
public class KernelIrException extends IrException {
    public KernelIrException(String message) { super(message); }

    public KernelIrException(String message, Throwable cause) { super(message, cause); }
}
