package dev.tcc.passes.fusion;

import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Value;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Un-materialises elementwise values (and anchor results) read several times inside one kernel: {@code x}
 * in {@code x * sigmoid(x)}. The first planning step gives every elementwise value with two consumers a buffer;
 * when both consumers end up computed by the same kernel, the value can be computed there instead (the
 * kernel's memo computes it once per element). When the value ends an anchor's epilogue chain, the
 * anchor's kernel grows to include the consumers, provided every path from the value to that kernel's
 * output is same-shape elementwise, so the anchor's result is read at the one index it is computed for.
 */
final class SharedValues {
    private final Graph g;
    private final Map<String, Node> producer;
    private final Map<String, List<Node>> consumers;
    private final Set<String> outputs;
    private final Set<String> materialised;
    private final Map<String, Node> anchorOf;
    private final Map<String, String> kernelMemo = new HashMap<>();

    SharedValues(Graph g, Map<String, Node> producer, Map<String, List<Node>> consumers, Set<String> outputs,
                 Set<String> materialised, Map<String, Node> anchorOf) {
        this.g = g;
        this.producer = producer;
        this.consumers = consumers;
        this.outputs = outputs;
        this.materialised = materialised;
        this.anchorOf = anchorOf;
    }

    /** Merges until nothing changes. */
    void run() {
        boolean changed = true;
        while (changed) {
            changed = false;
            List<Node> nodes = g.nodes();
            for (int i = nodes.size() - 1; i >= 0; i--) {
                Node n = nodes.get(i);
                boolean anchor = !Fusion.isIndexable(n.op()) && !(n.op() instanceof dev.tcc.ir.Op.Constant) && Fusion.takesEpilogue(n.op());
                if (!(n.op() instanceof Elementwise || anchor) || n.outputs().size() != 1) continue;
                Value v = n.output();
                List<Node> cs = consumers.getOrDefault(v.name(), List.of());
                if (!materialised.contains(v.name()) || outputs.contains(v.name()) || cs.size() < 2) continue;
                if (tryMerge(v, cs)) {
                    changed = true;
                    kernelMemo.clear();
                }
            }
        }
    }

    private boolean tryMerge(Value v, List<Node> cs) {
        String k = null;
        for (Node c : cs) {
            String kc = kernelOf(c);
            if (kc == null || (k != null && !k.equals(kc))) return false;
            k = kc;
        }
        if (k == null || k.equals(v.name()) || k.startsWith("multi:")) return false;
        Node anchor = anchorOf.get(v.name());
        if (anchor == null) {
            materialised.remove(v.name());
            return true;
        }
        if (anchorOf.containsKey(k) || !sameIndexPaths(v, k)) return false;
        materialised.remove(v.name());
        anchorOf.remove(v.name());
        anchorOf.put(k, anchor);
        return true;
    }

    /** Every path from {@code v} to kernel output {@code k} is same-shape elementwise through unbuffered values. */
    private boolean sameIndexPaths(Value v, String k) {
        Deque<Value> work = new ArrayDeque<>(List.of(v));
        Set<String> seen = new HashSet<>();
        while (!work.isEmpty()) {
            Value u = work.pop();
            if (!seen.add(u.name())) continue;
            for (Node c : consumers.getOrDefault(u.name(), List.of())) {
                if (!(c.op() instanceof Elementwise) || !c.output().type().shape().equals(v.type().shape())) return false;
                Value next = c.output();
                if (next.name().equals(k)) continue;
                if (materialised.contains(next.name())) return false;
                work.push(next);
            }
        }
        return true;
    }

    /** The kernel that computes node {@code n}: the name of the value it writes, {@code multi:<node>} for multi-output anchors. */
    private String kernelOf(Node n) {
        if (n.outputs().size() != 1) return Fusion.isIndexable(n.op()) ? null : "multi:" + n.name();
        return kernelOf(n.output());
    }

    private String kernelOf(Value v) {
        String known = kernelMemo.get(v.name());
        if (known != null) return known;
        String k;
        Node p = producer.get(v.name());
        if (materialised.contains(v.name())) {
            k = v.name();
        } else if (p != null && !Fusion.isIndexable(p.op())) {
            k = null;
            for (Map.Entry<String, Node> e : anchorOf.entrySet()) if (e.getValue() == p) k = e.getKey();
        } else {
            k = null;
            for (Node c : consumers.getOrDefault(v.name(), List.of())) {
                String kc = kernelOf(c);
                if (kc == null || (k != null && !k.equals(kc))) return null;
                k = kc;
            }
        }
        if (k != null) kernelMemo.put(v.name(), k);
        return k;
    }
}
