package dev.tcc.ir;

/**
 * The 8-bit and 4-bit float formats of ONNX: bit patterns to values and back, and ONNX's conversion rules.
 *
 * <ul>
 *   <li>f8e4m3fn: bias 7, no infinity, NaN is S.1111.111, largest 448.</li>
 *   <li>f8e4m3fnuz: bias 8, no infinity, no negative zero, NaN is 0x80, largest 240.</li>
 *   <li>f8e5m2: bias 15, IEEE-like with infinities, largest 57344.</li>
 *   <li>f8e5m2fnuz: bias 16, no infinity, no negative zero, NaN is 0x80, largest 57344.</li>
 *   <li>f8e8m0: unsigned power of two 2^(e-127), 0xFF is NaN, no zero.</li>
 *   <li>f4e2m1: bias 1, values 0, 0.5, 1, 1.5, 2, 3, 4, 6 and their negatives, no infinity or NaN.</li>
 * </ul>
 *
 * <p>Conversion ({@link #round}) first rounds to the format's precision with an unbounded exponent (round to
 * nearest, ties to even; subnormals below the smallest normal exponent), then handles what lies beyond the
 * largest finite value: with {@code saturate} it becomes that value (also for infinities); without, it
 * becomes infinity in f8e5m2 and NaN in the other f8 formats (ONNX's Cast table). f4e2m1 always saturates
 * and maps NaN to -0 (what ONNX's reference does). The f8e8m0 rules are those of {@link #toE8M0}.
 */
public final class MiniFloats {
    private MiniFloats() {}

    /** How conversion to f8e8m0 rounds a value that is not a power of two (ONNX Cast's {@code round_mode}). */
    public enum E8M0Rounding { UP, DOWN, NEAREST }

    /** Exponent bits, mantissa bits and bias of the IEEE-like formats. */
    private record Layout(int eBits, int mBits, int bias, double max) {
        int minExponent() { return 1 - bias; }
    }

    private static Layout layout(DType t) {
        return switch (t) {
            case F8E4M3FN -> new Layout(4, 3, 7, 448);
            case F8E4M3FNUZ -> new Layout(4, 3, 8, 240);
            case F8E5M2 -> new Layout(5, 2, 15, 57344);
            case F8E5M2FNUZ -> new Layout(5, 2, 16, 57344);
            case F4E2M1 -> new Layout(2, 1, 1, 6);
            default -> throw new IllegalArgumentException("not an IEEE-like mini float: " + t);
        };
    }

    private static boolean fnuz(DType t) { return t == DType.F8E4M3FNUZ || t == DType.F8E5M2FNUZ; }

    /** The largest finite value of mini-float format {@code t}. */
    public static double max(DType t) { return t == DType.F8E8M0 ? 0x1p127 : layout(t).max(); }

    /** The value of bit pattern {@code bits} in format {@code t}. */
    public static double decode(DType t, int bits) {
        bits &= (1 << t.bits()) - 1;
        return switch (t) {
            case F8E4M3FN -> (bits & 0x7F) == 0x7F ? Double.NaN : ieeeLike(bits, layout(t));
            case F8E4M3FNUZ, F8E5M2FNUZ -> bits == 0x80 ? Double.NaN : ieeeLike(bits, layout(t));
            case F8E5M2 -> {
                if ((bits & 0x7C) != 0x7C) yield ieeeLike(bits, layout(t));
                if ((bits & 3) != 0) yield Double.NaN;
                yield (bits & 0x80) != 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            case F8E8M0 -> bits == 0xFF ? Double.NaN : Math.scalb(1.0, bits - 127);
            case F4E2M1 -> ieeeLike(bits, layout(t));
            default -> throw new IllegalArgumentException("not a mini float: " + t);
        };
    }

    private static double ieeeLike(int bits, Layout l) {
        int width = 1 + l.eBits() + l.mBits();
        boolean neg = ((bits >> (width - 1)) & 1) != 0;
        int e = (bits >> l.mBits()) & ((1 << l.eBits()) - 1);
        int m = bits & ((1 << l.mBits()) - 1);
        double v = e == 0 ? Math.scalb((double) m, l.minExponent() - l.mBits())
                : Math.scalb((double) ((1 << l.mBits()) | m), e - l.bias() - l.mBits());
        return neg ? -v : v;
    }

    /** Converts {@code x} to format {@code t} (ONNX Cast semantics; f8e8m0 rounds up). */
    public static double round(DType t, double x, boolean saturate) {
        if (t == DType.F8E8M0) return toE8M0(x, saturate, E8M0Rounding.UP);
        Layout l = layout(t);
        if (Double.isNaN(x)) return t == DType.F4E2M1 ? -0.0 : Double.NaN;
        double r = Double.isInfinite(x) ? x : roundToPrecision(x, l);
        if (Math.abs(r) > l.max()) {
            if (saturate || t == DType.F4E2M1) return Math.copySign(l.max(), x);
            return t == DType.F8E5M2 ? Math.copySign(Double.POSITIVE_INFINITY, x) : Double.NaN;
        }
        if (r == 0 && fnuz(t)) return 0.0; // no negative zero
        return r;
    }

    /** Rounds to {@code l.mBits} fraction bits, ties to even, with subnormals below the minimum exponent. */
    private static double roundToPrecision(double x, Layout l) {
        if (x == 0) return x;
        int e = Math.max(Math.getExponent(x), l.minExponent());
        double quantum = Math.scalb(1.0, e - l.mBits());
        double q = Math.rint(x / quantum) * quantum;
        return q == 0 ? Math.copySign(0.0, x) : q;
    }

    /**
     * Conversion to f8e8m0 as ONNX specifies it: {@code x} is taken as a float32 and only its exponent field
     * is kept (the sign is ignored; zero and float32 subnormals give 2^-127). {@code UP} increments the
     * exponent when any fraction bit is set, {@code NEAREST} when the fraction is at least one half, and
     * {@code DOWN} never. NaN and infinities give NaN; with {@code saturate} rounding never passes 2^127,
     * without it the increment past 2^127 gives NaN.
     */
    public static double toE8M0(double x, boolean saturate, E8M0Rounding mode) {
        if (x > 0 && e8m0Code(x) >= 0) return x; // already a value of the format (2^-127 is a float32 subnormal)
        int bits = Float.floatToRawIntBits((float) x);
        int exponent = (bits >>> 23) & 0xFF;
        if (exponent == 0xFF) return Double.NaN;
        int fraction = bits & 0x7FFFFF;
        boolean up = switch (mode) {
            case UP -> fraction != 0;
            case DOWN -> false;
            case NEAREST -> (fraction & 0x400000) != 0 && ((fraction & 0x3FFFFF) != 0 || exponent > 0);
        };
        if (up && !(saturate && exponent == 0xFE)) exponent++;
        return decode(DType.F8E8M0, exponent);
    }

    /** The f8e8m0 code of {@code x} if it is a power of two in 2^-127..2^127, else -1. */
    private static int e8m0Code(double x) {
        int e = Math.getExponent(x);
        return e >= -127 && e <= 127 && x == Math.scalb(1.0, e) ? e + 127 : -1;
    }

    /** The bit pattern of {@code x} converted to format {@code t} (see {@link #round}). */
    public static int encode(DType t, double x, boolean saturate) {
        double v = round(t, x, saturate);
        if (t == DType.F8E8M0) return Double.isNaN(v) ? 0xFF : e8m0Code(v);
        if (Double.isNaN(v)) {
            return switch (t) {
                case F8E4M3FN -> 0x7F;
                case F8E5M2 -> 0x7E;
                default -> 0x80; // the fnuz formats (f4e2m1 never yields NaN)
            };
        }
        Layout l = layout(t);
        int width = 1 + l.eBits() + l.mBits();
        int sign = Double.doubleToRawLongBits(v) < 0 ? 1 << (width - 1) : 0; // round() gave +0 where -0 does not exist
        double a = Math.abs(v);
        if (Double.isInfinite(a)) return sign | 0x7C; // f8e5m2 only
        if (a < Math.scalb(1.0, l.minExponent())) {
            return sign | (int) Math.scalb(a, l.mBits() - l.minExponent()); // subnormal or zero
        }
        int e = Math.getExponent(a);
        int m = (int) Math.scalb(a, l.mBits() - e) - (1 << l.mBits());
        return sign | ((e + l.bias()) << l.mBits()) | m;
    }
}
