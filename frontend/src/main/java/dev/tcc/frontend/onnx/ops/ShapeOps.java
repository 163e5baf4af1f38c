package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Importers of ONNX operators whose result is known at compile time in a statically shaped graph:
 * Constant, Shape, Size, ConstantOfShape, Range, EyeLike, NonZero. Each produces a constant directly.
 */
final class ShapeOps {
    private ShapeOps() {}

    static void register(OpRegistry r) {
        r.register("Constant", ShapeOps::constant);
        WindowOps.register(r);
        r.register("Shape", ShapeOps::shape);
        r.register("Size", n -> List.of(n.constant(Tensor.scalar(DType.I64, n.inputType(0).size()))));
        r.register("ConstantOfShape", ShapeOps::constantOfShape);
        r.register("Range", ShapeOps::range);
        r.register("EyeLike", ShapeOps::eyeLike);
        r.register("NonZero", ShapeOps::nonZero);
    }

    private static List<Value> constant(NodeContext n) {
        Tensor t;
        if (n.hasAttr("sparse_value")) throw n.error("sparse constants are not supported by tcc");
        if (n.hasAttr("value")) t = n.attrTensor("value");
        else if (n.hasAttr("value_float")) t = Tensor.scalar(DType.F32, n.attrFloat("value_float", 0));
        else if (n.hasAttr("value_floats")) {
            List<Double> v = n.attrFloats("value_floats", List.of());
            t = Tensor.ofDoubles(DType.F32, Shape.of(v.size()), v.stream().mapToDouble(Double::doubleValue).toArray());
        } else if (n.hasAttr("value_int")) t = Tensor.scalar(DType.I64, n.attrInt("value_int", 0));
        else if (n.hasAttr("value_ints")) t = Tensor.vector(DType.I64, Moves.array(n.attrInts("value_ints", List.of())));
        else if (n.hasAttr("value_string")) t = Tensor.ofStrings(Shape.SCALAR, new String[] {n.attrString("value_string", "")});
        else if (n.hasAttr("value_strings")) {
            List<String> v = n.attrStrings("value_strings", List.of());
            t = Tensor.ofStrings(Shape.of(v.size()), v.toArray(new String[0]));
        } else throw n.error("Constant has none of the attributes value, value_float(s), value_int(s), value_string(s)");
        return List.of(n.constant(t));
    }

    private static List<Value> shape(NodeContext n) {
        long[] dims = n.inputType(0).shape().dims();
        int r = dims.length;
        long start = clampAxis(n.attrInt("start", 0), r), end = clampAxis(n.attrInt("end", r), r);
        long[] out = new long[(int) Math.max(0, end - start)];
        for (int i = 0; i < out.length; i++) out[i] = dims[(int) start + i];
        return List.of(n.constant(Tensor.vector(DType.I64, out)));
    }

    /** A Shape start/end: negative counts from the end, then clamped to {@code [0, rank]}. */
    private static long clampAxis(long a, int rank) {
        if (a < 0) a += rank;
        return Math.max(0, Math.min(rank, a));
    }

    private static List<Value> constantOfShape(NodeContext n) {
        long[] dims = Moves.array(Moves.longs(n.constantInput(0, "ConstantOfShape's shape")));
        for (long d : dims) if (d < 0) throw n.error("shape " + java.util.Arrays.toString(dims) + " has a negative dimension");
        Tensor value = n.attrTensor("value");
        if (value != null && value.size() != 1) throw n.error("attribute 'value' must hold one element, got " + value.type());
        DType t = value == null ? DType.F32 : value.dtype();
        double v = value == null ? 0 : value.getDouble(0);
        TensorType type = new TensorType(t, new Shape(dims));
        if (t == DType.STRING) throw n.error("ConstantOfShape of strings is not supported by tcc");
        dev.tcc.ir.Limits.check(type, "the constant");
        if (!t.isFloat()) {
            long[] l = new long[Math.toIntExact(type.size())];
            java.util.Arrays.fill(l, value.getLong(0));
            return List.of(n.constant(Tensor.ofLongs(t, type.shape(), l)));
        }
        return List.of(n.constant(Tensor.filled(type, v)));
    }

    private static List<Value> range(NodeContext n) {
        Tensor start = n.constantInput(0, "Range's start"), limit = n.constantInput(1, "Range's limit"), delta = n.constantInput(2, "Range's delta");
        DType t = start.dtype();
        if (t.isFloat()) {
            double s = start.getDouble(0), l = limit.getDouble(0), d = delta.getDouble(0);
            if (d == 0) throw n.error("Range's delta is 0");
            int count = (int) Math.max(0, Math.ceil((l - s) / d));
            double[] v = new double[count];
            for (int i = 0; i < count; i++) v[i] = s + i * d;
            return List.of(n.constant(Tensor.ofDoubles(t, Shape.of(count), v)));
        }
        long s = start.getLong(0), l = limit.getLong(0), d = delta.getLong(0);
        if (d == 0) throw n.error("Range's delta is 0");
        long count = Math.max(0, d > 0 ? Math.floorDiv(l - s + d - 1, d) : Math.floorDiv(s - l - d - 1, -d));
        long[] v = new long[Math.toIntExact(count)];
        for (int i = 0; i < v.length; i++) v[i] = s + i * d;
        return List.of(n.constant(Tensor.ofLongs(t, Shape.of(v.length), v)));
    }

    private static List<Value> eyeLike(NodeContext n) {
        TensorType in = n.inputType(0);
        if (in.rank() != 2) throw n.error("EyeLike needs a 2-D input, got " + in);
        DType t = in.dtype();
        if (n.hasAttr("dtype")) {
            t = DType.fromOnnx((int) n.attrInt("dtype", 1));
            if (t == null) throw n.error("unsupported dtype " + n.attrInt("dtype", 1));
        }
        long k = n.attrInt("k", 0), rows = in.shape().dim(0), cols = in.shape().dim(1);
        double[] v = new double[Math.toIntExact(rows * cols)];
        for (long i = 0; i < rows; i++) {
            long j = i + k;
            if (j >= 0 && j < cols) v[(int) (i * cols + j)] = 1;
        }
        return List.of(n.constant(Tensor.ofDoubles(t, in.shape(), v)));
    }

    /** NonZero has a data-dependent output shape, so its input must be known at compile time. */
    private static List<Value> nonZero(NodeContext n) {
        Tensor x = n.constantInput(0, "NonZero's input (its result's shape depends on the values)");
        Shape s = x.shape();
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            boolean nz = x.dtype() == DType.STRING ? !x.getString(i).isEmpty() : x.getDouble(i) != 0;
            if (nz) hits.add(i);
        }
        int r = s.rank(), k = hits.size();
        long[] strides = s.strides();
        long[] out = new long[r * k];
        for (int j = 0; j < k; j++) {
            long rem = hits.get(j);
            for (int d = 0; d < r; d++) {
                out[d * k + j] = rem / strides[d];
                rem %= strides[d];
            }
        }
        return List.of(n.constant(Tensor.ofLongs(DType.I64, Shape.of(r, k), out)));
    }
}
