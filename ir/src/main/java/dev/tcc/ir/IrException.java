package dev.tcc.ir;

/** Malformed IR or an operation applied to operands it does not accept. The message says which. */
public class IrException extends RuntimeException {
    public IrException(String message) { super(message); }

    public IrException(String message, Throwable cause) { super(message, cause); }
}
