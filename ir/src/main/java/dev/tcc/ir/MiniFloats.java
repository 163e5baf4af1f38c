package dev.tcc.ir;

import java.util.Arrays;

/**
 * The 8-bit and 4-bit float formats of ONNX: bit patterns to values and back.
 *
 * <ul>
 *   <li>f8e4m3fn: bias 7, no infinity, NaN is S.1111.111, largest 448.</li>
 *   <li>f8e4m3fnuz: bias 8, no infinity, no negative zero, NaN is 0x80, largest 240.</li>
 *   <li>f8e5m2: bias 15, IEEE-like with infinities, largest 57344.</li>
 *   <li>f8e5m2fnuz: bias 16, no infinity, NaN is 0x80, largest 57344.</li>
 *   <li>f8e8m0: unsigned power of two 2^(e-127), 0xFF is NaN, no zero.</li>
 *   <li>f4e2m1: bias 1, values 0, 0.5, 1, 1.5, 2, 3, 4, 6 and their negatives, no infinity or NaN.</li>
 * </ul>
 * Encoding rounds to nearest, ties to the even bit pattern.
 */
public final class MiniFloats {
    private MiniFloats() {}

    private static final double[][] VALUES = new double[DType.values().length][];

    static {
        for (DType t : new DType[] {DType.F8E4M3FN, DType.F8E4M3FNUZ, DType.F8E5M2, DType.F8E5M2FNUZ, DType.F8E8M0, DType.F4E2M1}) {
            int n = 1 << t.bits();
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = decode(t, i);
            VALUES[t.ordinal()] = v;
        }
    }

    /** The value of bit pattern {@code bits} in format {@code t}. */
    public static double decode(DType t, int bits) {
        return switch (t) {
            case F8E4M3FN -> {
                if ((bits & 0x7F) == 0x7F) yield Double.NaN;
                yield ieeeLike(bits, 4, 3, 7);
            }
            case F8E4M3FNUZ -> bits == 0x80 ? Double.NaN : ieeeLike(bits, 4, 3, 8);
            case F8E5M2 -> {
                int e = (bits >> 2) & 0x1F, m = bits & 3;
                if (e == 0x1F) yield m == 0 ? ((bits & 0x80) != 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) : Double.NaN;
                yield ieeeLike(bits, 5, 2, 15);
            }
            case F8E5M2FNUZ -> bits == 0x80 ? Double.NaN : ieeeLike(bits, 5, 2, 16);
            case F8E8M0 -> (bits & 0xFF) == 0xFF ? Double.NaN : Math.scalb(1.0, (bits & 0xFF) - 127);
            case F4E2M1 -> ieeeLike(bits & 0xF, 2, 1, 1) ;
            default -> throw new IllegalArgumentException("not a mini float: " + t);
        };
    }

    private static double ieeeLike(int bits, int eBits, int mBits, int bias) {
        int width = 1 + eBits + mBits;
        boolean neg = ((bits >> (width - 1)) & 1) != 0;
        int e = (bits >> mBits) & ((1 << eBits) - 1);
        int m = bits & ((1 << mBits) - 1);
        double v = e == 0 ? Math.scalb((double) m, 1 - bias - mBits) : Math.scalb((double) ((1 << mBits) | m), e - bias - mBits);
        return neg ? -v : v;
    }

    /** The bit pattern nearest to {@code x} in format {@code t} (see {@link #round} for out-of-range values). */
    public static int encode(DType t, double x, boolean saturate) {
        double[] v = VALUES[t.ordinal()];
        if (Double.isNaN(x)) {
            return switch (t) {
                case F8E4M3FN -> 0x7F;
                case F8E5M2 -> 0x7E;
                case F8E4M3FNUZ, F8E5M2FNUZ -> 0x80;
                case F8E8M0 -> 0xFF;
                default -> 0x7; // f4e2m1 has no NaN: ONNX maps NaN to the largest positive value
            };
        }
        int best = -1;
        double bestErr = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int i = 0; i < v.length; i++) {
            if (Double.isFinite(v[i])) max = Math.max(max, v[i]);
        }
        double ax = Math.abs(x);
        if (ax > max) {
            // beyond the largest finite value: round-to-nearest may still give max
            double next = max + (max - largestBelow(v, max));
            boolean overflow = Double.isInfinite(x) || ax >= (max + next) / 2;
            if (!overflow || saturate) return codeOf(t, v, Math.copySign(max, x));
            if (t == DType.F8E5M2) return x > 0 ? 0x7C : 0xFC;
            return encode(t, Double.NaN, false);
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) continue;
            if (t != DType.F8E8M0 && (Math.copySign(1, v[i]) != Math.copySign(1, x)) && v[i] != 0) continue;
            double err = Math.abs(v[i] - x);
            if (err < bestErr || (err == bestErr && (i & 1) == 0 && (best & 1) == 1)) {
                best = i;
                bestErr = err;
            }
        }
        if (v[best] == 0 && x < 0 && (t == DType.F8E4M3FN || t == DType.F8E5M2 || t == DType.F4E2M1)) {
            best |= 1 << (t.bits() - 1); // keep the sign of zero where the format has -0
        }
        return best;
    }

    private static double largestBelow(double[] v, double max) {
        double b = 0;
        for (double d : v) if (Double.isFinite(d) && d < max) b = Math.max(b, d);
        return b;
    }

    private static int codeOf(DType t, double[] v, double value) {
        for (int i = 0; i < v.length; i++) if (v[i] == value && Math.copySign(1, v[i]) == Math.copySign(1, value)) return i;
        for (int i = 0; i < v.length; i++) if (v[i] == value) return i;
        throw new IllegalStateException("no code for " + value + " in " + t);
    }

    /** Rounds {@code x} to format {@code t}; beyond range it saturates or becomes inf/NaN (per format). */
    public static double round(DType t, double x, boolean saturate) {
        return decode(t, encode(t, x, saturate));
    }

    /** All values of a format, by bit pattern (for tests). */
    static double[] values(DType t) { return Arrays.copyOf(VALUES[t.ordinal()], VALUES[t.ordinal()].length); }
}
