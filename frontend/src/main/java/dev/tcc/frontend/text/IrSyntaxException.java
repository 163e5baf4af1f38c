package dev.tcc.frontend.text;

import dev.tcc.ir.IrException;

/**
 * Textual IR that cannot be read: malformed text, an unknown op or attribute, an undefined value, or a
 * printed type that differs from the one the op infers. The message starts with {@code line L:C:}.
 */
public final class IrSyntaxException extends IrException {
    private final int line;
    private final int column;

    public IrSyntaxException(int line, int column, String message) {
        super("line " + line + ":" + column + ": " + message);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line of the error. */
    public int line() { return line; }

    /** The 1-based column of the error. */
    public int column() { return column; }
}
