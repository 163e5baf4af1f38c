package dev.tcc.passes.prune;

import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code channels:R}: removes the fraction R of the channels of every channel group, shrinking the weights and
 * the tensors between them (and so the kernels). A group is the channels of one producer ({@link ChannelTrace}),
 * joined with others where they meet in an elementwise op: the branches of a residual stream that add into it
 * (and the embedding that starts it), a squeeze-excitation block's scale and the features it scales. Removing the
 * same channels from both operands of an elementwise op is exact on the kept ones. A group is left whole when any
 * of its traces fails, or when a single producer's channels are a graph output (class scores, a final
 * projection: their meaning is the model's interface). A residual stream that is a graph output (a transformer's
 * hidden states) is pruned, and the output keeps its shape: a gather puts the kept channels back in their places
 * and the removed ones read 0. Channels are ranked by the L2 norm of the producers' weights for them, summed over
 * the group's producers; the {@code floor(R * C)} weakest go, fewer where that keeps the count a multiple of 4
 * ({@link #kept}). With {@code residual} false ({@code channels:R:inner}) residual streams and graph outputs stay
 * whole, and only the channels inside blocks go.
 */
final class ChannelPruning {
    private ChannelPruning() {}

    static Pruning.Result apply(Graph g, double ratio, boolean residual) {
        List<ChannelTrace> traces = ChannelTrace.all(g);
        int[] parent = IntStream.range(0, traces.size()).toArray();
        resolveMeets(traces, parent, residual);
        Map<Integer, List<ChannelTrace>> groups = new LinkedHashMap<>();
        for (int i = 0; i < traces.size(); i++) groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(traces.get(i));

        Map<Integer, List<Change>> changes = new TreeMap<>();
        Map<String, Expansion> expand = new HashMap<>();
        List<String> details = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        long removed = 0, total = 0;
        int pruned = 0;
        for (List<ChannelTrace> group : groups.values()) {
            String names = group.stream().map(ChannelTrace::producerName).collect(Collectors.joining(", "));
            int c = group.getFirst().channels;
            total += c;
            String failure = group.stream().map(t -> t.failure).filter(f -> f != null).findFirst().orElse(null);
            int heads = group.getFirst().heads;
            if (failure == null && group.stream().anyMatch(t -> t.channels != c || t.heads != heads)) {
                failure = "producers differing in channel or head count at " + names;
            }
            Map<String, Integer> outputs = new LinkedHashMap<>();
            for (ChannelTrace t : group) outputs.putAll(t.outputs);
            if (failure == null && !outputs.isEmpty() && (group.size() == 1 || !residual)) {
                failure = (residual ? "graph output of a single producer (class scores or a final projection)" : "graph output")
                        + " at " + outputs.keySet().iterator().next();
            }
            int drop = heads * (c / heads - kept(c / heads, ratio));
            if (failure != null || drop == 0 || drop >= c) {
                String why = failure != null ? failure : "too few channels to remove " + ratio + " of them at " + names;
                details.add(String.format(Locale.ROOT, "kept   %4d channels of %s: %s", c, names, why));
                skipped.merge(kind(why), 1, Integer::sum);
                continue;
            }
            int[] keep = strongest(group, heads, (c - drop) / heads);
            Set<ChannelTrace.Edit> edits = new HashSet<>();
            for (ChannelTrace t : group) edits.addAll(t.edits);
            for (ChannelTrace.Edit e : edits) changes.computeIfAbsent(e.node(), n -> new ArrayList<>()).add(new Change(e, keep, heads));
            outputs.forEach((name, axis) -> expand.put(name, new Expansion(axis, keep, c)));
            String alike = heads > 1 ? " (" + heads + " heads alike)" : "";
            Set<String> norms = new TreeSet<>();
            for (ChannelTrace t : group) norms.addAll(t.normalised);
            String notes = (norms.isEmpty() ? "" : "; " + norms.size() + " normalisations now over the kept channels")
                    + (outputs.isEmpty() ? "" : "; graph output " + String.join(", ", outputs.keySet()) + " keeps its shape, the removed channels read 0");
            details.add(String.format(Locale.ROOT, "pruned %4d of %4d channels of %s%s%s", drop, c, names, alike, notes));
            removed += drop;
            pruned++;
        }
        String summary = String.format(Locale.ROOT, "channels pruning: %d of %d channel groups pruned, %d of %d channels removed; "
                + "%d groups left whole (%s)", pruned, groups.size(), removed, total, groups.size() - pruned,
                skipped.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
        Graph out = rewrite(g, changes, expand);
        return new Pruning.Result(out, 0, summary, details);
    }

    /**
     * How many of {@code c} channels (per head) stay: {@code c - floor(ratio * c)}, rounded up to a multiple of 4 when
     * {@code c >= 8}, so that kernels keep loading whole 4-vectors along them (a scalar tail costs more than it saves).
     */
    private static int kept(int c, double ratio) {
        int keep = c - (int) Math.floor(ratio * c);
        return c >= 8 ? Math.min(c, (keep + 3) / 4 * 4) : keep;
    }

    /** An edit with the channels its group keeps, and the heads they are split into. */
    private record Change(ChannelTrace.Edit edit, int[] keep, int heads) {}

    /** A graph output whose {@code channels} channels on {@code axis} were pruned to {@code keep}: it gets them back. */
    private record Expansion(int axis, int[] keep, int channels) {}

    /** The kind of reason a group was left whole, for the summary: the reason without its place. */
    private static String kind(String why) { return why.substring(0, why.lastIndexOf(" at ")); }

    /**
     * Joins the groups whose channels meet; fails traces whose channels meet a value no producer's channels reach, and
     * without {@code residual}, those that meet another group's in a residual connection (any op but a gate).
     */
    private static void resolveMeets(List<ChannelTrace> traces, int[] parent, boolean residual) {
        for (int i = 0; i < traces.size(); i++) {
            for (ChannelTrace.Meet m : traces.get(i).meets) {
                List<Integer> carriers = new ArrayList<>();
                for (int q = 0; q < traces.size(); q++) {
                    if (traces.get(q).carried.getOrDefault(m.other().name(), -1) == m.axis()) carriers.add(q);
                }
                if (carriers.isEmpty()) {
                    traces.get(i).failure = orElse(traces.get(i).failure, "meeting a value computed elsewhere at " + m.other().name());
                }
                for (int q : carriers) {
                    if (m.gates() || residual) parent[root(parent, q)] = root(parent, i);
                    else if (q != i) {
                        String why = "residual connection (meets another group in an add) at " + m.other().name();
                        traces.get(i).failure = orElse(traces.get(i).failure, why);
                        traces.get(q).failure = orElse(traces.get(q).failure, why);
                    }
                }
            }
        }
    }

    private static String orElse(String a, String b) { return a != null ? a : b; }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    /** The {@code n} channels of each head with the largest summed weight norms, in ascending order. */
    private static int[] strongest(List<ChannelTrace> group, int heads, int n) {
        int c = group.getFirst().channels;
        double[] score = new double[c];
        for (ChannelTrace t : group) {
            Tensor w = t.weight();
            for (int ch = 0; ch < c; ch++) {
                Tensor s = Weights.take(w, t.weightAxis, new int[] {ch});
                double sq = 0;
                for (int i = 0; i < s.size(); i++) sq += s.getDouble(i) * s.getDouble(i);
                score[ch] += Math.sqrt(sq);
            }
        }
        int d = c / heads;
        return IntStream.range(0, heads).flatMap(h -> IntStream.range(h * d, h * d + d).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i))
                .limit(n).mapToInt(Integer::intValue)).sorted().toArray();
    }

    /**
     * The graph with every change made: sliced constants (new nodes before their users), regrouped convs, reshapes,
     * and pruned graph outputs expanded back to their shape (the pruned value renamed for its users in the graph).
     */
    private static Graph rewrite(Graph g, Map<Integer, List<Change>> changes, Map<String, Expansion> expand) {
        Map<String, Tensor> consts = Weights.constants(g);
        Set<String> names = new HashSet<>();
        for (Node n : g.nodes()) for (Value v : n.outputs()) names.add(v.name());
        Map<String, Value> sliced = new HashMap<>();
        Map<String, Value> renamed = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (int j = 0; j < g.nodes().size(); j++) {
            Node n = g.nodes().get(j);
            List<Change> cs = changes.getOrDefault(j, List.of());
            List<Value> inputs = new ArrayList<>(n.inputs());
            inputs.replaceAll(v -> renamed.getOrDefault(v.name(), v));
            Op op = n.op();
            for (int k = 0; k < inputs.size(); k++) {
                List<Change> slices = new ArrayList<>();
                for (Change c : cs) if (c.edit() instanceof ChannelTrace.Slice s && s.input() == k) slices.add(c);
                if (slices.isEmpty()) continue;
                Value src = inputs.get(k);
                String key = src.name() + slices.stream().map(c -> ((ChannelTrace.Slice) c.edit()).axis() + Arrays.toString(c.keep()))
                        .sorted().collect(Collectors.joining());
                Value v = sliced.get(key);
                if (v == null) {
                    Tensor t = consts.get(src.name());
                    for (Change c : slices) t = Weights.take(t, ((ChannelTrace.Slice) c.edit()).axis(), c.keep());
                    v = new Value(fresh(names, src.name() + "_pruned"), t.type());
                    nodes.add(new Node(n.name() + "/prune", new Op.Constant(t), List.of(), List.of(v)));
                    sliced.put(key, v);
                }
                inputs.set(k, v);
            }
            for (Change c : cs) {
                if (c.edit() instanceof ChannelTrace.Regroup && op instanceof Linalg.Conv conv) {
                    op = new Linalg.Conv(conv.strides(), conv.pads(), conv.dilations(), c.keep().length);
                } else if (c.edit() instanceof ChannelTrace.Reshape r && op instanceof Movement.Reshape shape) {
                    List<Long> dims = new ArrayList<>(shape.shape());
                    dims.set(r.axis(), (long) c.keep().length / (r.perHead() ? c.heads() : 1));
                    op = new Movement.Reshape(dims);
                }
            }
            List<Value> outputs = new ArrayList<>(n.outputs());
            List<Node> expansions = new ArrayList<>();
            for (int o = 0; o < outputs.size(); o++) {
                Value full = outputs.get(o);
                Expansion e = expand.get(full.name());
                if (e == null) continue;
                Value pruned = new Value(fresh(names, full.name() + "_pruned"), full.type());
                outputs.set(o, pruned);
                renamed.put(full.name(), pruned);
                expansions.addAll(expansion(n.name(), pruned, full, e, names));
            }
            nodes.add(new Node(n.name(), op, inputs, outputs));
            nodes.addAll(expansions);
        }
        return g.withNodes(nodes);
    }

    /**
     * The nodes that compute {@code full} from {@code pruned}: a zero channel concatenated after the kept ones, and a
     * gather along the channel axis that takes each kept channel from its place and the zero for each removed one.
     */
    private static List<Node> expansion(String node, Value pruned, Value full, Expansion e, Set<String> names) {
        long[] zeroShape = full.type().shape().dims();
        zeroShape[e.axis()] = 1;
        Tensor zero = Tensor.filled(new TensorType(full.type().dtype(), new Shape(zeroShape)), 0);
        long[] index = new long[e.channels()];
        Arrays.fill(index, e.keep().length);
        for (int i = 0; i < e.keep().length; i++) index[e.keep()[i]] = i;
        Tensor idx = Tensor.vector(DType.I64, index);
        Value z = new Value(fresh(names, full.name() + "_zero"), zero.type());
        Value ix = new Value(fresh(names, full.name() + "_channels"), idx.type());
        Value joined = new Value(fresh(names, full.name() + "_padded"), full.type());
        String at = node + "/unprune";
        return List.of(new Node(at, new Op.Constant(zero), List.of(), List.of(z)),
                new Node(at, new Op.Constant(idx), List.of(), List.of(ix)),
                new Node(at, new Movement.Concat(e.axis()), List.of(pruned, z), List.of(joined)),
                new Node(at, new Movement.Gather(e.axis()), List.of(joined, ix), List.of(full)));
    }

    /** {@code base}, or {@code base} with the first number that makes it a name not yet in {@code names} (then taken). */
    private static String fresh(Set<String> names, String base) {
        String name = base;
        for (int i = 1; !names.add(name); i++) name = base + i;
        return name;
    }
}
