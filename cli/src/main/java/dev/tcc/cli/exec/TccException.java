package dev.tcc.cli.exec;

/**
 * A problem with what the user gave tcc (a file, an input, an option), with a message that says what is
 * wrong, where, and what to do. The command line prints it as one line; it never needs a stack trace.
 */
public class TccException extends RuntimeException {
    public TccException(String message) { super(message); }

    public TccException(String message, Throwable cause) { super(message, cause); }
}
