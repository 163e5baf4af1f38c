package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Types;
import dev.tcc.ir.Value;

import java.util.List;
import java.util.function.BiFunction;

import static dev.tcc.frontend.onnx.ops.LinalgSupport.*;

/**
 * Softmax, LogSoftmax and Hardmax. Before opset 13 they act on the input flattened to 2-D at {@code axis}
 * (default 1), i.e. jointly over all axes from {@code axis} on; from opset 13 on one axis (default -1).
 */
final class SoftmaxOps {
    private SoftmaxOps() {}

    static void register(OpRegistry r) {
        r.register("Softmax", n -> List.of(perAxis(n, (v, axis) -> n.emit(new Structured.Softmax(axis, false), v))));
        r.register("LogSoftmax", n -> List.of(perAxis(n, (v, axis) -> n.emit(new Structured.Softmax(axis, true), v))));
        r.register("Hardmax", n -> List.of(perAxis(n, (v, axis) -> hardmax(n, v, axis))));
    }

    /** Applies {@code fn} along the resolved axis, flattening first for opsets before 13. */
    private static Value perAxis(NodeContext n, BiFunction<Value, Integer, Value> fn) {
        Value x = n.input(0);
        int rank = x.type().rank();
        boolean flatten = n.opset() < 13;
        if (rank == 0) throw n.error("input must have rank >= 1, got a scalar");
        int axis = Types.axis(n.attrInt("axis", flatten ? 1 : -1), rank);
        if (!flatten || axis == rank - 1) return fn.apply(x, axis);
        Shape s = x.type().shape();
        long outer = 1;
        for (int i = 0; i < axis; i++) outer *= s.dim(i);
        long inner = s.size() / Math.max(outer, 1);
        if (outer == 0) inner = 0;
        return reshape(n, fn.apply(reshape(n, x, outer, inner), 1), s.dims());
    }

    /** One-hot of the first maximum along {@code axis}: {@code argmax == iota}, cast to x's type. */
    private static Value hardmax(NodeContext n, Value x, int axis) {
        int rank = x.type().rank();
        long len = x.type().shape().dim(axis);
        Value arg = n.emit(new Reduction.ArgReduce(true, axis, true, false), x);
        long[] iotaShape = new long[rank];
        java.util.Arrays.fill(iotaShape, 1);
        iotaShape[axis] = len;
        long[] iota = new long[(int) len];
        for (int i = 0; i < len; i++) iota[i] = i;
        Value idx = n.constant(Tensor.ofLongs(DType.I64, Shape.of(iotaShape), iota));
        Value hot = binary(n, BinaryFn.EQ, arg, idx);
        return n.emit(new Elementwise.Cast(x.type().dtype(), true), hot);
    }
}
