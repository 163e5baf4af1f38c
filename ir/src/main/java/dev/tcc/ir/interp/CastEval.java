package dev.tcc.ir.interp;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.IrException;
import dev.tcc.ir.MiniFloats;
import dev.tcc.ir.Numerics;
import dev.tcc.ir.Tensor;

/** Reference semantics of {@link Elementwise.Cast} and {@link Elementwise.BitCast}. */
final class CastEval {
    private CastEval() {}

    static Tensor cast(Elementwise.Cast c, Tensor x) {
        DType to = c.to();
        if (to == DType.STRING || x.dtype() == DType.STRING) throw new IrException("the reference interpreter does not implement casts from or to strings");
        int n = x.size();
        if (to.isFloat()) {
            double[] r = new double[n];
            for (int i = 0; i < n; i++) r[i] = toFloat(c, x.getDouble(i));
            return Tensor.ofDoubles(to, x.shape(), r);
        }
        long[] r = new long[n];
        if (x.isFloat()) {
            double[] v = x.doubles();
            for (int i = 0; i < n; i++) r[i] = Numerics.toInteger(to, v[i]);
        } else {
            System.arraycopy(x.longs(), 0, r, 0, n);
        }
        return Tensor.ofLongs(to, x.shape(), r); // wraps, or maps to 0/1 for bool
    }

    private static double toFloat(Elementwise.Cast c, double v) {
        return switch (c.to()) {
            case F8E8M0 -> MiniFloats.toE8M0(v, c.saturate(), c.e8m0Rounding());
            case F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F4E2M1 -> MiniFloats.round(c.to(), v, c.saturate());
            default -> Numerics.round(c.to(), v);
        };
    }

    static Tensor bitcast(DType to, Tensor x) {
        DType from = x.dtype();
        int n = x.size();
        long mask = to.bits() == 64 ? -1L : (1L << to.bits()) - 1;
        if (to.isFloat()) {
            double[] r = new double[n];
            for (int i = 0; i < n; i++) r[i] = fromBits(to, bits(from, x, i) & mask);
            return Tensor.ofDoubles(to, x.shape(), r);
        }
        long[] r = new long[n];
        for (int i = 0; i < n; i++) r[i] = bits(from, x, i) & mask;
        return Tensor.ofLongs(to, x.shape(), r); // sign-extends signed types
    }

    /** The storage bits of element {@code i}. */
    private static long bits(DType t, Tensor x, int i) {
        if (!t.isFloat()) return x.getLong(i);
        double v = x.getDouble(i);
        return switch (t) {
            case F64 -> Double.doubleToRawLongBits(v);
            case F32 -> Float.floatToRawIntBits((float) v) & 0xFFFFFFFFL;
            case F16 -> Float.floatToFloat16((float) v) & 0xFFFFL;
            case BF16 -> Float.floatToRawIntBits((float) v) >>> 16;
            default -> MiniFloats.encode(t, v, false);
        };
    }

    private static double fromBits(DType t, long b) {
        return switch (t) {
            case F64 -> Double.longBitsToDouble(b);
            case F32 -> Float.intBitsToFloat((int) b);
            case F16 -> Float.float16ToFloat((short) b);
            case BF16 -> Float.intBitsToFloat((int) b << 16);
            default -> MiniFloats.decode(t, (int) b);
        };
    }
}
