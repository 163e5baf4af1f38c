package dev.tcc.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Graph} node by node, inferring each node's output types and giving every value a
 * unique name. {@link #build} drops nodes whose outputs are not needed by the graph's outputs.
 */
public final class GraphBuilder {
    private final List<Value> inputs = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final Map<String, Integer> counters = new HashMap<>();

    /** Declares a graph input. */
    public Value input(String name, TensorType type) {
        Value v = new Value(unique(name), type);
        inputs.add(v);
        return v;
    }

    /** Adds {@code op} applied to {@code args}; output values are named after {@code hint}. */
    public List<Value> add(String nodeName, Op op, List<Value> args, String... hints) {
        List<TensorType> types = op.inferTypes(args.stream().map(Value::type).toList());
        List<Value> outs = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            String hint = i < hints.length && hints[i] != null && !hints[i].isEmpty() ? hints[i] : op.mnemonic();
            outs.add(new Value(unique(hint), types.get(i)));
        }
        nodes.add(new Node(nodeName, op, args, outs));
        return outs;
    }

    /** Adds a single-output op. */
    public Value add1(String nodeName, Op op, Value... args) {
        List<Value> outs = add(nodeName, op, List.of(args));
        if (outs.size() != 1) throw new IrException(op.mnemonic() + " has " + outs.size() + " outputs");
        return outs.get(0);
    }

    /** Adds a constant node. */
    public Value constant(String nodeName, Tensor t, String hint) {
        return add(nodeName, new Op.Constant(t), List.of(), hint).get(0);
    }

    /** A fresh value name based on {@code hint}. */
    public String unique(String hint) {
        String base = hint == null || hint.isEmpty() ? "v" : hint;
        if (names.add(base)) return base;
        int n = counters.getOrDefault(base, 0);
        String name;
        do {
            n++;
            name = base + "_" + n;
        } while (!names.add(name));
        counters.put(base, n);
        return name;
    }

    /**
     * The graph computing {@code outputs} (named {@code outputNames}), without nodes that do not
     * contribute to them. Inputs that nothing uses are kept only when {@code keepUnusedInputs}.
     */
    public Graph build(String name, List<Value> outputs, List<String> outputNames, boolean keepUnusedInputs) {
        Map<String, Node> producer = new HashMap<>();
        for (Node n : nodes) for (Value v : n.outputs()) producer.put(v.name(), n);
        Set<Node> live = new HashSet<>();
        Set<String> usedValues = new HashSet<>();
        Deque<Value> work = new ArrayDeque<>(outputs);
        while (!work.isEmpty()) {
            Value v = work.pop();
            if (!usedValues.add(v.name())) continue;
            Node n = producer.get(v.name());
            if (n != null && live.add(n)) work.addAll(n.inputs());
        }
        List<Node> kept = nodes.stream().filter(live::contains).toList();
        Map<String, Value> keptInputs = new LinkedHashMap<>();
        for (Value in : inputs) if (keepUnusedInputs || usedValues.contains(in.name())) keptInputs.put(in.name(), in);
        return new Graph(name, List.copyOf(keptInputs.values()), kept, outputs, outputNames);
    }
}
