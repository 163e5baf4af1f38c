package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Reduction.ReduceFn;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Types;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Importers of ONNX reductions (ReduceXxx, ArgMax/ArgMin) and the running CumSum/CumProd. */
public final class ReductionOps {
    private ReductionOps() {}

    public static void register(OpRegistry r) {
        reduce(r, "ReduceSum", ReduceFn.SUM, 13);
        reduce(r, "ReduceMean", ReduceFn.MEAN, 18);
        reduce(r, "ReduceMax", ReduceFn.MAX, 18);
        reduce(r, "ReduceMin", ReduceFn.MIN, 18);
        reduce(r, "ReduceProd", ReduceFn.PROD, 18);
        reduce(r, "ReduceSumSquare", ReduceFn.SUM_SQUARE, 18);
        reduce(r, "ReduceL1", ReduceFn.L1, 18);
        reduce(r, "ReduceL2", ReduceFn.L2, 18);
        reduce(r, "ReduceLogSum", ReduceFn.LOG_SUM, 18);
        reduce(r, "ReduceLogSumExp", ReduceFn.LOG_SUM_EXP, 18);
        r.register("ArgMax", n -> argReduce(n, true));
        r.register("ArgMin", n -> argReduce(n, false));
        r.register("CumSum", n -> cumulative(n, false));
        r.register("CumProd", n -> cumulative(n, true));
    }

    /** {@code axesInputSince}: the opset from which axes come as the optional second input, not an attribute. */
    private static void reduce(OpRegistry r, String onnx, ReduceFn fn, int axesInputSince) {
        r.register(onnx, n -> {
            Value x = n.input(0);
            int rank = x.type().rank();
            List<Long> given;
            if (n.opset() < axesInputSince) {
                given = n.attrInts("axes", List.of());
            } else {
                given = new ArrayList<>();
                if (n.hasInput(1)) for (long a : n.constantInput(1, "axes").toLongs()) given.add(a);
            }
            boolean keepDims = n.attrInt("keepdims", 1) != 0;
            boolean noop = n.attrInt("noop_with_empty_axes", 0) != 0;
            List<Integer> axes = new ArrayList<>();
            if (given.isEmpty()) {
                if (!noop) for (int i = 0; i < rank; i++) axes.add(i);
            } else {
                axes = normalise(given, rank);
            }
            return List.of(n.emit(new Reduction.Reduce(fn, axes, keepDims), x));
        });
    }

    /** Axes made non-negative, sorted and distinct. */
    static List<Integer> normalise(List<Long> axes, int rank) {
        TreeSet<Integer> s = new TreeSet<>();
        for (long a : axes) s.add(Types.axis(a, rank));
        return new ArrayList<>(s);
    }

    private static List<Value> argReduce(NodeContext n, boolean max) {
        Value x = n.input(0);
        int axis = Types.axis(n.attrInt("axis", 0), x.type().rank());
        boolean keepDims = n.attrInt("keepdims", 1) != 0;
        boolean last = n.attrInt("select_last_index", 0) != 0;
        return List.of(n.emit(new Reduction.ArgReduce(max, axis, keepDims, last), x));
    }

    private static List<Value> cumulative(NodeContext n, boolean product) {
        Value x = n.input(0);
        Tensor axisT = n.constantInput(1, "the axis");
        if (axisT.size() != 1) throw n.error("the axis must be a single value, got " + axisT.type());
        int axis = Types.axis(axisT.getLong(0), x.type().rank());
        return List.of(n.emit(new Reduction.Cumulative(product, axis, n.attrInt("exclusive", 0) != 0, n.attrInt("reverse", 0) != 0), x));
    }
}
