package dev.tcc.passes;

import dev.tcc.ir.DType;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code merge-matmuls}: matmuls that read the same left operand with constant right operands of the same depth
 * become one matmul by the weights laid side by side, each original result a slice of the merged one. A
 * transformer's query, key and value projections (and a gated feed-forward's gate and up projections) are the
 * case: one launch instead of three, over N three times as wide, which fills a GPU that each projection alone
 * leaves partly idle (a batch of 77 tokens by 768 x 768 is 24 to 48 workgroups of usual tiles).
 *
 * <p>When every matmul of a group is read only by an add of a constant bias along N, the biases are laid side by
 * side too and the merged product keeps one add (its kernel's epilogue). The slices are views, read in place by
 * the kernels that consume them (the attention kernel reads its queries, keys and values at their offsets in the
 * merged result); the merged weight replaces the originals, so the weights take no more memory.
 *
 * <p>Each slice keeps the value name of the result it stands for, so the nodes after it are unchanged, and the
 * merged nodes are named after the matmuls they replace, which error messages then name.
 *
 * <p>A weight is a constant {@code [K, N]} or the {@link Dequantize} of constants (int8, or int4 in blocks along K,
 * with scales per column of N): quantised weights merge by laying their integers, scales and zero points side by
 * side, under one dequantisation.
 *
 * <p>{@link PassRunner#lower} runs it as the first lowering stage, after the graph passes and after pruning and
 * quantisation, which look for one matmul per weight.
 * A merged graph merges nothing more, so a caller that lowers one graph many times (the autotuner) merges it once.
 * On an H100's Vulkan the CLIP text encoder's 36 query, key and value products (with the split-K sums, 0.71 ms)
 * became 12 (0.36 ms).
 */
public record MergeMatMuls() implements Pass {
    @Override public String name() { return "merge-matmuls"; }

    @Override public String description() {
        return "merge matmuls of one left operand by constant weights of the same depth (query, key and value projections) "
                + "into one matmul by the weights side by side, each result a slice of it";
    }

    /** One matmul of a group: the node, its weight, and its bias add (null when it has none). */
    private record Member(Node matmul, Weight weight, Node add, Tensor bias) {
        Value result() { return add != null ? add.output() : matmul.output(); }
    }

    /**
     * A matmul's right operand that can merge: a constant {@code [K, N]} ({@code dq} null), or the dequantisation
     * {@code dq} of the constants {@code parts} (integers, scales, zero points) to a {@code [K, N]} weight.
     */
    private record Weight(Tensor value, Dequantize dq, List<Tensor> parts) {
        long k() { return dq == null ? value.shape().dim(0) : dq.shape().get(0); }

        long n() { return dq == null ? value.shape().dim(1) : dq.shape().get(1); }

        DType type() { return dq == null ? value.dtype() : dq.to(); }

        /** What weights must share to merge besides K: their type and, when quantised, the whole quantisation but N. */
        String kind() {
            if (dq == null) return value.dtype().toString();
            StringBuilder b = new StringBuilder("dq" + dq.bits() + "|" + dq.axis() + "|" + dq.group() + "|" + dq.to());
            // the integers' type; the scales' and zero points' type and rows (blocks along K)
            b.append('|').append(parts.get(0).dtype());
            for (Tensor t : parts.subList(1, parts.size())) b.append('|').append(t.dtype()).append(t.shape().dim(0));
            return b.toString();
        }
    }

    @Override public Graph apply(Graph g) {
        Map<String, Node> producer = new HashMap<>();
        Map<String, List<Node>> consumers = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Value v : g.inputs()) names.add(v.name());
        for (Node n : g.nodes()) {
            for (Value v : n.outputs()) {
                producer.put(v.name(), n);
                names.add(v.name());
            }
            for (Value v : n.inputs()) consumers.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(n);
        }
        Set<String> outputs = new HashSet<>();
        g.outputs().forEach(v -> outputs.add(v.name()));

        // groups in graph order: same left operand, weight depth and type, with or without a bias
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        for (Node n : g.nodes()) {
            Member m = member(n, producer, consumers, outputs);
            if (m == null) continue;
            Value a = n.inputs().get(0);
            String key = a.name() + "|" + m.weight.k() + "|" + m.weight.kind() + "|" + (m.add != null);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        Map<Node, List<Node>> replaceAt = new IdentityHashMap<>();
        Set<Node> removed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Member> group : groups.values()) {
            if (group.size() < 2) continue;
            replaceAt.put(group.get(0).matmul, merged(group, names));
            for (Member m : group) {
                removed.add(m.matmul);
                if (m.add != null) removed.add(m.add);
            }
        }
        if (replaceAt.isEmpty()) return g;
        List<Node> out = new ArrayList<>(g.nodes().size());
        for (Node n : g.nodes()) {
            List<Node> at = replaceAt.get(n);
            if (at != null) out.addAll(at);
            else if (!removed.contains(n)) out.add(n);
        }
        // the original weights and biases are now unread
        return new EliminateDeadCode().apply(g.withNodes(out));
    }

    /** {@code n} as a member of a group when it is a matmul by a weight that can merge whose result is not a graph output; else null. */
    private static Member member(Node n, Map<String, Node> producer, Map<String, List<Node>> consumers, Set<String> outputs) {
        if (!(n.op() instanceof Linalg.MatMul) || n.inputs().get(0).type().rank() < 2) return null;
        Weight w = weight(n.inputs().get(1), producer);
        if (w == null) return null;
        Value r = n.output();
        if (outputs.contains(r.name())) return null;
        List<Node> cs = consumers.getOrDefault(r.name(), List.of());
        if (cs.size() == 1 && cs.get(0).op() instanceof Elementwise.Binary b && b.fn() == Elementwise.BinaryFn.ADD) {
            Node add = cs.get(0);
            Value other = add.inputs().get(0).name().equals(r.name()) ? add.inputs().get(1) : add.inputs().get(0);
            Tensor bias = constant(other, producer);
            if (bias != null && !other.name().equals(r.name()) && bias.dtype() == w.type() && alongN(bias.shape(), w.n())
                    && add.output().type().equals(r.type()) && !outputs.contains(add.output().name())) {
                return new Member(n, w, add, bias.reshape(Shape.of(w.n())));
            }
        }
        return new Member(n, w, null, null);
    }

    /**
     * {@code v} as a weight that can merge, or null: a float constant {@code [K, N]}, or a {@link Dequantize} of constants
     * to one whose scales (and zero points) have a column per column of N and whose int4 pairs, if any, run along K.
     */
    private static Weight weight(Value v, Map<String, Node> producer) {
        Node p = producer.get(v.name());
        if (p == null) return null;
        if (p.op() instanceof Op.Constant c) {
            Tensor t = c.value();
            return t.shape().rank() == 2 && t.dtype().isFloat() ? new Weight(t, null, null) : null;
        }
        if (!(p.op() instanceof Dequantize dq) || dq.shape().size() != 2) return null;
        long n = dq.shape().get(1);
        if (dq.bits() == 4 && !(dq.group() > 0 && dq.axis() == 0)) return null;
        List<Tensor> parts = new ArrayList<>();
        for (Value in : p.inputs()) {
            Tensor t = constant(in, producer);
            if (t == null) return null;
            parts.add(t);
        }
        if (dq.bits() == 8 && !parts.get(0).shape().equals(dq.outShape())) return null;
        for (Tensor t : parts.subList(1, parts.size())) if (t.shape().rank() != 2 || t.shape().dim(1) != n) return null;
        return new Weight(null, dq, parts);
    }

    /** Whether a bias of this shape adds one value per column of N: {@code [N]}, or {@code [1, ..., 1, N]}. */
    private static boolean alongN(Shape s, long cols) {
        if (s.rank() == 0 || s.dim(s.rank() - 1) != cols) return false;
        for (int i = 0; i < s.rank() - 1; i++) if (s.dim(i) != 1) return false;
        return true;
    }

    private static Tensor constant(Value v, Map<String, Node> producer) {
        Node p = producer.get(v.name());
        return p != null && p.op() instanceof Op.Constant c ? c.value() : null;
    }

    /** The nodes that replace a group: the merged weight (and bias), the matmul (and add), one slice per member. */
    private static List<Node> merged(List<Member> group, Set<String> names) {
        Member first = group.get(0);
        String base = first.matmul.output().name();
        StringBuilder who = new StringBuilder(first.matmul.name());
        for (int i = 1; i < group.size(); i++) who.append('+').append(group.get(i).matmul.name());
        String name = who.toString();
        List<Tensor> bs = new ArrayList<>();
        for (Member m : group) if (m.bias != null) bs.add(m.bias);
        List<Node> nodes = new ArrayList<>();
        Value wv = mergedWeight(group, base, name, names, nodes);
        Linalg.MatMul mm = new Linalg.MatMul();
        Value a = first.matmul.inputs().get(0);
        Value product = new Value(fresh(base + "_merged", names), mm.inferTypes(List.of(a.type(), wv.type())).get(0));
        nodes.add(new Node(name, mm, List.of(a, wv), List.of(product)));
        Value result = product;
        if (!bs.isEmpty()) {
            Tensor b = concat(bs, 0);
            Value bv = new Value(fresh(base + "_merged_b", names), b.type());
            nodes.add(new Node(name, new Op.Constant(b), List.of(), List.of(bv)));
            result = new Value(fresh(base + "_merged_biased", names), product.type());
            nodes.add(new Node(name, new Elementwise.Binary(Elementwise.BinaryFn.ADD), List.of(product, bv), List.of(result)));
        }
        int rank = result.type().rank();
        long[] dims = result.type().shape().dims();
        long offset = 0;
        for (Member m : group) {
            long cols = m.weight.n();
            List<Long> starts = new ArrayList<>(), ends = new ArrayList<>(), steps = new ArrayList<>();
            for (int i = 0; i < rank; i++) {
                boolean last = i == rank - 1;
                starts.add(last ? offset : 0L);
                ends.add(last ? offset + cols : dims[i]);
                steps.add(1L);
            }
            Node original = m.add != null ? m.add : m.matmul;
            nodes.add(new Node(original.name(), new Movement.Slice(starts, ends, steps), List.of(result), List.of(m.result())));
            offset += cols;
        }
        return nodes;
    }

    /**
     * Adds to {@code nodes} the weights of {@code group} side by side along N: one constant, or the integers, scales and
     * zero points each side by side under one dequantisation. Returns the merged weight's value.
     */
    private static Value mergedWeight(List<Member> group, String base, String name, Set<String> names, List<Node> nodes) {
        Weight first = group.get(0).weight;
        if (first.dq == null) {
            Tensor w = concat(group.stream().map(m -> m.weight.value).toList(), 1);
            Value wv = new Value(fresh(base + "_merged_w", names), w.type());
            nodes.add(new Node(name, new Op.Constant(w), List.of(), List.of(wv)));
            return wv;
        }
        long n = 0;
        for (Member m : group) n += m.weight.n();
        Dequantize dq = new Dequantize(first.dq.bits(), first.dq.axis(), first.dq.group(), first.dq.to(), List.of(first.k(), n));
        List<Value> inputs = new ArrayList<>();
        for (int i = 0; i < first.parts.size(); i++) {
            int part = i;
            List<Tensor> side = new ArrayList<>();
            for (Member m : group) {
                Tensor t = m.weight.parts.get(part);
                // packed int4 integers: a rank-1 run of the bytes of [ceil(K / 2), N], rows of pairs along K
                side.add(part == 0 && first.dq.bits() == 4 ? t.reshape(m.weight.dq.packedShape()) : t);
            }
            Tensor t = concat(side, 1);
            if (part == 0 && first.dq.bits() == 4) t = t.reshape(Shape.of(t.shape().size()));
            Value v = new Value(fresh(base + "_merged_w" + part, names), t.type());
            nodes.add(new Node(name, new Op.Constant(t), List.of(), List.of(v)));
            inputs.add(v);
        }
        Value wv = new Value(fresh(base + "_merged_w", names), new dev.tcc.ir.TensorType(dq.to(), dq.outShape()));
        nodes.add(new Node(name, dq, inputs, List.of(wv)));
        return wv;
    }

    /** {@code parts} side by side along {@code axis}. */
    private static Tensor concat(List<Tensor> parts, int axis) { return Interpreter.eval(new Movement.Concat(axis), parts).get(0); }

    /** {@code want}, or {@code want} with the first free suffix, recorded as taken. */
    private static String fresh(String want, Set<String> names) {
        String n = want;
        for (int i = 1; names.contains(n); i++) n = want + "_" + i;
        names.add(n);
        return n;
    }
}
