package dev.tcc.passes.lower;

/**
 * Lowering cannot produce kernels for a graph: an op, element type or shape the target does not support.
 * The message names the node, the op and what to do.
 */
public class LoweringException extends RuntimeException {
    public LoweringException(String message) { super(message); }

    public LoweringException(String message, Throwable cause) { super(message, cause); }
}
