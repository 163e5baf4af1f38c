package dev.tcc.passes.kernel;

import dev.tcc.ir.DType;

/**
 * The values an integer or bool expression can take: every value lies in {@code [lo, hi]}. Intervals are
 * only built for bool, i32, u32 and i64, whose values all fit a {@code long} in their natural order (u64
 * does not, so it never gets one). An operation whose exact result could leave its type's range would
 * wrap, so the arithmetic here gives {@code null} (unknown) instead: a known interval therefore also
 * proves that nothing under it wrapped, which the rewrite rules rely on.
 */
public record Interval(long lo, long hi) {

    public Interval {
        if (lo > hi) throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
    }

    public static Interval of(long v) { return new Interval(v, v); }

    /** True for the types intervals describe. */
    public static boolean tracks(DType t) {
        return t == DType.BOOL || t == DType.I32 || t == DType.U32 || t == DType.I64;
    }

    /** Every value of {@code t}, or null when {@code t} is not {@linkplain #tracks tracked}. */
    public static Interval full(DType t) {
        return switch (t) {
            case BOOL -> new Interval(0, 1);
            case I32 -> new Interval(Integer.MIN_VALUE, Integer.MAX_VALUE);
            case U32 -> new Interval(0, 0xFFFF_FFFFL);
            case I64 -> new Interval(Long.MIN_VALUE, Long.MAX_VALUE);
            default -> null;
        };
    }

    /** {@code [lo, hi]} when it lies within {@code t}'s range, else null (the operation may have wrapped). */
    static Interval within(DType t, long lo, long hi) {
        Interval f = full(t);
        return f != null && lo >= f.lo && hi <= f.hi && lo <= hi ? new Interval(lo, hi) : null;
    }

    public boolean isConstant() { return lo == hi; }

    public boolean contains(long v) { return lo <= v && v <= hi; }

    /** The smallest interval holding both. */
    public Interval union(Interval o) { return new Interval(Math.min(lo, o.lo), Math.max(hi, o.hi)); }

    /** The values in both, or null when there are none. */
    public Interval intersect(Interval o) {
        long l = Math.max(lo, o.lo);
        long h = Math.min(hi, o.hi);
        return l <= h ? new Interval(l, h) : null;
    }

    // ---- exact arithmetic; null when a long overflows (the caller then checks the type's range)

    static Interval add(Interval a, Interval b) {
        try {
            return new Interval(Math.addExact(a.lo, b.lo), Math.addExact(a.hi, b.hi));
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static Interval sub(Interval a, Interval b) {
        try {
            return new Interval(Math.subtractExact(a.lo, b.hi), Math.subtractExact(a.hi, b.lo));
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static Interval mul(Interval a, Interval b) {
        try {
            long p1 = Math.multiplyExact(a.lo, b.lo);
            long p2 = Math.multiplyExact(a.lo, b.hi);
            long p3 = Math.multiplyExact(a.hi, b.lo);
            long p4 = Math.multiplyExact(a.hi, b.hi);
            return new Interval(Math.min(Math.min(p1, p2), Math.min(p3, p4)), Math.max(Math.max(p1, p2), Math.max(p3, p4)));
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /**
     * Truncating division by a divisor of one sign (not containing 0). For a fixed divisor sign the
     * quotient is monotone in each operand, so the corners bound it. {@code MIN / -1} gives null.
     */
    static Interval div(Interval a, Interval b) {
        if (b.contains(0)) return null;
        if (b.contains(-1) && a.lo == Long.MIN_VALUE) return null;
        long q1 = a.lo / b.lo;
        long q2 = a.lo / b.hi;
        long q3 = a.hi / b.lo;
        long q4 = a.hi / b.hi;
        return new Interval(Math.min(Math.min(q1, q2), Math.min(q3, q4)), Math.max(Math.max(q1, q2), Math.max(q3, q4)));
    }

    /** Remainder with the dividend's sign, by a positive divisor: {@code |a % b| < b} and {@code |a % b| <= |a|}. */
    static Interval rem(Interval a, Interval b) {
        if (b.lo <= 0) return null;
        long m = b.hi - 1;
        long lo = a.lo >= 0 ? 0 : Math.max(a.lo, -m);
        long hi = a.hi <= 0 ? 0 : Math.min(a.hi, m);
        return new Interval(lo, hi);
    }

    @Override public String toString() { return "[" + lo + ", " + hi + "]"; }
}
