package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * ONNX HannWindow, HammingWindow and BlackmanWindow (opset 17): a window of {@code size} values, evaluated at import
 * (its size is a constant) as a constant of {@code output_datatype} (default f32; integer types truncate toward
 * zero). With {@code periodic} (the default) the cosines' period is {@code size}, else {@code size - 1} (symmetric).
 */
final class WindowOps {
    private WindowOps() {}

    static void register(OpRegistry r) {
        r.register("HannWindow", n -> window(n, t -> 0.5 - 0.5 * Math.cos(t)));
        // ONNX's Hamming coefficients: 25/46 and 21/46
        r.register("HammingWindow", n -> window(n, t -> 25.0 / 46 - 21.0 / 46 * Math.cos(t)));
        r.register("BlackmanWindow", n -> window(n, t -> 0.42 - 0.5 * Math.cos(t) + 0.08 * Math.cos(2 * t)));
    }

    /** The window {@code w(2 pi i / period)} for i in [0, size). */
    private static List<Value> window(NodeContext n, DoubleUnaryOperator w) {
        Tensor sizeInput = n.constantInput(0, "size");
        if (sizeInput.size() != 1 || !sizeInput.dtype().isInteger()) throw n.error("size must be one integer, got " + sizeInput.type());
        long size = sizeInput.getLong(0);
        if (size < 0 || size > Integer.MAX_VALUE) throw n.error("size must be between 0 and " + Integer.MAX_VALUE + ", got " + size);
        DType t = DType.fromOnnx((int) n.attrInt("output_datatype", 1));
        if (t == null || !(t.isFloat() || t.isInteger())) throw n.error("output_datatype " + n.attrInt("output_datatype", 1) + " is not a numeric type");
        long period = n.attrInt("periodic", 1) != 0 ? size : size - 1;
        double[] v = new double[(int) size];
        for (int i = 0; i < size; i++) v[i] = w.applyAsDouble(period == 0 ? 0 : 2 * Math.PI * i / period);
        if (t.isFloat()) return List.of(n.constant(Tensor.ofDoubles(t, Shape.of(size), v)));
        long[] l = new long[v.length];
        for (int i = 0; i < v.length; i++) l[i] = (long) v[i];
        return List.of(n.constant(Tensor.ofLongs(t, Shape.of(size), l)));
    }
}
