package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Linalg.PoolKind;
import dev.tcc.ir.Reduction.ReduceFn;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

import static dev.tcc.frontend.onnx.ops.LinalgSupport.*;

/** Importers of ONNX pooling: MaxPool (with Indices), AveragePool, LpPool and their Global forms. */
final class PoolOps {
    private PoolOps() {}

    static void register(OpRegistry r) {
        r.register("MaxPool", PoolOps::maxPool);
        r.register("AveragePool", n -> List.of(pool(n, PoolKind.AVG, n.attrInt("count_include_pad", 0) != 0, 0)));
        r.register("LpPool", n -> List.of(pool(n, PoolKind.LP, false, lpExponent(n))));
        r.register("GlobalAveragePool", n -> List.of(global(n, PoolKind.AVG, 0)));
        r.register("GlobalMaxPool", n -> List.of(global(n, PoolKind.MAX, 0)));
        r.register("GlobalLpPool", n -> List.of(global(n, PoolKind.LP, lpExponent(n))));
    }

    /** LpPool's {@code p}: an int attribute from opset 2, a float before. */
    private static long lpExponent(NodeContext n) {
        double p = n.opset() < 2 ? n.attrFloat("p", 2.0) : n.attrInt("p", 2);
        if (p != Math.rint(p) || p < 1) throw n.error("p = " + p + " is not supported; tcc pools with integer p >= 1");
        return (long) p;
    }

    private static Linalg.Pool poolOp(NodeContext n, PoolKind kind, boolean countIncludePad, long p) {
        Window w = window(n, n.inputType(0).shape(), null);
        boolean ceil = n.attrInt("ceil_mode", 0) != 0;
        return new Linalg.Pool(kind, w.kernel(), w.strides(), w.pads(), w.dilations(), ceil, countIncludePad, p);
    }

    private static Value pool(NodeContext n, PoolKind kind, boolean countIncludePad, long p) {
        return n.emit(poolOp(n, kind, countIncludePad, p), n.input(0));
    }

    private static List<Value> maxPool(NodeContext n) {
        Linalg.Pool op = poolOp(n, PoolKind.MAX, false, 0);
        Value x = n.input(0);
        Value y = n.emit(op, x);
        if (!n.wantsOutput(1)) return List.of(y);
        boolean columnMajor = n.attrInt("storage_order", 0) != 0;
        Value idx = n.emit(new Linalg.MaxPoolIndices(op.kernel(), op.strides(), op.pads(), op.dilations(), op.ceilMode(), columnMajor), x);
        return List.of(y, idx);
    }

    /** A pool whose window is the whole spatial extent; MEAN and MAX become reductions past three spatial axes. */
    private static Value global(NodeContext n, PoolKind kind, long p) {
        Value x = n.input(0);
        Shape s = x.type().shape();
        int sp = s.rank() - 2;
        if (sp < 0) throw n.error("input must be [N, C, D1, ...], got " + x.type());
        if (sp == 0) return x;
        if (sp > 3 && kind != PoolKind.LP) {
            List<Integer> axes = new ArrayList<>();
            for (int i = 2; i < s.rank(); i++) axes.add(i);
            return reduce(n, kind == PoolKind.AVG ? ReduceFn.MEAN : ReduceFn.MAX, x, axes);
        }
        List<Long> kernel = new ArrayList<>();
        for (int i = 2; i < s.rank(); i++) kernel.add(s.dim(i));
        return n.emit(new Linalg.Pool(kind, kernel, filled(sp, 1), filled(2 * sp, 0), filled(sp, 1), false, false, p), x);
    }
}
