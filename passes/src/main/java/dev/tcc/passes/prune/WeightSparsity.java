package dev.tcc.passes.prune;

import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Unstructured ({@code magnitude:R}) and N:M pruning of the constant weights of matmuls and convolutions: weights
 * become zero, tensors keep their shapes. Magnitude pruning zeroes the {@code round(R * size)} smallest
 * magnitudes of each weight tensor; N:M keeps the N largest magnitudes of every M consecutive weights along the
 * reduction axis (K of a matmul weight {@code [.., K, N]}; the flattened {@code C/group * kernel} row of a conv
 * weight), a shorter last group keeping at most N. Ties keep the earlier weight.
 */
final class WeightSparsity {
    private WeightSparsity() {}

    static Pruning.Result apply(Graph g, PruneSpec spec) {
        Map<String, Boolean> weights = Weights.matmulAndConvWeights(g);
        List<Node> nodes = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Node n : g.nodes()) {
            Value v = n.outputs().size() == 1 ? n.output() : null;
            if (n.op() instanceof Op.Constant c && v != null && weights.containsKey(v.name())) {
                double[] w = c.value().toDoubles();
                if (spec.kind() == PruneSpec.Kind.MAGNITUDE) {
                    zeroSmallest(w, IntStream.range(0, w.length).toArray(), w.length - (int) Math.round(spec.ratio() * w.length));
                } else {
                    nOfM(w, c.value(), weights.get(v.name()), spec.n(), spec.m());
                }
                Tensor t = Tensor.ofDoubles(c.value().dtype(), c.value().shape(), w);
                details.add(String.format(Locale.ROOT, "%s %s: sparsity %.3f", v.name(), t.shape(), zeros(t) / (double) t.size()));
                n = new Node(n.name(), new Op.Constant(t), n.inputs(), n.outputs());
            }
            nodes.add(n);
        }
        Graph out = g.withNodes(nodes);
        String summary = String.format(Locale.ROOT, "%s pruning of %d matmul/conv weight tensors: sparsity %.3f",
                spec, weights.size(), sparsity(out));
        return new Pruning.Result(out, sparsity(out), summary, details);
    }

    /** Zeroes all but the {@code keep} largest magnitudes among {@code w[idx]}. */
    private static void zeroSmallest(double[] w, int[] idx, int keep) {
        Integer[] order = Arrays.stream(idx).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -Math.abs(w[i])).thenComparingInt(i -> i));
        for (int i = keep; i < order.length; i++) w[order[i]] = 0;
    }

    /** N:M along each reduction line of the weight: a conv's rows, a matmul's columns. */
    private static void nOfM(double[] w, Tensor t, boolean conv, int n, int m) {
        long[] d = t.shape().dims();
        int r = d.length;
        int len = conv ? w.length / (int) d[0] : (int) d[r - 2];
        int stride = conv ? 1 : (int) d[r - 1];
        int lines = w.length / len;
        for (int line = 0; line < lines; line++) {
            int start = conv ? line * len : (line / stride) * len * stride + line % stride;
            for (int g = 0; g < len; g += m) {
                int size = Math.min(m, len - g);
                int[] idx = new int[size];
                for (int i = 0; i < size; i++) idx[i] = start + (g + i) * stride;
                zeroSmallest(w, idx, Math.min(n, size));
            }
        }
    }

    private static long zeros(Tensor t) {
        long z = 0;
        for (int i = 0; i < t.size(); i++) if (t.getDouble(i) == 0) z++;
        return z;
    }

    /** The share of zeros over all elements of the graph's matmul and conv weights (0 when it has none). */
    static double sparsity(Graph g) {
        Map<String, Tensor> consts = Weights.constants(g);
        long z = 0, all = 0;
        for (String name : Weights.matmulAndConvWeights(g).keySet()) {
            Tensor t = consts.get(name);
            z += zeros(t);
            all += t.size();
        }
        return all == 0 ? 0 : (double) z / all;
    }
}
