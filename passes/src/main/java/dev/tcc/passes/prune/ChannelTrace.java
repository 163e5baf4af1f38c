package dev.tcc.passes.prune;

import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The channels of one producer — a matmul with a constant 2-D weight {@code [K, H]} (channels: the last output
 * axis), a group-1 convolution with a constant weight {@code [M, C, k...]} (channels: axis 1) or an embedding
 * lookup, a gather along axis 0 of a constant table {@code [V, H]} (channels: the last output axis) — followed
 * forward to every use, and the edits that removing some of them needs. Channels flow through elementwise ops (a
 * constant operand holding a value per channel is sliced with them), reductions and pools over other axes,
 * transposes, reshapes that keep the channel axis whole, depthwise convolutions (which shrink with them) and
 * layer or RMS normalisations (whose scale and bias are sliced; over the channels, they then normalise over the
 * kept ones: {@link #normalised}); they end in the reduction axis of a matmul or group-1 convolution with a
 * constant weight, whose rows are sliced. Where channels meet another value (not constant, not broadcast along
 * them) the meeting is recorded for {@link ChannelPruning} to resolve, and graph outputs reached are recorded in
 * {@link #outputs}; anything else — a reshape that splits or merges the channel axis otherwise, an op that mixes
 * channels — makes the trace {@link #failure fail}.
 *
 * <p>Attention heads: a reshape may split the channels into {@code [H, D]} (heads, then head dims; {@link #heads}),
 * each head then keeps the same number of its dims. Split channels may only be transposed, reshaped with the head
 * dims whole, merged back into one axis, or enter an attention op: Q's and K's head dims are contracted there (a
 * meeting that joins their groups: both keep the same dims), V's head dims come out in the attention's output.
 */
final class ChannelTrace {
    /** A change to make when channels are pruned: on node {@code node} (index in the graph). */
    sealed interface Edit { int node(); }

    /** Slice the constant input {@code input} along {@code axis}. */
    record Slice(int node, int input, int axis) implements Edit {}

    /** A depthwise convolution's group becomes the kept channel count. */
    record Regroup(int node) implements Edit {}

    /** A reshape's target dimension {@code axis} becomes the kept channel count (per head, when {@code perHead}). */
    record Reshape(int node, int axis, boolean perHead) implements Edit {}

    /**
     * Channels meeting {@code other} (channels on {@code axis}) at node {@code node}, so that the two must keep the same
     * channels: in an elementwise op (a residual add, a multiply gating one by the other), or Q and K contracted in
     * attention; {@code gates} for a multiply or the attention, not a residual connection.
     */
    record Meet(int node, Value other, int axis, boolean gates) {}

    final int producer;
    final int channels;
    /** The producer's input holding its weights, and the axis of that weight along which the channels lie. */
    final int weightInput, weightAxis;
    final Set<Edit> edits = new LinkedHashSet<>();
    final Map<String, Integer> carried = new LinkedHashMap<>();
    /** The head axis of values whose channels are split into heads (-1 where it is no longer known). */
    private final Map<String, Integer> headAxis = new HashMap<>();
    /** How many heads a reshape split the channels into; 1 when unsplit. */
    int heads = 1;
    final List<Meet> meets = new ArrayList<>();
    /** Why the channels cannot be pruned: {@code "<kind> at <node or value>"}; null while they can. */
    String failure;
    /** The graph outputs that carry the channels, with their channel axis. */
    final Map<String, Integer> outputs = new LinkedHashMap<>();
    /** The normalisations over the channels the trace passes (by node name): pruned, they normalise over fewer. */
    final Set<String> normalised = new LinkedHashSet<>();

    private final Graph g;
    private final Map<String, Tensor> consts;
    private final Map<String, List<int[]>> uses;
    private final Set<String> graphOutputs;
    private final Deque<Value> work = new ArrayDeque<>();

    private ChannelTrace(Graph g, Map<String, Tensor> consts, Map<String, List<int[]>> uses, int producer, int channels,
            int weightInput, int weightAxis) {
        this.g = g;
        this.consts = consts;
        this.uses = uses;
        this.graphOutputs = new HashSet<>(g.outputs().stream().map(Value::name).toList());
        this.producer = producer;
        this.channels = channels;
        this.weightInput = weightInput;
        this.weightAxis = weightAxis;
        edits.add(new Slice(producer, weightInput, weightAxis));
    }

    /** The trace of every producer of {@code g}, in graph order. */
    static List<ChannelTrace> all(Graph g) {
        Map<String, Tensor> consts = Weights.constants(g);
        Map<String, List<int[]>> uses = new HashMap<>();
        for (int j = 0; j < g.nodes().size(); j++) {
            List<Value> in = g.nodes().get(j).inputs();
            for (int k = 0; k < in.size(); k++) uses.computeIfAbsent(in.get(k).name(), x -> new ArrayList<>()).add(new int[] {j, k});
        }
        List<ChannelTrace> traces = new ArrayList<>();
        for (int i = 0; i < g.nodes().size(); i++) {
            ChannelTrace t = producer(g, consts, uses, i);
            if (t != null) traces.add(t.follow());
        }
        return traces;
    }

    private static ChannelTrace producer(Graph g, Map<String, Tensor> consts, Map<String, List<int[]>> uses, int i) {
        Node n = g.nodes().get(i);
        if (n.op() instanceof Movement.Gather(int axis) && axis == 0) {
            Tensor table = consts.get(n.inputs().get(0).name());
            if (table == null || !table.isFloat() || table.shape().rank() != 2 || consts.containsKey(n.inputs().get(1).name())) return null;
            return new ChannelTrace(g, consts, uses, i, (int) table.shape().dim(1), 0, 1).carry(n.output(), n.output().type().rank() - 1, null);
        }
        Tensor w = n.inputs().size() > 1 ? consts.get(n.inputs().get(1).name()) : null;
        if (w == null || !w.isFloat()) return null;
        if (n.op() instanceof Linalg.MatMul && w.shape().rank() == 2) {
            return new ChannelTrace(g, consts, uses, i, (int) w.shape().dim(1), 1, 1).carry(n.output(), n.output().type().rank() - 1, null);
        }
        if (n.op() instanceof Linalg.Conv c && c.group() == 1) {
            ChannelTrace t = new ChannelTrace(g, consts, uses, i, (int) w.shape().dim(0), 1, 0);
            if (n.inputs().size() > 2) t.sliceConstant(i, 2, 0);
            return t.carry(n.output(), 1, null);
        }
        return null;
    }

    /** The producer's weight: channel {@code c}'s weights are its slice along {@link #weightAxis}. */
    Tensor weight() { return consts.get(g.nodes().get(producer).inputs().get(weightInput).name()); }

    String producerName() { return g.nodes().get(producer).name(); }

    private ChannelTrace follow() {
        while (!work.isEmpty() && failure == null) {
            Value v = work.poll();
            for (int[] use : uses.getOrDefault(v.name(), List.of())) {
                consume(v, carried.get(v.name()), use[0], use[1]);
                if (failure != null) break;
            }
        }
        return this;
    }

    /** {@code v} carries the channels on {@code axis}; {@code head} is its head axis when they are split, else null. */
    private ChannelTrace carry(Value v, int axis, Integer head) {
        if (graphOutputs.contains(v.name())) {
            if (head != null) return fail("graph output with the channels split into heads", v.name());
            outputs.putIfAbsent(v.name(), axis);
        }
        if (head != null) headAxis.put(v.name(), head);
        if (carried.putIfAbsent(v.name(), axis) == null) work.add(v);
        return this;
    }

    /** Fails the trace, saying why ({@code kind}, also counted in the summary) and at which node or value. */
    private ChannelTrace fail(String kind, String at) {
        if (failure == null) failure = kind + " at " + at;
        return this;
    }

    private void sliceConstant(int node, int input, int axis) {
        if (consts.containsKey(g.nodes().get(node).inputs().get(input).name())) edits.add(new Slice(node, input, axis));
        else fail("per-channel operand computed at run time", where(node));
    }

    private String where(int node) { return g.nodes().get(node).name() + " (" + g.nodes().get(node).op().mnemonic() + ")"; }

    /** Node {@code j} uses {@code v}, whose channels are on {@code axis}, as input {@code k}. */
    private void consume(Value v, int axis, int j, int k) {
        Node n = g.nodes().get(j);
        Integer head = headAxis.get(v.name());
        if (head != null) {
            split(v, axis, head, j, k);
            return;
        }
        switch (n.op()) {
            case Elementwise.Unary _ -> carry(n.output(), axis, null);
            case Elementwise.Cast _ -> carry(n.output(), axis, null);
            case Elementwise.Binary b -> elementwise(v, axis, j, b.fn() == Elementwise.BinaryFn.MUL);
            case Elementwise.Select _ -> elementwise(v, axis, j, false);
            case Linalg.Conv c -> conv(c, axis, j, k);
            case Linalg.MatMul _ -> {
                Tensor w = consts.get(n.inputs().get(1).name());
                if (k == 0 && axis == v.type().rank() - 1 && w != null && w.shape().rank() == 2) edits.add(new Slice(j, 1, 0));
                else fail("matmul without a constant weight", where(j));
            }
            case Reduction.Reduce r -> {
                if (r.axes().contains(axis)) fail("reduction over the channels", where(j));
                else carry(n.output(), r.keepDims() ? axis : axis - (int) r.axes().stream().filter(a -> a < axis).count(), null);
            }
            case Linalg.Pool _ -> {
                if (axis == 1) carry(n.output(), 1, null);
                else fail("pooling over the channels", where(j));
            }
            case Movement.Transpose t -> carry(n.output(), t.perm().indexOf(axis), null);
            case Movement.Reshape _ -> reshape(v, axis, j);
            case Structured.LayerNorm ln when !ln.statsOutputs() -> norm(v, axis, ln.axis(), j, k);
            case Structured.RmsNorm rms -> norm(v, axis, rms.axis(), j, k);
            default -> fail(n.op().mnemonic() + " uses the channels", where(j));
        }
    }

    private void elementwise(Value v, int axis, int j, boolean gates) {
        Node n = g.nodes().get(j);
        int rank = n.output().type().rank();
        int outAxis = axis + rank - v.type().rank();
        for (int o = 0; o < n.inputs().size(); o++) {
            Value other = n.inputs().get(o);
            int a = outAxis - (rank - other.type().rank());
            if (other.name().equals(v.name()) || a < 0 || other.type().shape().dim(a) == 1) continue;
            if (consts.containsKey(other.name())) edits.add(new Slice(j, o, a));
            else meets.add(new Meet(j, other, a, gates));
        }
        carry(n.output(), outAxis, null);
    }

    /**
     * A normalisation over axes {@code [from, rank)} of its input 0: its per-channel scale and bias are sliced with the
     * channels; over the channels, the pruned op normalises over the kept ones only (recorded in {@link #normalised}).
     */
    private void norm(Value v, int axis, int from, int j, int k) {
        Node n = g.nodes().get(j);
        if (k != 0) {
            fail("channels as a normalisation's scale or bias", where(j));
            return;
        }
        int rank = v.type().rank();
        for (int o = 1; o < n.inputs().size(); o++) {
            Value other = n.inputs().get(o);
            int a = axis - (rank - other.type().rank());
            if (a < 0 || other.type().shape().dim(a) == 1) continue;
            if (consts.containsKey(other.name())) edits.add(new Slice(j, o, a));
            else fail("per-channel operand computed at run time", where(j));
        }
        if (axis >= from) normalised.add(n.name());
        carry(n.output(), axis, null);
    }

    private void conv(Linalg.Conv c, int axis, int j, int k) {
        Node n = g.nodes().get(j);
        Tensor w = consts.get(n.inputs().get(1).name());
        if (k != 0 || axis != 1 || w == null) {
            fail("conv without a constant weight", where(j));
        } else if (c.group() == 1) {
            edits.add(new Slice(j, 1, 1));
        } else if (c.group() == channels && w.shape().dim(0) == channels && w.shape().dim(1) == 1) {
            edits.add(new Slice(j, 1, 0));
            edits.add(new Regroup(j));
            if (n.inputs().size() > 2) sliceConstant(j, 2, 0);
            carry(n.output(), 1, null);
        } else {
            fail("grouped conv mixing the channels", where(j));
        }
    }

    /**
     * A reshape keeps the channels when the dims before and after them keep their products, or splits them into
     * heads: {@code [.., C, ..]} to {@code [.., H, C/H, ..]}.
     */
    private void reshape(Value v, int axis, int j) {
        Node n = g.nodes().get(j);
        long[] in = v.type().shape().dims(), out = n.output().type().shape().dims();
        int b = keptAxis(in, axis, out);
        if (b >= 0) {
            edits.add(new Reshape(j, b, false));
            carry(n.output(), b, null);
            return;
        }
        long before = product(in, 0, axis), after = product(in, axis + 1, in.length);
        for (b = 0; b + 1 < out.length; b++) {
            if (out[b] * out[b + 1] == in[axis] && out[b] > 1 && product(out, 0, b) == before && product(out, b + 2, out.length) == after
                    && (heads == 1 || heads == out[b])) {
                heads = (int) out[b];
                edits.add(new Reshape(j, b + 1, true));
                carry(n.output(), b + 1, b);
                return;
            }
        }
        fail("reshape splitting or merging the channels", where(j));
    }

    /** The axis of {@code out} that holds input axis {@code axis} whole (same products before and after), or -1. */
    private static int keptAxis(long[] in, int axis, long[] out) {
        long before = product(in, 0, axis), after = product(in, axis + 1, in.length);
        for (int b = 0; b < out.length; b++) {
            if (out[b] == in[axis] && product(out, 0, b) == before && product(out, b + 1, out.length) == after) return b;
        }
        return -1;
    }

    /** Node {@code j} uses {@code v}, whose channels are split into heads on {@code head} and head dims on {@code axis}. */
    private void split(Value v, int axis, int head, int j, int k) {
        Node n = g.nodes().get(j);
        switch (n.op()) {
            case Movement.Transpose t -> carry(n.output(), t.perm().indexOf(axis), head < 0 ? -1 : t.perm().indexOf(head));
            case Movement.Reshape r -> {
                long[] in = v.type().shape().dims(), out = n.output().type().shape().dims();
                int b = keptAxis(in, axis, out);
                if (b >= 0) {
                    edits.add(new Reshape(j, b, true));
                    carry(n.output(), b, -1);
                    return;
                }
                for (b = 0; head == axis - 1 && b < out.length; b++) {
                    if (out[b] == in[head] * in[axis] && product(out, 0, b) == product(in, 0, head)
                            && product(out, b + 1, out.length) == product(in, axis + 1, in.length)) {
                        edits.add(new Reshape(j, b, false));
                        carry(n.output(), b, null);
                        return;
                    }
                }
                fail("reshape of the heads", where(j));
            }
            case Structured.Attention _ -> {
                boolean sameHeads = n.inputs().get(0).type().shape().dim(1) == n.inputs().get(1).type().shape().dim(1);
                if (axis != 3 || k > 2 || !sameHeads) fail("attention input other than Q, K or V head dims", where(j));
                else if (k == 2) carry(n.outputs().get(0), 3, 1);
                else meets.add(new Meet(j, n.inputs().get(1 - k), 3, true));
            }
            default -> fail(n.op().mnemonic() + " uses channels split into heads", where(j));
        }
    }

    private static long product(long[] d, int from, int to) {
        long p = 1;
        for (int i = from; i < to; i++) p *= d[i];
        return p;
    }
}
