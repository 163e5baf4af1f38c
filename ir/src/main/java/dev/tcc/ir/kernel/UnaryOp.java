package dev.tcc.ir.kernel;

/** Unary operators; the result has the operand's type. */
public enum UnaryOp {
    /** Negation (wraps for integers). */
    NEG("-"),
    /** Absolute value; for signed integers {@code abs(MIN) == MIN}; identity for unsigned. */
    ABS("abs"),
    /** Logical not of a bool. */
    NOT("!"),
    /** Bitwise complement of an integer. */
    BIT_NOT("~");

    private final String symbol;

    UnaryOp(String symbol) { this.symbol = symbol; }

    /** The spelling in the text form (and in C). */
    public String symbol() { return symbol; }
}
