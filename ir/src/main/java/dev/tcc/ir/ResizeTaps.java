package dev.tcc.ir;

/**
 * The sampling of {@link Movement.Resize} along one axis, as ONNX Resize defines it (and its reference
 * implementation computes it): per output position {@code y}, the {@code n} input indices and weights it
 * sums ({@code index[y * n + k]}, {@code weight[y * n + k]}), and whether it lies outside the crop box of
 * tf_crop_and_resize ({@code extrapolated[y]}). Output coordinate {@code y} maps to a source coordinate by
 * the coordinate transformation; the taps are the {@code n} input positions nearest to it (ties to the
 * left), clamped to the axis (edge padding) unless {@code exclude_outside} drops them; their weights come
 * from the mode's kernel (nearest, linear, cubic, and the widened kernels of antialiased downsampling).
 * This is the one definition that the reference interpreter evaluates and the lowering turns into tables.
 * The arrays are shared, not copied: callers must not change them.
 */
public record ResizeTaps(int n, long[] index, double[] weight, boolean[] extrapolated) {

    /**
     * The taps along axis {@code axis} of an input of {@code inLen} elements there, or {@code null} when
     * {@code op} leaves that axis as is (scale 1, same size and, for tf_crop_and_resize, the whole roi).
     *
     * @throws IrException when the coordinate transformation mode is not one ONNX defines
     */
    public static ResizeTaps along(Movement.Resize op, int axis, long inLen) {
        int r = op.sizes().size();
        long outLen = op.sizes().get(axis);
        double scale = op.scales().get(axis);
        double roiStart = op.roi().isEmpty() ? 0 : op.roi().get(axis), roiEnd = op.roi().isEmpty() ? 1 : op.roi().get(axis + r);
        boolean crop = op.coordinateTransform().equals("tf_crop_and_resize");
        if (Math.abs(scale - 1) < 1e-9 && outLen == inLen && (!crop || (Math.abs(roiStart) < 1e-9 && Math.abs(roiEnd - 1) < 1e-9))) return null;
        return of(op, (int) inLen, (int) outLen, scale, roiStart, roiEnd);
    }

    private static ResizeTaps of(Movement.Resize op, int inLen, int outLen, double scale, double roiStart, double roiEnd) {
        int n = width(op, scale);
        long[] index = new long[outLen * n];
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
                index[y * n + k] = Math.max(0, Math.min(inLen - 1, first + k));
                weight[y * n + k] = w[k];
            }
        }
        return new ResizeTaps(n, index, weight, extra);
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
    private static double sourceCoordinate(String mode, int y, double scale, int inLen, int outLen, double roiStart, double roiEnd) {
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
}
