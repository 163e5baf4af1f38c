package dev.tcc.passes;

import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Graph;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code fold-constants}: a node whose inputs are all {@link Op.Constant} nodes is evaluated with the
 * reference interpreter and replaced by one constant node per output (same value names, same node name).
 * Nodes are visited in graph order, so whole constant subgraphs fold in one sweep; this is what removes
 * the shape-computing chains exporters emit (Shape → Gather → Concat → Reshape) once the importer has
 * turned {@code Shape} into a constant.
 *
 * <p>A node is folded only when its results are small or no larger than its inputs: at most
 * {@code maxElements} elements in all, or at most as many as its inputs hold. This keeps weights from
 * growing (an Expand of a scalar to a large tensor stays a node) while still folding weight transposes,
 * casts and reshapes. A {@link Dequantize} is never folded: it is what keeps a quantised weight small, expanded
 * only inside the kernels that read it. A node the interpreter cannot evaluate (an op it does not implement yet, or one that
 * fails on these inputs) is left alone, so the error surfaces where the graph is run.
 *
 * @param maxElements largest result, in elements summed over outputs, folded regardless of input size
 */
public record FoldConstants(long maxElements) implements Pass {
    /** Default {@link #maxElements}: 64 Ki elements. */
    public static final long DEFAULT_MAX_ELEMENTS = 1 << 16;

    public FoldConstants() { this(DEFAULT_MAX_ELEMENTS); }

    @Override public String name() { return "fold-constants"; }

    @Override public String description() {
        return "evaluate nodes whose inputs are all constants and replace them by constants (results up to "
                + maxElements + " elements or no larger than their inputs)";
    }

    @Override public Graph apply(Graph g) {
        Map<String, Tensor> known = new HashMap<>();
        List<Node> out = new ArrayList<>(g.nodes().size());
        boolean changed = false;
        for (Node n : g.nodes()) {
            if (n.op() instanceof Op.Constant c) {
                known.put(n.output().name(), c.value());
                out.add(n);
                continue;
            }
            List<Tensor> results = tryFold(n, known);
            if (results == null) {
                out.add(n);
                continue;
            }
            for (int i = 0; i < results.size(); i++) {
                Value v = n.outputs().get(i);
                known.put(v.name(), results.get(i));
                out.add(new Node(n.name(), new Op.Constant(results.get(i)), List.of(), List.of(v)));
            }
            changed = true;
        }
        return changed ? g.withNodes(out) : g;
    }

    /** The node's results when it can and should be folded, else null. */
    private List<Tensor> tryFold(Node n, Map<String, Tensor> known) {
        if (n.op() instanceof Dequantize) return null;
        List<Tensor> args = new ArrayList<>(n.inputs().size());
        long inElements = 0;
        for (Value v : n.inputs()) {
            Tensor t = known.get(v.name());
            if (t == null) return null;
            args.add(t);
            inElements += t.size();
        }
        long outElements = 0;
        for (Value v : n.outputs()) outElements += v.type().size();
        if (outElements > Math.max(maxElements, inElements)) return null;
        List<Tensor> results;
        try {
            results = Interpreter.eval(n.op(), args);
        } catch (IrException | ArithmeticException | IndexOutOfBoundsException | IllegalArgumentException | UnsupportedOperationException e) {
            return null;
        }
        if (results.size() != n.outputs().size()) return null;
        for (int i = 0; i < results.size(); i++) {
            if (!results.get(i).type().equals(n.outputs().get(i).type())) {
                throw new IrException("fold-constants: node '" + n.name() + "' (" + n.op().mnemonic() + ") is typed "
                        + n.outputs().get(i).type() + " but evaluates to " + results.get(i).type());
            }
        }
        return results;
    }
}
