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
 * Checks the invariants every pass must keep (what {@code --verify} runs after each pass):
 * <ul>
 *   <li>every value is defined exactly once (as a graph input or by one node) and before any use;</li>
 *   <li>a use carries the same type as the definition it refers to;</li>
 *   <li>each node's output types equal what its op infers from its input types ({@code Op.inferTypes});</li>
 *   <li>every graph output is defined, with its defined type.</li>
 * </ul>
 */
public final class Verifier {
    private Verifier() {}

    /** Most problems listed in one report; the rest are counted. */
    private static final int MAX_LISTED = 10;

    /** The problems found in {@code g}, in graph order; empty when it is well formed. */
    public static List<String> problems(Graph g) {
        List<String> out = new ArrayList<>();
        Map<String, Value> defined = new HashMap<>();
        for (Value in : g.inputs()) {
            if (defined.put(in.name(), in) != null) out.add("graph input %" + in.name() + " is declared twice");
        }
        for (Node n : g.nodes()) {
            String where = "node '" + n.name() + "' (" + n.op().mnemonic() + ")";
            for (Value use : n.inputs()) {
                Value def = defined.get(use.name());
                if (def == null) out.add(where + ": uses %" + use.name() + " before it is defined (or it is never defined)");
                else if (!def.type().equals(use.type())) {
                    out.add(where + ": uses %" + use.name() + " as " + use.type() + " but it is defined as " + def.type());
                }
            }
            checkTypes(n, where, out);
            for (Value o : n.outputs()) {
                if (defined.put(o.name(), o) != null) out.add(where + ": defines %" + o.name() + ", which is already defined");
            }
        }
        for (int i = 0; i < g.outputs().size(); i++) {
            Value o = g.outputs().get(i);
            Value def = defined.get(o.name());
            String what = "graph output " + i + " ('" + g.outputNames().get(i) + "')";
            if (def == null) out.add(what + ": %" + o.name() + " is not defined");
            else if (!def.type().equals(o.type())) out.add(what + ": %" + o.name() + " is returned as " + o.type() + " but defined as " + def.type());
        }
        return out;
    }

    private static void checkTypes(Node n, String where, List<String> out) {
        List<TensorType> inferred;
        try {
            inferred = n.op().inferTypes(n.inputs().stream().map(Value::type).toList());
        } catch (IrException | IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
            out.add(where + ": its op rejects its inputs: " + e.getMessage());
            return;
        }
        List<TensorType> declared = n.outputs().stream().map(Value::type).toList();
        if (!inferred.equals(declared)) out.add(where + ": outputs are typed " + declared + " but the op infers " + inferred);
    }

    /**
     * Throws when {@code g} is not well formed.
     *
     * @param stage where the graph comes from, for the message (e.g. "after pass 'fold-constants'")
     */
    public static void verify(Graph g, String stage) {
        List<String> p = problems(g);
        if (p.isEmpty()) return;
        StringBuilder b = new StringBuilder("invalid IR " + stage + " in graph '" + g.name() + "': " + p.get(0));
        for (int i = 1; i < Math.min(p.size(), MAX_LISTED); i++) b.append("; ").append(p.get(i));
        if (p.size() > MAX_LISTED) b.append("; and ").append(p.size() - MAX_LISTED).append(" more");
        throw new IrException(b.toString());
    }
}
