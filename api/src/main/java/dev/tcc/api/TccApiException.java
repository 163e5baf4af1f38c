package dev.tcc.api;

/** Any failure of the API, with tcc's one-line message (the file, node or tensor, and what to do). */
public class TccApiException extends RuntimeException {
    public TccApiException(String message) { super(message); }

    public TccApiException(String message, Throwable cause) { super(message, cause); }
}
