package dev.tcc.ir.interp;

import dev.tcc.ir.*;

/**
 * Reference semantics of {@link Movement.Resize}, as ONNX Resize defines them (and its reference
 * implementation computes them): interpolation is separable, so the input is resized one axis at a time.
 * Along an axis, output coordinate {@code y} maps to a source coordinate {@code x} by the coordinate
 * transformation; the taps are the {@code n} input positions nearest to {@code x} (ties to the left),
 * clamped to the axis (edge padding) unless {@code exclude_outside} drops them; their weights come from
 * the mode's kernel (nearest, linear, cubic, and the widened kernels of antialiased downsampling).
 */
final class ResizeEval {
    private ResizeEval() {}

    static Tensor resize(Movement.Resize op, Tensor x, TensorType out) {
        int r = x.shape().rank();
        double[] data = x.toDoubles();
        long[] dims = x.shape().dims();
        boolean[][] extrapolated = new boolean[r][];
        for (int a = 0; a < r; a++) {
            long outLen = op.sizes().get(a);
            double scale = op.scales().get(a);
            double roiStart = op.roi().isEmpty() ? 0 : op.roi().get(a), roiEnd = op.roi().isEmpty() ? 1 : op.roi().get(a + r);
            boolean crop = op.coordinateTransform().equals("tf_crop_and_resize");
            if (Math.abs(scale - 1) < 1e-9 && outLen == dims[a] && (!crop || (Math.abs(roiStart) < 1e-9 && Math.abs(roiEnd - 1) < 1e-9))) continue;
            Taps taps = taps(op, (int) dims[a], (int) outLen, scale, roiStart, roiEnd);
            extrapolated[a] = taps.extrapolated;
            data = apply(data, dims, a, taps);
            dims[a] = outLen;
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

    /** Per output position: {@code n} input indices and weights, and whether it lies outside the crop box. */
    private record Taps(int n, int[] index, double[] weight, boolean[] extrapolated, boolean nearest) {}

    private static Taps taps(Movement.Resize op, int inLen, int outLen, double scale, double roiStart, double roiEnd) {
        int n = width(op, scale);
        int[] index = new int[outLen * n];
        double[] weight = new double[outLen * n];
        boolean[] extra = new boolean[outLen];
        double[] w = new double[n];
        for (int y = 0; y < outLen; y++) {
            double src = sourceCoordinate(op.coordinateTransform(), y, scale, inLen, outLen, roiStart, roiEnd);
            if (op.coordinateTransform().equals("tf_crop_and_resize") && (src < 0 || src > inLen - 1)) extra[y] = true;
            // f and ratio in (0, 1]: an integral source coordinate counts as the right end of its interval
            double f = Math.ceil(src) - 1, ratio = src - f;
            long first = (long) f - n / 2 + 1;
            weights(op, ratio, scale, w);
            double sum = 0;
            for (int k = 0; k < n; k++) {
                long i = first + k;
                if (op.excludeOutside() && (i < 0 || i >= inLen)) w[k] = 0;
                sum += w[k];
            }
            if (op.excludeOutside() && sum != 0) for (int k = 0; k < n; k++) w[k] /= sum;
            for (int k = 0; k < n; k++) {
                index[y * n + k] = (int) Math.max(0, Math.min(inLen - 1, first + k));
                weight[y * n + k] = w[k];
            }
        }
        return new Taps(n, index, weight, extra, op.mode() == Movement.ResizeMode.NEAREST);
    }

    /** Number of taps of the interpolation kernel. */
    private static int width(Movement.Resize op, double scale) {
        double s = Math.min(scale, 1);
        return switch (op.mode()) {
            case NEAREST -> 2;
            case LINEAR -> op.antialias() ? 2 - 2 * (int) (Math.floor(-1 / s) + 1) : 2;
            case CUBIC -> op.antialias() ? 2 - 2 * (int) (Math.floor(-2 / s) + 1) : 4;
        };
    }

    /** Kernel weights for a source coordinate at {@code ratio} in (0, 1] past tap {@code n/2 - 1}. */
    private static void weights(Movement.Resize op, double ratio, double scale, double[] w) {
        int n = w.length, start = 1 - n / 2;
        switch (op.mode()) {
            case NEAREST -> {
                boolean right = switch (op.nearestMode()) {
                    case "round_prefer_ceil" -> ratio >= 0.5;
                    case "floor" -> false;
                    case "ceil" -> true;
                    default -> ratio > 0.5; // round_prefer_floor
                };
                if (ratio == 1) right = true;
                w[0] = right ? 0 : 1;
                w[1] = right ? 1 : 0;
            }
            case LINEAR, CUBIC -> {
                double s = op.antialias() ? Math.min(scale, 1) : 1, sum = 0;
                for (int k = 0; k < n; k++) {
                    double t = (start + k - ratio) * s;
                    w[k] = op.mode() == Movement.ResizeMode.LINEAR ? Math.max(0, 1 - Math.abs(t)) : cubic(t, op.cubicCoeffA());
                    sum += w[k];
                }
                if (op.antialias()) for (int k = 0; k < n; k++) w[k] /= sum;
            }
        }
    }

    /** Keys' cubic convolution kernel with parameter {@code a}. */
    private static double cubic(double t, double a) {
        t = Math.abs(t);
        if (t <= 1) return ((a + 2) * t - (a + 3)) * t * t + 1;
        if (t < 2) return ((a * t - 5 * a) * t + 8 * a) * t - 4 * a;
        return 0;
    }

    /** Source coordinate of output position {@code y} along an axis. */
    static double sourceCoordinate(String mode, int y, double scale, int inLen, int outLen, double roiStart, double roiEnd) {
        double outWidth = scale * inLen;
        return switch (mode) {
            case "align_corners" -> outWidth == 1 ? 0 : y * (inLen - 1) / (outWidth - 1);
            case "asymmetric" -> y / scale;
            case "pytorch_half_pixel" -> outWidth == 1 ? -0.5 : (y + 0.5) / scale - 0.5;
            case "half_pixel_symmetric" -> {
                double adjustment = outLen / outWidth, center = inLen / 2.0;
                yield center * (1 - adjustment) + (y + 0.5) / scale - 0.5;
            }
            case "tf_crop_and_resize" -> (outWidth == 1 ? (roiEnd - roiStart) * (inLen - 1) / 2 : y * (roiEnd - roiStart) * (inLen - 1) / (outWidth - 1))
                    + roiStart * (inLen - 1);
            case "half_pixel" -> (y + 0.5) / scale - 0.5;
            default -> throw new IrException("resize: unknown coordinate transformation mode '" + mode + "'");
        };
    }

    /** Resizes axis {@code a} of {@code data} (shape {@code dims}) with {@code taps}. */
    private static double[] apply(double[] data, long[] dims, int a, Taps taps) {
        long outer = 1, inner = 1;
        for (int i = 0; i < a; i++) outer *= dims[i];
        for (int i = a + 1; i < dims.length; i++) inner *= dims[i];
        int inLen = (int) dims[a], outLen = taps.extrapolated.length, n = taps.n;
        double[] res = new double[Math.toIntExact(outer * outLen * inner)];
        int in = (int) inner;
        for (long o = 0; o < outer; o++) {
            int srcBase = (int) (o * inLen * inner), dstBase = (int) (o * outLen * inner);
            for (int y = 0; y < outLen; y++) {
                int dst = dstBase + y * in;
                for (int k = 0; k < n; k++) {
                    double w = taps.weight[y * n + k];
                    if (w == 0 && taps.nearest) continue; // a nearest pick must not turn an infinite neighbour into NaN
                    int src = srcBase + taps.index[y * n + k] * in;
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
