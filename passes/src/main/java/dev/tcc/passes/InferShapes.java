package dev.tcc.passes;

import dev.tcc.ir.Graph;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Node;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code infer-shapes}: recomputes every node's output types from its input types with
 * {@code Op.inferTypes}, in graph order. The graph IR is statically shaped, so every type is known; this
 * pass makes sure the recorded types are the inferred ones. A value recorded with another type takes the
 * inferred type, and so do its uses. It is an error when an op rejects its inputs, when a node has the
 * wrong number of outputs, or when a graph output's type would change (that would change the compiled
 * model's interface). Returns its input when nothing changes.
 */
public record InferShapes() implements Pass {
    @Override public String name() { return "infer-shapes"; }

    @Override public String description() { return "recompute every node's output types; fail on ops that reject their inputs"; }

    @Override public Graph apply(Graph g) {
        Map<String, Value> current = new HashMap<>();
        for (Value in : g.inputs()) current.put(in.name(), in);
        List<Node> nodes = new ArrayList<>(g.nodes().size());
        boolean changed = false;
        for (Node n : g.nodes()) {
            List<Value> args = n.inputs().stream().map(v -> current.getOrDefault(v.name(), v)).toList();
            List<TensorType> types;
            try {
                types = n.op().inferTypes(args.stream().map(Value::type).toList());
            } catch (IrException | IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
                throw new IrException("infer-shapes: node '" + n.name() + "' (" + n.op().mnemonic() + "): " + e.getMessage(), e);
            }
            if (types.size() != n.outputs().size()) {
                throw new IrException("infer-shapes: node '" + n.name() + "' (" + n.op().mnemonic() + ") has " + n.outputs().size()
                        + " outputs but its op gives " + types.size());
            }
            List<Value> outs = new ArrayList<>(types.size());
            for (int i = 0; i < types.size(); i++) {
                Value o = n.outputs().get(i);
                Value typed = o.type().equals(types.get(i)) ? o : new Value(o.name(), types.get(i));
                current.put(o.name(), typed);
                outs.add(typed);
            }
            if (!args.equals(n.inputs()) || !outs.equals(n.outputs())) changed = true;
            nodes.add(new Node(n.name(), n.op(), args, outs));
        }
        List<Value> outputs = new ArrayList<>();
        for (int i = 0; i < g.outputs().size(); i++) {
            Value o = g.outputs().get(i);
            Value typed = current.getOrDefault(o.name(), o);
            if (!typed.type().equals(o.type())) {
                throw new IrException("infer-shapes: graph output '" + g.outputNames().get(i) + "' is declared " + o.type()
                        + " but its value is " + typed.type());
            }
            outputs.add(typed);
        }
        return changed ? new Graph(g.name(), g.inputs(), nodes, outputs, g.outputNames()) : g;
    }
}
