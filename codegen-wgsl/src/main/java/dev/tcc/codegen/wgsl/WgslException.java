package dev.tcc.codegen.wgsl;

/**
 * A kernel WGSL cannot express, or that the renderer cannot show to be expressed exactly. The message
 * names the kernel, the value or construct, why, and what to do instead.
 */
public final class WgslException extends dev.tcc.ir.IrException {
    public WgslException(String message) { super(message); }
}
