package dev.tcc.ir.kernel.interp;

import dev.tcc.ir.DType;
import dev.tcc.ir.Numerics;
import dev.tcc.ir.kernel.BinaryOp;
import dev.tcc.ir.kernel.MathFn;
import dev.tcc.ir.kernel.UnaryOp;

/**
 * Scalar semantics of kernel IR (see {@code Kernel}'s documentation). Integers and bools travel as
 * {@code long}, already wrapped to their type (i32 sign-extended, u32 zero-extended, u64 as raw bits);
 * floats as {@code double}, already rounded to their type.
 */
final class Scalars {
    private Scalars() {}

    private static final double TWO_63 = 0x1p63;
    private static final double TWO_64 = 0x1p64;

    static double round(DType t, double x) { return t == DType.F32 ? (double) (float) x : x; }

    static long intUnary(UnaryOp op, DType t, long a) {
        return switch (op) {
            case NEG -> Numerics.wrap(t, -a);
            case ABS -> t.isSigned() ? Numerics.wrap(t, Math.abs(a)) : a;
            case NOT -> a != 0 ? 0 : 1;
            case BIT_NOT -> Numerics.wrap(t, ~a);
        };
    }

    static double floatUnary(UnaryOp op, double a) {
        return switch (op) {
            case NEG -> -a;
            case ABS -> Math.abs(a);
            case NOT, BIT_NOT -> throw new IllegalStateException(op + " on a float");
        };
    }

    /** Integer or bool operands of type {@code t}; comparisons and logic give 0 or 1. */
    static long intBinary(BinaryOp op, DType t, long a, long b) {
        int bits = t.bits();
        return switch (op) {
            case ADD -> Numerics.wrap(t, a + b);
            case SUB -> Numerics.wrap(t, a - b);
            case MUL -> Numerics.wrap(t, a * b);
            case DIV -> b == 0 ? 0 : Numerics.wrap(t, t == DType.U64 ? Long.divideUnsigned(a, b) : a / b);
            case REM -> b == 0 ? 0 : Numerics.wrap(t, t == DType.U64 ? Long.remainderUnsigned(a, b) : a % b);
            case MIN -> compare(t, a, b) <= 0 ? a : b;
            case MAX -> compare(t, a, b) >= 0 ? a : b;
            case EQ -> a == b ? 1 : 0;
            case NE -> a != b ? 1 : 0;
            case LT -> compare(t, a, b) < 0 ? 1 : 0;
            case LE -> compare(t, a, b) <= 0 ? 1 : 0;
            case GT -> compare(t, a, b) > 0 ? 1 : 0;
            case GE -> compare(t, a, b) >= 0 ? 1 : 0;
            case AND -> a & b;
            case OR -> a | b;
            case BIT_AND -> a & b;
            case BIT_OR -> a | b;
            case BIT_XOR -> Numerics.wrap(t, a ^ b);
            case SHL -> Numerics.wrap(t, a << (b & (bits - 1)));
            case SHR -> t.isSigned() ? a >> (b & (bits - 1)) : (t == DType.U64 ? a >>> (b & 63) : a >>> (b & (bits - 1)));
        };
    }

    static int compare(DType t, long a, long b) {
        return t == DType.U64 ? Long.compareUnsigned(a, b) : Long.compare(a, b);
    }

    static double floatBinary(BinaryOp op, DType t, double a, double b) {
        return switch (op) {
            case ADD -> round(t, a + b);
            case SUB -> round(t, a - b);
            case MUL -> round(t, a * b);
            case DIV -> round(t, a / b);
            case REM -> round(t, a % b);
            case MIN -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
            case MAX -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
            default -> throw new IllegalStateException(op + " does not give a float");
        };
    }

    static boolean floatCompare(BinaryOp op, double a, double b) {
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            default -> throw new IllegalStateException(op + " is not a comparison");
        };
    }

    static double math(MathFn fn, DType t, double x, double y, double z) {
        double r = switch (fn) {
            case EXP -> Math.exp(x);
            case EXP2 -> Math.pow(2, x);
            case LOG -> Math.log(x);
            case LOG2 -> log2(x);
            case SQRT -> Math.sqrt(x);
            case RSQRT -> 1 / Math.sqrt(x);
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case TAN -> Math.tan(x);
            case ASIN -> Math.asin(x);
            case ACOS -> Math.acos(x);
            case ATAN -> Math.atan(x);
            case SINH -> Math.sinh(x);
            case COSH -> Math.cosh(x);
            case TANH -> Math.tanh(x);
            case ASINH -> Double.isInfinite(x) ? x : Math.copySign(Math.log(Math.abs(x) + Math.sqrt(x * x + 1)), x);
            case ACOSH -> Math.log(x + Math.sqrt(x * x - 1));
            case ATANH -> 0.5 * Math.log1p(2 * x / (1 - x));
            case ERF -> Erf.erf(x);
            case FLOOR -> Math.floor(x);
            case CEIL -> Math.ceil(x);
            case TRUNC -> x < 0 ? Math.ceil(x) : Math.floor(x);
            case RINT -> Math.rint(x);
            case POW -> Math.pow(x, y);
            case ATAN2 -> Math.atan2(x, y);
            case FMA -> t == DType.F32 ? Math.fma((float) x, (float) y, (float) z) : Math.fma(x, y, z);
            case ISNAN, ISINF -> throw new IllegalStateException(fn + " gives a bool");
        };
        return round(t, r);
    }

    private static double log2(double x) {
        if (x > 0 && !Double.isInfinite(x) && Double.doubleToRawLongBits(x) << 12 == 0 && Math.getExponent(x) >= Double.MIN_EXPONENT) {
            return Math.getExponent(x);
        }
        return Math.log(x) / Math.log(2);
    }

    /** Float to integer or bool: truncate toward zero and saturate, NaN to 0; bool is {@code x != 0}. */
    static long floatToInt(DType to, double x) {
        if (to == DType.BOOL) return x != 0 ? 1 : 0;
        if (Double.isNaN(x)) return 0;
        return switch (to) {
            case I32 -> (int) x;
            case I64 -> (long) x;
            case U32 -> x <= 0 ? 0 : x >= 4294967295.0 ? 0xFFFFFFFFL : (long) x;
            case U64 -> x <= 0 ? 0 : x >= TWO_64 ? -1L : x >= TWO_63 ? (long) (x - TWO_63) + Long.MIN_VALUE : (long) x;
            default -> throw new IllegalStateException("cast to " + to);
        };
    }

    /** Integer or bool (of type {@code from}) to integer or bool type {@code to}. */
    static long intToInt(DType to, long v) { return Numerics.wrap(to, v); }

    /** Integer or bool (of type {@code from}) to float type {@code to}, rounding to nearest. */
    static double intToFloat(DType to, DType from, long v) {
        if (from == DType.U64 && v < 0) return round(to, Numerics.unsignedToDouble(v));
        return to == DType.F32 ? (double) (float) v : (double) v;
    }
}
