package dev.tcc.passes.quant;

import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.passes.Pass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code quantize-weights}: weight-only quantisation. Every f32 (or f16) constant of at least {@code minElements}
 * elements that is only read as a weight — the right operand of a matmul, the filter of a convolution, the table of
 * a gather — is replaced by its integers, scales and zero points ({@link WeightQuantizer}) and a {@link
 * dev.tcc.ir.Dequantize} producing the same value, which the reading kernels compute in place. The channels are the
 * weight's outputs: matmul N (and batch axes), conv output channels, the gathered axis of a table; int4 blocks run
 * along the reduction: matmul K, conv input channels, a table's last axis. Recurrent layers keep float weights: their
 * one kernel already binds up to eight buffers, and two or three more per weight would pass WebGPU's limit of ten.
 *
 * @param scheme      int8 or int4
 * @param group       int4 block length along the reduction axis (ignored for int8)
 * @param minElements smallest constant quantised; smaller ones (biases, norms) stay as they are
 */
public record QuantizeWeights(QuantScheme scheme, int group, long minElements) implements Pass {
    /** Default int4 block length. */
    public static final int DEFAULT_GROUP = 32;
    /** Default {@link #minElements}. */
    public static final long DEFAULT_MIN_ELEMENTS = 1024;

    public QuantizeWeights {
        if (group != 32 && group != 64 && group != 128) throw new IllegalArgumentException("--group must be 32, 64 or 128, got " + group);
    }

    public QuantizeWeights(QuantScheme scheme, int group) { this(scheme, group, DEFAULT_MIN_ELEMENTS); }

    @Override public String name() { return "quantize-weights"; }

    @Override public String description() {
        return "store matmul, conv and gather weights of " + minElements + "+ elements as " + scheme
                + (scheme == QuantScheme.INT4 ? " (blocks of " + group + ")" : "") + ", dequantised inside the kernels that read them";
    }

    /** Where a weight's channels and int4 blocks lie. */
    private record Layout(Set<Integer> channels, int blockAxis) {}

    @Override public Graph apply(Graph g) {
        Map<String, List<Layout>> uses = new HashMap<>();
        Set<String> outputs = new HashSet<>();
        g.outputs().forEach(v -> outputs.add(v.name()));
        for (Node n : g.nodes()) {
            for (int i = 0; i < n.inputs().size(); i++) uses.computeIfAbsent(n.inputs().get(i).name(), k -> new ArrayList<>()).add(layout(n, i));
        }
        Set<String> names = new HashSet<>();
        g.inputs().forEach(v -> names.add(v.name()));
        g.nodes().forEach(n -> n.outputs().forEach(v -> names.add(v.name())));
        List<Node> out = new ArrayList<>(g.nodes().size());
        boolean changed = false;
        for (Node n : g.nodes()) {
            Layout l = n.op() instanceof Op.Constant c && eligible(c.value()) && !outputs.contains(n.output().name())
                    ? common(uses.getOrDefault(n.output().name(), List.of())) : null;
            if (l == null) {
                out.add(n);
                continue;
            }
            WeightQuantizer.Quantized q = WeightQuantizer.quantize(((Op.Constant) n.op()).value(), scheme, group, l.channels(), l.blockAxis());
            List<Value> parts = new ArrayList<>();
            String[] suffix = {"_q", "_scale", "_zero"};
            for (int i = 0; i < q.inputs().size(); i++) {
                Tensor t = q.inputs().get(i);
                Value v = new Value(fresh(names, n.output().name() + suffix[i]), t.type());
                out.add(new Node(n.name() + suffix[i], new Op.Constant(t), List.of(), List.of(v)));
                parts.add(v);
            }
            out.add(new Node(n.name(), q.op(), parts, n.outputs()));
            changed = true;
        }
        return changed ? g.withNodes(out) : g;
    }

    private boolean eligible(Tensor t) {
        return (t.dtype() == DType.F32 || t.dtype() == DType.F16) && t.size() >= minElements && t.shape().rank() >= 2;
    }

    /** The layout every use agrees on, or null when a use is not a weight or the uses disagree. */
    private static Layout common(List<Layout> ls) {
        if (ls.isEmpty() || ls.contains(null)) return null;
        return ls.stream().distinct().count() == 1 ? ls.get(0) : null;
    }

    /** The layout of operand {@code i} of {@code n} when it is read as a weight, else null. */
    private static Layout layout(Node n, int i) {
        int rank = n.inputs().get(i).type().rank();
        return switch (n.op()) {
            case Linalg.MatMul m when i == 1 && rank >= 2 -> new Layout(allBut(rank, rank - 2), rank - 2);
            case Linalg.Conv c when i == 1 -> new Layout(Set.of(0), 1);
            case Movement.Gather ga when i == 0 -> new Layout(Set.of(ga.axis()), ga.axis() == rank - 1 ? -1 : rank - 1);
            default -> null;
        };
    }

    private static Set<Integer> allBut(int rank, int axis) {
        Set<Integer> s = new HashSet<>();
        for (int d = 0; d < rank; d++) if (d != axis) s.add(d);
        return s;
    }

    private static String fresh(Set<String> names, String base) {
        String n = base;
        for (int i = 1; !names.add(n); i++) n = base + "_" + i;
        return n;
    }
}
