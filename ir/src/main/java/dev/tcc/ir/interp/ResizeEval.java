package dev.tcc.ir.interp;

import dev.tcc.ir.*;

/**
 * Reference semantics of {@link Movement.Resize}, as ONNX Resize defines them (and its reference
 * implementation computes them): interpolation is separable, so the input is resized one axis at a time,
 * each output element the weighted sum of the input elements that {@link ResizeTaps} picks along that axis.
 * Elements outside the crop box of tf_crop_and_resize take the extrapolation value; integer outputs round
 * to nearest even and saturate.
 */
final class ResizeEval {
    private ResizeEval() {}

    static Tensor resize(Movement.Resize op, Tensor x, TensorType out) {
        int r = x.shape().rank();
        double[] data = x.toDoubles();
        long[] dims = x.shape().dims();
        boolean[][] extrapolated = new boolean[r][];
        boolean nearest = op.mode() == Movement.ResizeMode.NEAREST;
        for (int a = 0; a < r; a++) {
            ResizeTaps taps = ResizeTaps.along(op, a, dims[a]);
            if (taps == null) continue;
            extrapolated[a] = taps.extrapolated();
            data = apply(data, dims, a, taps, nearest);
            dims[a] = op.sizes().get(a);
        }
        applyExtrapolation(data, dims, extrapolated, op.extrapolationValue());
        if (out.dtype().isFloat()) return Tensor.ofDoubles(out.dtype(), out.shape(), data);
        long[] l = new long[data.length];
        for (int i = 0; i < l.length; i++) l[i] = saturate(out.dtype(), Math.rint(data[i]));
        return Tensor.ofLongs(out.dtype(), out.shape(), l);
    }

    private static long saturate(DType t, double v) {
        if (t == DType.BOOL) return v != 0 ? 1 : 0;
        int bits = t.bits();
        double lo = t.isSigned() ? -Math.pow(2, bits - 1) : 0, hi = t.isSigned() ? Math.pow(2, bits - 1) - 1 : Math.pow(2, bits) - 1;
        return Numerics.toInteger(t, Math.max(lo, Math.min(hi, v)));
    }

    /** Resizes axis {@code a} of {@code data} (shape {@code dims}) with {@code taps}. */
    private static double[] apply(double[] data, long[] dims, int a, ResizeTaps taps, boolean nearest) {
        long outer = 1, inner = 1;
        for (int i = 0; i < a; i++) outer *= dims[i];
        for (int i = a + 1; i < dims.length; i++) inner *= dims[i];
        int inLen = (int) dims[a], outLen = taps.extrapolated().length, n = taps.n();
        double[] res = new double[Math.toIntExact(outer * outLen * inner)];
        int in = (int) inner;
        for (long o = 0; o < outer; o++) {
            int srcBase = (int) (o * inLen * inner), dstBase = (int) (o * outLen * inner);
            for (int y = 0; y < outLen; y++) {
                int dst = dstBase + y * in;
                for (int k = 0; k < n; k++) {
                    double w = taps.weight()[y * n + k];
                    if (w == 0 && nearest) continue; // a nearest pick must not turn an infinite neighbour into NaN
                    int src = srcBase + (int) taps.index()[y * n + k] * in;
                    for (int i = 0; i < in; i++) res[dst + i] += w * data[src + i];
                }
            }
        }
        return res;
    }

    /** Sets every element whose source lies outside the crop box on some axis to {@code value}. */
    private static void applyExtrapolation(double[] data, long[] dims, boolean[][] extrapolated, double value) {
        boolean any = false;
        for (boolean[] e : extrapolated) {
            if (e == null) continue;
            for (boolean b : e) any |= b;
        }
        if (!any) return;
        int r = dims.length;
        int[] idx = new int[r];
        for (int p = 0; p < data.length; p++) {
            for (int d = 0; d < r; d++) {
                if (extrapolated[d] != null && extrapolated[d][idx[d]]) {
                    data[p] = value;
                    break;
                }
            }
            for (int d = r - 1; d >= 0; d--) {
                if (++idx[d] < dims[d]) break;
                idx[d] = 0;
            }
        }
    }
}
