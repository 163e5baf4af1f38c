package dev.tcc.passes.graph;

import dev.tcc.ir.Graph;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a rule may ask about the graph it matches in: who produces a value, how often it is read, whether
 * it is a constant; and how to make new nodes (types inferred, value names fresh). Built by
 * {@link GraphRewriter} for the graph as it stands before each rewrite.
 */
public final class Match {
    private final Map<String, Node> producer = new HashMap<>();
    private final Map<String, Integer> uses = new HashMap<>();
    private final Set<String> outputs = new HashSet<>();
    private final Set<String> names;

    Match(Graph g, Set<String> names) {
        this.names = names;
        for (Node n : g.nodes()) {
            for (Value v : n.outputs()) producer.put(v.name(), n);
            for (Value v : n.inputs()) uses.merge(v.name(), 1, Integer::sum);
        }
        for (Value v : g.outputs()) {
            outputs.add(v.name());
            uses.merge(v.name(), 1, Integer::sum);
        }
    }

    /** The node defining {@code v}; null for a graph input. */
    public Node producer(Value v) { return producer.get(v.name()); }

    /** The node defining {@code v} when its op is of class {@code op}, else null. */
    public <T extends Op> Node producer(Value v, Class<T> op) {
        Node n = producer(v);
        return n != null && op.isInstance(n.op()) ? n : null;
    }

    /** How many node inputs and graph outputs read {@code v}. */
    public int uses(Value v) { return uses.getOrDefault(v.name(), 0); }

    /** True when {@code v} is read exactly once and is no graph output: a rule may absorb its producer. */
    public boolean single(Value v) { return uses(v) == 1 && !outputs.contains(v.name()); }

    /** The value of {@code v} when a constant node defines it, else null. */
    public Tensor constant(Value v) {
        Node n = producer(v);
        return n != null && n.op() instanceof Op.Constant c ? c.value() : null;
    }

    /**
     * The one number every element of constant {@code v} holds (a scalar or a splat), else null. Floats,
     * integers and bools alike, as a double.
     */
    public Double splat(Value v) {
        Tensor t = constant(v);
        if (t == null || t.size() == 0 || !(t.dtype().isFloat() || t.dtype().isInteger() || t.dtype().isBool())) return null;
        double first = t.getDouble(0);
        for (int i = 1; i < t.size(); i++) if (Double.compare(t.getDouble(i), first) != 0) return null;
        return first;
    }

    /** True when constant {@code v} holds {@code x} in every element. */
    public boolean isSplat(Value v, double x) {
        Double s = splat(v);
        return s != null && Double.compare(s, x) == 0;
    }

    /** A value name not yet used in the graph, based on {@code hint}. */
    public String fresh(String hint) {
        String base = hint.isEmpty() ? "v" : hint;
        if (names.add(base)) return base;
        for (int i = 1; ; i++) if (names.add(base + "_" + i)) return base + "_" + i;
    }

    /**
     * A node builder for one replacement: new nodes are named after the root ({@code root.name()}) and
     * their outputs get fresh names from {@code hint}.
     */
    public Builder build(Node root) { return new Builder(root); }

    /** Collects the nodes of one replacement, in order. */
    public final class Builder {
        private final Node root;
        private final List<Node> nodes = new ArrayList<>();

        private Builder(Node root) { this.root = root; }

        /** Adds {@code op(args)} with fresh output names; its single output. */
        public Value add(String hint, Op op, Value... args) {
            List<Value> outs = addAll(hint, op, List.of(args));
            if (outs.size() != 1) throw new IrException(op.mnemonic() + " has " + outs.size() + " outputs");
            return outs.get(0);
        }

        /** Adds {@code op(args)} with fresh output names; its outputs. */
        public List<Value> addAll(String hint, Op op, List<Value> args) {
            List<Value> outs = new ArrayList<>();
            for (var t : op.inferTypes(args.stream().map(Value::type).toList())) outs.add(new Value(fresh(hint), t));
            nodes.add(new Node(root.name(), op, args, outs));
            return outs;
        }

        /** Adds a constant. */
        public Value constant(String hint, Tensor t) { return add(hint, new Op.Constant(t)); }

        /** Adds {@code op(args)} defining the root's own outputs (their types must not change). */
        public Replacement finish(Op op, Value... args) {
            nodes.add(new Node(root.name(), op, List.of(args), root.outputs()));
            return Replacement.with(nodes);
        }

        /** The nodes so far, with the root's outputs forwarded to {@code values} (parallel to the root's outputs). */
        public Replacement forwarding(Value... values) {
            Map<String, Value> fwd = new HashMap<>();
            for (int i = 0; i < values.length; i++) fwd.put(root.outputs().get(i).name(), values[i]);
            return new Replacement(nodes, fwd);
        }
    }
}
