package dev.tcc.ir.kernel;

/** Binary operators. Both operands have the same type; see {@link Kernel} for the exact semantics. */
public enum BinaryOp {
    ADD("+", Kind.ARITH), SUB("-", Kind.ARITH), MUL("*", Kind.ARITH),
    /** Integer division truncates toward zero; float division is IEEE. */
    DIV("/", Kind.ARITH),
    /** Remainder with the sign of the dividend (integer {@code %}, float {@code fmod}). */
    REM("%", Kind.ARITH),
    /** Minimum; for floats the non-NaN operand when one is NaN. */
    MIN("min", Kind.ARITH),
    MAX("max", Kind.ARITH),
    EQ("==", Kind.COMPARE), NE("!=", Kind.COMPARE), LT("<", Kind.COMPARE), LE("<=", Kind.COMPARE),
    GT(">", Kind.COMPARE), GE(">=", Kind.COMPARE),
    /** Logical and of bools (both sides are evaluated). */
    AND("&&", Kind.LOGIC),
    /** Logical or of bools (both sides are evaluated). */
    OR("||", Kind.LOGIC),
    BIT_AND("&", Kind.BITWISE), BIT_OR("|", Kind.BITWISE), BIT_XOR("^", Kind.BITWISE),
    /** Left shift; the count is taken modulo the bit width. */
    SHL("<<", Kind.BITWISE),
    /** Right shift, arithmetic for signed and logical for unsigned; count modulo the bit width. */
    SHR(">>", Kind.BITWISE);

    /** Operand and result classes. */
    public enum Kind {
        /** Numeric operands, result of the same type. */
        ARITH,
        /** Any operands (bool only with EQ/NE), bool result. */
        COMPARE,
        /** Bool operands and result. */
        LOGIC,
        /** Integer operands, result of the same type. */
        BITWISE
    }

    private final String symbol;
    private final Kind kind;

    BinaryOp(String symbol, Kind kind) {
        this.symbol = symbol;
        this.kind = kind;
    }

    /** The spelling in the text form: an infix operator, or a function name for MIN/MAX. */
    public String symbol() { return symbol; }

    public Kind kind() { return kind; }

    /** True when the text form writes this as a function call ({@code min(a, b)}). */
    public boolean isFunction() { return this == MIN || this == MAX; }
}
