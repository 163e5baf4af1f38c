package dev.tcc.ir.kernel;

/**
 * Math functions on floats (f32 or f64). All arguments have the same type; the result has it too, except
 * for the predicates, which return bool. Meanings are those of C99's {@code <math.h>}.
 */
public enum MathFn {
    EXP(1), EXP2(1), LOG(1), LOG2(1), SQRT(1),
    /** {@code 1 / sqrt(x)}. */
    RSQRT(1),
    SIN(1), COS(1), TAN(1), ASIN(1), ACOS(1), ATAN(1), SINH(1), COSH(1), TANH(1), ASINH(1), ACOSH(1), ATANH(1),
    ERF(1),
    FLOOR(1), CEIL(1),
    /** Toward zero. */
    TRUNC(1),
    /** To nearest, ties to even. */
    RINT(1),
    POW(2), ATAN2(2),
    /** {@code a * b + c} with a single rounding. */
    FMA(3),
    /** Bool: x is NaN. */
    ISNAN(1),
    /** Bool: x is +inf or -inf. */
    ISINF(1);

    private final int arity;

    MathFn(int arity) { this.arity = arity; }

    public int arity() { return arity; }

    /** True when the result is bool. */
    public boolean predicate() { return this == ISNAN || this == ISINF; }

    /** The name in the text form. */
    public String text() { return name().toLowerCase(); }
}
