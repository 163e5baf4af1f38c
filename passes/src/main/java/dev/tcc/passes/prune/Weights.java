package dev.tcc.passes.prune;

import dev.tcc.ir.Graph;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The constant weights of a graph's matmuls and convolutions, and slicing of constant tensors. */
final class Weights {
    private Weights() {}

    /** The constant tensor of each value defined by a constant node. */
    static Map<String, Tensor> constants(Graph g) {
        Map<String, Tensor> m = new HashMap<>();
        for (Node n : g.nodes()) if (n.op() instanceof Op.Constant c) m.put(n.output().name(), c.value());
        return m;
    }

    /**
     * The float constants that are the weight operand (input 1) of a matmul (rank 2 or more) or a convolution,
     * by value name, each with whether it is a convolution's (reduction over all but axis 0) or a matmul's
     * (reduction over axis -2).
     */
    static Map<String, Boolean> matmulAndConvWeights(Graph g) {
        Map<String, Tensor> consts = constants(g);
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Node n : g.nodes()) {
            boolean conv = n.op() instanceof Linalg.Conv;
            if (!conv && !(n.op() instanceof Linalg.MatMul)) continue;
            Value w = n.inputs().get(1);
            Tensor t = consts.get(w.name());
            if (t != null && t.isFloat() && t.shape().rank() >= 2) out.put(w.name(), conv);
        }
        return out;
    }

    /** The slices {@code keep} (in order) of {@code t} along {@code axis}. */
    static Tensor take(Tensor t, int axis, int[] keep) {
        long[] dims = t.shape().dims();
        long outer = 1, inner = 1;
        for (int i = 0; i < axis; i++) outer *= dims[i];
        for (int i = axis + 1; i < dims.length; i++) inner *= dims[i];
        int len = (int) dims[axis], in = (int) inner;
        dims[axis] = keep.length;
        int size = (int) (outer * keep.length * inner);
        double[] d = t.isFloat() ? new double[size] : null;
        long[] l = t.isFloat() ? null : new long[size];
        int o = 0;
        for (int b = 0; b < outer; b++) {
            for (int k : keep) {
                int from = (b * len + k) * in;
                for (int i = 0; i < in; i++, o++) {
                    if (d != null) d[o] = t.getDouble(from + i);
                    else l[o] = t.getLong(from + i);
                }
            }
        }
        Shape s = Shape.of(dims);
        return d != null ? Tensor.ofDoubles(t.dtype(), s, d) : Tensor.ofLongs(t.dtype(), s, l);
    }
}
