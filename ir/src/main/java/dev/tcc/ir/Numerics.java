package dev.tcc.ir;

/**
 * Rounding and wrapping of scalar values to element types: the single definition of what a value of
 * each {@link DType} can be. Floats round to nearest, ties to even; integers wrap (two's complement);
 * bool is 0 or 1.
 */
public final class Numerics {
    private Numerics() {}

    /**
     * Rounds {@code x} to the nearest value of floating type {@code t}, as arithmetic in that type does:
     * values beyond the largest finite one become infinity, or NaN in formats without infinity (f4e2m1,
     * which has neither, saturates). Conversions with ONNX's saturating rules are {@link MiniFloats#round}.
     */
    public static double round(DType t, double x) {
        return switch (t) {
            case F64 -> x;
            case F32 -> (double) (float) x;
            case F16 -> Float.float16ToFloat(Float.floatToFloat16((float) x));
            case BF16 -> bf16(x);
            case F8E8M0 -> MiniFloats.toE8M0(x, false, MiniFloats.E8M0Rounding.NEAREST);
            case F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F4E2M1 -> MiniFloats.round(t, x, false);
            default -> throw new IllegalArgumentException("not a floating type: " + t);
        };
    }

    private static double bf16(double x) {
        if (Double.isNaN(x)) return Double.NaN;
        float f = (float) x;
        int bits = Float.floatToRawIntBits(f);
        int rounding = 0x7FFF + ((bits >>> 16) & 1);
        bits = (bits + rounding) & 0xFFFF0000;
        return Float.intBitsToFloat(bits);
    }

    /** Wraps {@code v} to integer or bool type {@code t}. */
    public static long wrap(DType t, long v) {
        return switch (t) {
            case BOOL -> v != 0 ? 1 : 0;
            case I64, U64 -> v;
            case I32 -> (int) v;
            case I16 -> (short) v;
            case I8 -> (byte) v;
            case U32 -> v & 0xFFFFFFFFL;
            case U16 -> v & 0xFFFFL;
            case U8 -> v & 0xFFL;
            case I4 -> (v << 60) >> 60;
            case I2 -> (v << 62) >> 62;
            case U4 -> v & 0xF;
            case U2 -> v & 0x3;
            default -> throw new IllegalArgumentException("not an integer type: " + t);
        };
    }

    /**
     * Converts a double to integer type {@code t} the way a C cast followed by wrapping does:
     * truncation toward zero; NaN becomes 0; bool is {@code x != 0}.
     */
    public static long toInteger(DType t, double x) {
        if (t == DType.BOOL) return x != 0 ? 1 : 0;
        if (Double.isNaN(x)) return 0;
        if (t == DType.U64 && x >= 0x1p63) return (long) (x - 0x1p63) + Long.MIN_VALUE;
        return wrap(t, (long) x);
    }

    /** The value of a u64 bit pattern as a double. */
    public static double unsignedToDouble(long v) {
        return v >= 0 ? v : ((v >>> 1) | (v & 1)) * 2.0;
    }

    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    /**
     * The error function to double precision: {@code 2/sqrt(pi) * exp(-x^2) * sum (2x^2)^n x / (1*3*...*(2n+1))},
     * a series of positive terms (no cancellation); |erf(x)| rounds to 1 from |x| = 6 on.
     */
    public static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        if (a >= 6) return Math.copySign(1.0, x);
        double x2 = a * a, term = a, sum = a;
        for (int n = 1; term > sum * 1e-17; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
        }
        return Math.copySign(TWO_OVER_SQRT_PI * Math.exp(-x2) * sum, x);
    }
}
