package dev.tcc.frontend.onnx;

/**
 * A model tcc cannot import, with a message a user can act on: which file, which node and op, what is
 * wrong and what to do. Never carries a bare stack trace as the only explanation.
 */
public class OnnxException extends RuntimeException {
    public OnnxException(String message) { super(message); }

    public OnnxException(String message, Throwable cause) { super(message, cause); }
}
