package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.ir.DType;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Importers of ONNX control flow. tcc's graph IR has no control flow, so control flow is resolved at
 * import time: an If whose condition is known is replaced by its taken branch; a Loop whose trip count
 * and conditions are known, and a Scan (its length is a static dimension), are unrolled by inlining the
 * body once per iteration, with scan outputs stacked by Concat.
 */
public final class ControlOps {
    private ControlOps() {}

    /** Most iterations a Loop or Scan is unrolled to; longer ones are refused rather than bloating the graph. */
    static final int MAX_UNROLL = 4096;

    public static void register(OpRegistry r) {
        r.register("If", ControlOps::ifOp);
        r.register("Loop", ControlOps::loop);
        r.register("Scan", ControlOps::scan);
    }

    private static GraphProto graph(NodeContext n, String name) {
        GraphProto g = n.attrGraph(name);
        if (g == null) throw n.error("required attribute '" + name + "' is missing");
        return g;
    }

    private static List<Value> ifOp(NodeContext n) {
        boolean cond = n.constantInput(0, "If's condition (tcc inlines the taken branch, so it must be static)").getDouble(0) != 0;
        return n.inlineSubgraph(graph(n, cond ? "then_branch" : "else_branch"));
    }

    private static List<Value> loop(NodeContext n) {
        GraphProto body = graph(n, "body");
        Long trips = n.hasInput(0) ? n.constantInput(0, "Loop's trip count (tcc unrolls loops)").getLong(0) : null;
        boolean cond = !n.hasInput(1) || n.constantInput(1, "Loop's condition (tcc unrolls loops)").getDouble(0) != 0;
        List<Value> carried = new ArrayList<>();
        for (int i = 2; i < n.inputCount(); i++) carried.add(n.input(i));
        int nc = carried.size(), scans = body.getOutputCount() - 1 - nc;
        if (scans < 0) throw n.error("the body has " + body.getOutputCount() + " outputs for " + nc + " loop-carried values");
        List<List<Value>> scanned = new ArrayList<>();
        for (int k = 0; k < scans; k++) scanned.add(new ArrayList<>());
        long i = 0;
        for (; (trips == null || i < trips) && cond; i++) {
            if (i >= MAX_UNROLL) throw n.error("the loop runs more than " + MAX_UNROLL + " iterations; tcc unrolls loops and refuses longer ones");
            n.unrollStep("the loop");
            List<Value> args = new ArrayList<>();
            args.add(n.constant(Tensor.scalar(DType.I64, i)));
            args.add(n.constant(Tensor.scalar(DType.BOOL, cond ? 1 : 0)));
            args.addAll(carried);
            List<Value> outs = n.inlineSubgraph(body, args);
            if (n.hasInput(1) || trips == null) {
                Tensor c = n.constantOf(outs.get(0));
                if (c == null) throw n.error("the loop condition computed by the body is not known at compile time; tcc can only unroll loops with static conditions");
                cond = c.getDouble(0) != 0;
            }
            carried = new ArrayList<>(outs.subList(1, 1 + nc));
            for (int k = 0; k < scans; k++) scanned.get(k).add(outs.get(1 + nc + k));
        }
        List<Value> res = new ArrayList<>(carried);
        for (int k = 0; k < scans; k++) {
            if (scanned.get(k).isEmpty()) throw n.error("the loop runs no iteration, so the shape of scan output " + k + " is unknown");
            res.add(stack(n, scanned.get(k), 0, false));
        }
        return res;
    }

    /** Values of equal type stacked along a new axis {@code axis} (in reverse order when {@code reverse}). */
    private static Value stack(NodeContext n, List<Value> vs, int axis, boolean reverse) {
        List<Value> parts = new ArrayList<>();
        for (Value v : vs) {
            long[] d = v.type().shape().dims(), e = new long[d.length + 1];
            for (int i = 0, k = 0; i < e.length; i++) e[i] = i == axis ? 1 : d[k++];
            parts.add(Moves.reshape(n, v, e));
        }
        if (reverse) java.util.Collections.reverse(parts);
        return parts.size() == 1 ? parts.get(0) : n.emitAll(new Movement.Concat(axis), parts).get(0);
    }

    /** Element {@code t} of {@code x} along {@code axis}, with that axis removed. */
    private static Value pick(NodeContext n, Value x, int axis, long t) {
        Value s = Moves.slice(n, x, axis, t, t + 1, 1);
        long[] d = x.type().shape().dims(), e = new long[d.length - 1];
        for (int i = 0, k = 0; i < d.length; i++) if (i != axis) e[k++] = d[i];
        return Moves.reshape(n, s, e);
    }

    private static List<Long> attrOr(NodeContext n, String name, int count, long dflt) {
        List<Long> l = n.attrInts(name, null);
        if (l == null) {
            l = new ArrayList<>();
            for (int i = 0; i < count; i++) l.add(dflt);
        }
        if (l.size() != count) throw n.error("attribute '" + name + "' has " + l.size() + " entries, expected " + count);
        return l;
    }

    private static List<Long> zeros(int count) { return java.util.Collections.nCopies(count, 0L); }

    private static List<Value> scan(NodeContext n) {
        GraphProto body = graph(n, "body");
        int m = (int) n.requireAttrInt("num_scan_inputs");
        if (n.opset() < 9) return scanBatched(n, body, m);
        List<Value> ins = new ArrayList<>();
        for (int i = 0; i < n.inputCount(); i++) ins.add(n.input(i));
        int states = ins.size() - m;
        return scanOnce(n, body, ins.subList(0, states), ins.subList(states, ins.size()),
                attrOr(n, "scan_input_axes", m, 0), attrOr(n, "scan_input_directions", m, 0),
                attrOr(n, "scan_output_axes", body.getOutputCount() - states, 0), attrOr(n, "scan_output_directions", body.getOutputCount() - states, 0));
    }

    /** One Scan over static-length scan inputs: the body inlined once per step. */
    private static List<Value> scanOnce(NodeContext n, GraphProto body, List<Value> states, List<Value> inputs, List<Long> inAxes,
                                        List<Long> inDirs, List<Long> outAxes, List<Long> outDirs) {
        int m = inputs.size(), k = body.getOutputCount() - states.size();
        int[] axes = new int[m];
        long len = -1;
        for (int j = 0; j < m; j++) {
            Shape s = inputs.get(j).type().shape();
            axes[j] = Moves.axis(n, inAxes.get(j), s.rank());
            if (len >= 0 && s.dim(axes[j]) != len) throw n.error("scan inputs differ in length: " + len + " and " + s.dim(axes[j]));
            len = s.dim(axes[j]);
        }
        if (len <= 0) throw n.error("the scan has no steps, so the shapes of its outputs are unknown");
        if (len > MAX_UNROLL) throw n.error("the scan runs " + len + " steps; tcc unrolls scans and refuses more than " + MAX_UNROLL);
        List<Value> cur = new ArrayList<>(states);
        List<List<Value>> outs = new ArrayList<>();
        for (int j = 0; j < k; j++) outs.add(new ArrayList<>());
        for (long t = 0; t < len; t++) {
            n.unrollStep("the scan");
            List<Value> args = new ArrayList<>(cur);
            for (int j = 0; j < m; j++) args.add(pick(n, inputs.get(j), axes[j], inDirs.get(j) != 0 ? len - 1 - t : t));
            List<Value> res = n.inlineSubgraph(body, args);
            cur = new ArrayList<>(res.subList(0, states.size()));
            for (int j = 0; j < k; j++) outs.get(j).add(res.get(states.size() + j));
        }
        List<Value> result = new ArrayList<>(cur);
        for (int j = 0; j < k; j++) {
            int rank = outs.get(j).get(0).type().rank() + 1;
            result.add(stack(n, outs.get(j), Moves.axis(n, outAxes.get(j), rank), outDirs.get(j) != 0));
        }
        return result;
    }

    /** Scan-8: every input has a leading batch axis and scan inputs have time on axis 1; each batch entry is scanned on its own. */
    private static List<Value> scanBatched(NodeContext n, GraphProto body, int m) {
        List<Value> ins = new ArrayList<>();
        for (int i = 1; i < n.inputCount(); i++) ins.add(n.input(i));
        int states = ins.size() - m, k = body.getOutputCount() - states;
        long batch = ins.get(0).type().shape().dim(0);
        if (n.hasInput(0)) {
            Tensor lens = n.constantInput(0, "Scan's sequence_lens");
            long full = ins.get(states).type().shape().dim(1);
            for (int i = 0; i < lens.size(); i++) {
                if (lens.getLong(i) != full) throw n.error("sequence_lens shorter than the scan inputs are not supported by tcc");
            }
        }
        List<Long> dirs = attrOr(n, "directions", m, 0);
        List<List<Value>> perBatch = new ArrayList<>();
        for (int j = 0; j < states + k; j++) perBatch.add(new ArrayList<>());
        for (long b = 0; b < batch; b++) {
            List<Value> st = new ArrayList<>(), sc = new ArrayList<>();
            for (int j = 0; j < ins.size(); j++) (j < states ? st : sc).add(pick(n, ins.get(j), 0, b));
            List<Value> res = scanOnce(n, body, st, sc, zeros(m), dirs, zeros(k), zeros(k));
            for (int j = 0; j < res.size(); j++) perBatch.get(j).add(res.get(j));
        }
        List<Value> result = new ArrayList<>();
        for (List<Value> l : perBatch) result.add(stack(n, l, 0, false));
        return result;
    }
}
