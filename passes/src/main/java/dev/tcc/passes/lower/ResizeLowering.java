package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.MathFn;

import java.util.ArrayList;
import java.util.List;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * ONNX Resize as an element formula. Interpolation is separable and shapes are static, so the taps of
 * every output position along every resized axis (input indices and weights, computed here in double
 * with the rules of the reference interpreter) become small constant tables; the kernel sums
 * {@code w_0 * w_1 * ... * x[taps]} over the tap combinations. Nearest mode keeps one tap per position and
 * copies. Integer outputs round to nearest and saturate.
 */
final class ResizeLowering {
    private ResizeLowering() {}

    /** Per output position along one axis: {@code n} input indices and weights, and whether it lies outside the crop box. */
    record Taps(int n, long[] index, double[] weight, boolean[] extrapolated) {}

    static Expr compute(Emitter em, Scope s, Node node, Movement.Resize op, List<Expr> idx) {
        Value x = node.inputs().get(0), out = node.outputs().get(0);
        Shape xs = x.type().shape();
        int r = xs.rank();
        DType vt = Emitter.vt(out);
        DType acc = vt == DType.F64 ? DType.F64 : DType.F32;
        List<Integer> axes = new ArrayList<>();
        List<Taps> taps = new ArrayList<>();
        for (int a = 0; a < r; a++) {
            long outLen = op.sizes().get(a);
            double scale = op.scales().get(a);
            double roiStart = op.roi().isEmpty() ? 0 : op.roi().get(a), roiEnd = op.roi().isEmpty() ? 1 : op.roi().get(a + r);
            boolean crop = op.coordinateTransform().equals("tf_crop_and_resize");
            if (Math.abs(scale - 1) < 1e-9 && outLen == xs.dim(a) && (!crop || (Math.abs(roiStart) < 1e-9 && Math.abs(roiEnd - 1) < 1e-9))) continue;
            axes.add(a);
            taps.add(taps(op, (int) xs.dim(a), (int) outLen, scale, roiStart, roiEnd));
        }
        List<Expr> src = new ArrayList<>(idx);
        Expr outside = null;
        for (int i = 0; i < axes.size(); i++) {
            int a = axes.get(i);
            Taps t = taps.get(i);
            boolean any = false;
            for (boolean b : t.extrapolated()) any |= b;
            if (any) {
                BufferParam e = em.reads(em.pb.weight(node.name() + ".extrapolated" + a, boolTable(t.extrapolated())));
                outside = outside == null ? load(e, idx.get(a)) : or(outside, load(e, idx.get(a)));
            }
        }
        Expr result;
        if (op.mode() == Movement.ResizeMode.NEAREST) {
            for (int i = 0; i < axes.size(); i++) {
                int a = axes.get(i);
                BufferParam tab = em.reads(em.pb.weight(node.name() + ".nearest" + a, nearest(taps.get(i))));
                src.set(a, s.let("j", load(tab, idx.get(a))));
            }
            result = em.valueAt(s, x, src);
        } else {
            List<BufferParam[]> tables = new ArrayList<>();
            for (int i = 0; i < axes.size(); i++) {
                int a = axes.get(i);
                Taps t = taps.get(i);
                BufferParam it = em.reads(em.pb.weight(node.name() + ".taps" + a, Tensor.ofLongs(DType.I32, Shape.of(t.index().length), t.index().clone())));
                BufferParam wt = em.reads(em.pb.weight(node.name() + ".weights" + a, Tensor.ofDoubles(acc, Shape.of(t.weight().length), t.weight().clone())));
                tables.add(new BufferParam[] {it, wt});
            }
            Expr.Var sum = s.var("sum", lit(acc, 0.0));
            sumTaps(em, s, x, axes, taps, tables, 0, src, lit(acc, 1.0), idx, sum);
            result = convert(s, sum, out.type().dtype());
        }
        if (outside == null) return result;
        return select(outside, Emitter.literal(out.type().dtype(), op.extrapolationValue()), result);
    }

    /** Adds {@code w * x[src]} over every combination of taps of the resized axes from {@code level} on. */
    private static void sumTaps(Emitter em, Scope s, Value x, List<Integer> axes, List<Taps> taps, List<BufferParam[]> tables, int level,
                                List<Expr> src, Expr weight, List<Expr> idx, Expr.Var sum) {
        if (level == axes.size()) {
            s.assign(sum, add(sum, mul(weight, cast(sum.type(), em.valueAt(s, x, src)))));
            return;
        }
        int a = axes.get(level);
        int n = taps.get(level).n();
        BufferParam[] tab = tables.get(level);
        Expr base = s.let("tb", Ix.mul(idx.get(a), n));
        s.forRange("k" + a, Ix.lit(0), Ix.lit(n), (l, k) -> {
            Expr pos = l.let("tp", Ix.add(base, k));
            List<Expr> at = new ArrayList<>(src);
            at.set(a, l.let("j", load(tab[0], pos)));
            Expr w = l.let("w", mul(weight, load(tab[1], pos)));
            sumTaps(em, l, x, axes, taps, tables, level + 1, at, w, idx, sum);
        });
    }

    /** The interpolated sum as the output type: floats convert, integers round to nearest even and saturate. */
    private static Expr convert(Scope s, Expr sum, DType out) {
        DType vt = DeviceTypes.value(out);
        if (out.isFloat()) return cast(vt, sum);
        if (out == DType.BOOL) return ne(sum, lit(sum.type(), 0.0));
        double lo = out.isSigned() ? -Math.pow(2, out.bits() - 1) : 0;
        double hi = out.isSigned() ? Math.pow(2, out.bits() - 1) - 1 : Math.pow(2, out.bits()) - 1;
        DType ft = sum.type();
        Expr r = max(lit(ft, lo), min(lit(ft, hi), call(MathFn.RINT, sum)));
        return ScalarOps.toInteger(s, r, out);
    }

    static Tensor boolTable(boolean[] b) {
        long[] l = new long[b.length];
        for (int i = 0; i < b.length; i++) l[i] = b[i] ? 1 : 0;
        return Tensor.ofLongs(DType.BOOL, Shape.of(l.length), l);
    }

    static Tensor nearest(Taps t) {
        long[] l = new long[t.extrapolated().length];
        for (int y = 0; y < l.length; y++) {
            int pick = 0;
            for (int k = 0; k < t.n(); k++) if (t.weight()[y * t.n() + k] != 0) pick = k;
            l[y] = t.index()[y * t.n() + pick];
        }
        return Tensor.ofLongs(DType.I32, Shape.of(l.length), l);
    }

    // ---- taps, as ONNX's reference computes them

    static Taps taps(Movement.Resize op, int inLen, int outLen, double scale, double roiStart, double roiEnd) {
        int n = width(op, scale);
        long[] index = new long[outLen * n];
        double[] weight = new double[outLen * n];
        boolean[] extra = new boolean[outLen];
        double[] w = new double[n];
        for (int y = 0; y < outLen; y++) {
            double src = sourceCoordinate(op.coordinateTransform(), y, scale, inLen, outLen, roiStart, roiEnd);
            if (op.coordinateTransform().equals("tf_crop_and_resize") && (src < 0 || src > inLen - 1)) extra[y] = true;
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
        return new Taps(n, index, weight, extra);
    }

    private static int width(Movement.Resize op, double scale) {
        double s = Math.min(scale, 1);
        return switch (op.mode()) {
            case NEAREST -> 2;
            case LINEAR -> op.antialias() ? 2 - 2 * (int) (Math.floor(-1 / s) + 1) : 2;
            case CUBIC -> op.antialias() ? 2 - 2 * (int) (Math.floor(-2 / s) + 1) : 4;
        };
    }

    private static void weights(Movement.Resize op, double ratio, double scale, double[] w) {
        int n = w.length, start = 1 - n / 2;
        switch (op.mode()) {
            case NEAREST -> {
                boolean right = switch (op.nearestMode()) {
                    case "round_prefer_ceil" -> ratio >= 0.5;
                    case "floor" -> false;
                    case "ceil" -> true;
                    default -> ratio > 0.5;
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

    private static double cubic(double t, double a) {
        t = Math.abs(t);
        if (t <= 1) return ((a + 2) * t - (a + 3)) * t * t + 1;
        if (t < 2) return ((a * t - 5 * a) * t + 8 * a) * t - 4 * a;
        return 0;
    }

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
            default -> throw new LoweringException("resize: unknown coordinate transformation mode '" + mode + "'");
        };
    }
}
