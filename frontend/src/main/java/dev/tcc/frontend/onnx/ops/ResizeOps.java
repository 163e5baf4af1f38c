package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Movement.ResizeMode;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Importers of ONNX Resize (every opset) and Upsample. All inputs that shape the result (scales, sizes,
 * roi, axes) are resolved here to the full-rank output sizes and per-axis scales of {@link Movement.Resize}.
 * Resize-10 and Upsample use the asymmetric transformation with floor rounding for nearest.
 */
final class ResizeOps {
    private ResizeOps() {}

    static void register(OpRegistry r) {
        r.register("Resize", ResizeOps::resize);
        r.register("Upsample", ResizeOps::upsample);
    }

    private static ResizeMode mode(NodeContext n) {
        String m = n.attrString("mode", "nearest");
        return switch (m) {
            case "nearest" -> ResizeMode.NEAREST;
            case "linear", "bilinear", "trilinear" -> ResizeMode.LINEAR;
            case "cubic", "bicubic" -> ResizeMode.CUBIC;
            default -> throw n.error("unknown resize mode '" + m + "'");
        };
    }

    private static List<Value> upsample(NodeContext n) {
        Value x = n.input(0);
        int r = x.type().rank();
        List<Double> scales;
        if (n.opset() >= 9) scales = doubles(n.constantInput(1, "Upsample's scales"));
        else if (n.opset() >= 7) scales = n.attrFloats("scales", null);
        else {
            if (r != 4) throw n.error("Upsample-1 needs a 4-D input");
            scales = List.of(1.0, 1.0, n.attrFloat("height_scale", 1), n.attrFloat("width_scale", 1));
        }
        if (scales == null || scales.size() != r) throw n.error("scales " + scales + " do not match the rank of " + x.type());
        return List.of(emit(n, x, mode(n), "asymmetric", "floor", -0.75, false, 0, false, sizesOf(x.type().shape(), scales, null), scales, List.of()));
    }

    private static List<Value> resize(NodeContext n) {
        Value x = n.input(0);
        Shape in = x.type().shape();
        int r = in.rank();
        ResizeMode mode = mode(n);
        if (n.opset() < 11) {
            List<Double> scales = doubles(n.constantInput(1, "Resize's scales"));
            if (scales.size() != r) throw n.error("scales " + scales + " do not match the rank of " + x.type());
            return List.of(emit(n, x, mode, "asymmetric", "floor", -0.75, false, 0, false, sizesOf(in, scales, null), scales, List.of()));
        }
        String ctm = n.attrString("coordinate_transformation_mode", "half_pixel");
        boolean antialias = n.attrInt("antialias", 0) != 0;
        if (antialias && mode == ResizeMode.NEAREST) throw n.error("antialias is not defined for mode 'nearest'");
        int[] axes = Moves.axesOrAll(n, n.attrInts("axes", null), r);
        Tensor roiT = ctm.equals("tf_crop_and_resize") ? Moves.optionalConstant(n, 1, "Resize's roi") : null;
        Tensor scalesT = Moves.optionalConstant(n, 2, "Resize's scales");
        Tensor sizesT = Moves.optionalConstant(n, 3, "Resize's sizes");
        if ((scalesT == null) == (sizesT == null)) throw n.error("exactly one of scales and sizes must be given");
        List<Double> roi = List.of();
        if (roiT != null) {
            if (roiT.size() != 2 * axes.length) throw n.error("roi has " + roiT.size() + " values for " + axes.length + " axes");
            Double[] full = new Double[2 * r];
            for (int i = 0; i < r; i++) { full[i] = 0.0; full[i + r] = 1.0; }
            for (int i = 0; i < axes.length; i++) {
                full[axes[i]] = roiT.getDouble(i);
                full[axes[i] + r] = roiT.getDouble(i + axes.length);
            }
            roi = List.of(full);
        }
        List<Double> scales = new ArrayList<>();
        List<Long> sizes;
        for (int i = 0; i < r; i++) scales.add(1.0);
        if (scalesT != null) {
            if (scalesT.size() != axes.length) throw n.error("scales has " + scalesT.size() + " values for " + axes.length + " axes");
            for (int i = 0; i < axes.length; i++) {
                double s = scalesT.getDouble(i);
                if (!(s > 0)) throw n.error("scale " + s + " must be positive");
                scales.set(axes[i], s);
            }
            sizes = sizesOf(in, scales, roi);
        } else {
            if (sizesT.size() != axes.length) throw n.error("sizes has " + sizesT.size() + " values for " + axes.length + " axes");
            sizes = new ArrayList<>(Moves.list(in.dims()));
            for (int i = 0; i < axes.length; i++) sizes.set(axes[i], sizesT.getLong(i));
            String policy = n.attrString("keep_aspect_ratio_policy", "stretch");
            if (policy.equals("stretch")) {
                for (int a : axes) scales.set(a, (double) sizes.get(a) / in.dim(a));
            } else {
                double s = policy.equals("not_larger") ? Double.MAX_VALUE : 0;
                for (int a : axes) {
                    double q = (double) sizes.get(a) / in.dim(a);
                    if (policy.equals("not_larger")) s = Math.min(s, q);
                    else if (policy.equals("not_smaller")) s = Math.max(s, q);
                    else throw n.error("unknown keep_aspect_ratio_policy '" + policy + "'");
                }
                for (int a : axes) {
                    scales.set(a, s);
                    sizes.set(a, (long) (s * in.dim(a) + 0.5));
                }
            }
        }
        return List.of(emit(n, x, mode, ctm, n.attrString("nearest_mode", "round_prefer_floor"), n.attrFloat("cubic_coeff_a", -0.75),
                n.attrInt("exclude_outside", 0) != 0, n.attrFloat("extrapolation_value", 0), antialias, sizes, scales, roi));
    }

    /** Output sizes for scales: {@code floor(dim * scale)} (times the roi extent for tf_crop_and_resize). */
    private static List<Long> sizesOf(Shape in, List<Double> scales, List<Double> roi) {
        List<Long> sizes = new ArrayList<>();
        int r = in.rank();
        for (int i = 0; i < r; i++) {
            double extent = roi == null || roi.isEmpty() ? 1 : roi.get(i + r) - roi.get(i);
            sizes.add((long) Math.floor(in.dim(i) * extent * scales.get(i)));
        }
        return sizes;
    }

    private static List<Double> doubles(Tensor t) {
        List<Double> l = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) l.add(t.getDouble(i));
        return l;
    }

    private static Value emit(NodeContext n, Value x, ResizeMode mode, String ctm, String nearestMode, double a, boolean exclude,
                              double extrapolation, boolean antialias, List<Long> sizes, List<Double> scales, List<Double> roi) {
        switch (ctm) {
            case "half_pixel", "half_pixel_symmetric", "pytorch_half_pixel", "align_corners", "asymmetric", "tf_crop_and_resize" -> { }
            default -> throw n.error("unknown coordinate_transformation_mode '" + ctm + "'");
        }
        switch (nearestMode) {
            case "round_prefer_floor", "round_prefer_ceil", "floor", "ceil" -> { }
            default -> throw n.error("unknown nearest_mode '" + nearestMode + "'");
        }
        if (ctm.equals("tf_crop_and_resize") && roi.isEmpty()) {
            int r = x.type().rank();
            List<Double> full = new ArrayList<>();
            for (int i = 0; i < 2 * r; i++) full.add(i < r ? 0.0 : 1.0);
            roi = full;
        }
        return n.emit(new Movement.Resize(mode, ctm, nearestMode, a, exclude, extrapolation, antialias, sizes, scales, roi), x);
    }
}
