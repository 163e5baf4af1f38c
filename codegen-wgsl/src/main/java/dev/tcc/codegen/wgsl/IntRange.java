package dev.tcc.codegen.wgsl;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BinaryOp;

/**
 * A closed interval of exact integer values (no wrap-around), with bounds saturating at the ends of
 * {@code long}: the abstract value of {@link Int64Narrowing}'s range analysis.
 */
record IntRange(long lo, long hi) {
    static final IntRange I32 = new IntRange(Integer.MIN_VALUE, Integer.MAX_VALUE);
    static final IntRange U32 = new IntRange(0, 0xFFFF_FFFFL);
    static final IntRange BOOL = new IntRange(0, 1);
    /** Every value of a 64-bit type, as far as a {@code long} reaches (u64 above 2^63 saturates). */
    static final IntRange WIDE = new IntRange(Long.MIN_VALUE, Long.MAX_VALUE);

    static IntRange of(long v) { return new IntRange(v, v); }

    /** All values of {@code t} as stored or computed (64-bit types: {@link #WIDE} or its upper half). */
    static IntRange full(DType t) {
        return switch (t) {
            case BOOL -> BOOL;
            case I8 -> new IntRange(Byte.MIN_VALUE, Byte.MAX_VALUE);
            case U8 -> new IntRange(0, 255);
            case I16 -> new IntRange(Short.MIN_VALUE, Short.MAX_VALUE);
            case U16 -> new IntRange(0, 65535);
            case I32 -> I32;
            case U32 -> U32;
            case I64 -> WIDE;
            case U64 -> new IntRange(0, Long.MAX_VALUE);
            default -> throw new IllegalArgumentException("not an integer type: " + t);
        };
    }

    /** The 32-bit range WGSL holds a value of {@code t} in (i64 in i32, u64 in u32). */
    static IntRange held(DType t) {
        return switch (t) {
            case I64 -> I32;
            case U64 -> U32;
            default -> full(t);
        };
    }

    boolean within(IntRange o) { return lo >= o.lo && hi <= o.hi; }

    IntRange join(IntRange o) { return o == null ? this : new IntRange(Math.min(lo, o.lo), Math.max(hi, o.hi)); }

    long maxAbs() { return Math.max(abs(lo), abs(hi)); }

    boolean isConstant() { return lo == hi; }

    boolean contains(long v) { return lo <= v && v <= hi; }

    static long add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return r;
    }

    static long neg(long a) { return a == Long.MIN_VALUE ? Long.MAX_VALUE : -a; }

    static long abs(long a) { return a < 0 ? neg(a) : a; }

    static long mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
        return (a < 0) == (b < 0) ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    static long div(long a, long b) { return a == Long.MIN_VALUE && b == -1 ? Long.MAX_VALUE : a / b; }

    static IntRange hull(long... values) {
        long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
        for (long v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new IntRange(lo, hi);
    }

    /** The smallest {@code [-2^k, 2^k - 1]} holding both (what bitwise operations of them stay in). */
    static IntRange signedHull(IntRange a, IntRange b) {
        long m = Math.max(Math.max(abs(a.lo), abs(a.hi)), Math.max(abs(b.lo), abs(b.hi)));
        if (m >= (1L << 62)) return WIDE;
        long p = Long.highestOneBit(m) << 1;
        return new IntRange(-p, p - 1);
    }

    /**
     * The exact result range of an arithmetic or bitwise operation (not a shift) on operands in {@code x}
     * and {@code y}, before any wrap-around: division by a range holding 0 is bounded by the dividend
     * (kernel IR leaves the quotient unspecified, and every target gives a value no larger), and keeps the
     * sign of non-negative operands (WGSL's quotient by 0 is the dividend).
     */
    static IntRange arith(BinaryOp op, IntRange x, IntRange y) {
        return switch (op) {
            case ADD -> new IntRange(add(x.lo(), y.lo()), add(x.hi(), y.hi()));
            case SUB -> new IntRange(add(x.lo(), neg(y.hi())), add(x.hi(), neg(y.lo())));
            case MUL -> hull(mul(x.lo(), y.lo()), mul(x.lo(), y.hi()), mul(x.hi(), y.lo()), mul(x.hi(), y.hi()));
            case DIV -> y.contains(0) ? (x.lo() >= 0 && y.lo() >= 0 ? new IntRange(0, x.hi()) : new IntRange(-x.maxAbs(), x.maxAbs()))
                    : hull(div(x.lo(), y.lo()), div(x.lo(), y.hi()), div(x.hi(), y.lo()), div(x.hi(), y.hi()));
            case REM -> {
                long m = Math.min(x.maxAbs(), Math.max(y.maxAbs() - 1, 0));
                yield new IntRange(x.lo() >= 0 ? 0 : -m, x.hi() <= 0 ? 0 : m);
            }
            case MIN -> new IntRange(Math.min(x.lo(), y.lo()), Math.min(x.hi(), y.hi()));
            case MAX -> new IntRange(Math.max(x.lo(), y.lo()), Math.max(x.hi(), y.hi()));
            case BIT_AND -> x.lo() >= 0 && y.lo() >= 0 ? new IntRange(0, Math.min(x.hi(), y.hi()))
                    : x.lo() >= 0 ? new IntRange(0, x.hi()) : y.lo() >= 0 ? new IntRange(0, y.hi()) : signedHull(x, y);
            case BIT_OR, BIT_XOR -> x.lo() >= 0 && y.lo() >= 0
                    ? new IntRange(0, Long.highestOneBit(Math.max(Math.max(x.hi(), y.hi()), 1)) * 2 - 1)
                    : signedHull(x, y);
            default -> throw new IllegalArgumentException(op + " is not arithmetic or bitwise on ranges here");
        };
    }

    @Override public String toString() { return "[" + lo + ", " + hi + "]"; }
}
