package dev.tcc.passes;

import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Value;
import dev.tcc.ir.text.Printer;

import java.util.stream.Collectors;

/**
 * Textual IR for dumps ({@code --dump-ir}): the one place that chooses the printer. It prints the canonical
 * text of {@link Printer}; {@link #fallback} is a small stand-in kept for graphs the canonical printer
 * cannot print (it never throws).
 */
public final class IrText {
    private IrText() {}

    /** The text of {@code g}, ending with a newline. */
    public static String print(Graph g) {
        try {
            return Printer.print(g);
        } catch (RuntimeException e) { // a dump must never stop a compile
            return "// the canonical printer failed (" + e.getMessage() + "); stand-in text follows\n" + fallback(g);
        }
    }

    /** Stand-in printer: one node per line, attributes as the op record prints them, constants summarised. */
    static String fallback(Graph g) {
        StringBuilder b = new StringBuilder("graph @").append(g.name()).append('(');
        b.append(g.inputs().stream().map(v -> "%" + v.name() + ": " + v.type()).collect(Collectors.joining(", ")));
        b.append(") {\n");
        for (Node n : g.nodes()) {
            b.append("  ").append(n.outputs().stream().map(v -> "%" + v.name()).collect(Collectors.joining(", ")));
            b.append(" = ").append(opText(n.op()));
            b.append('(').append(n.inputs().stream().map(v -> "%" + v.name()).collect(Collectors.joining(", "))).append(')');
            b.append(" : ").append(n.outputs().stream().map(v -> v.type().toString()).collect(Collectors.joining(", ")));
            if (!n.name().isEmpty()) b.append(" @").append(n.name());
            b.append('\n');
        }
        b.append("  return");
        for (int i = 0; i < g.outputs().size(); i++) {
            Value v = g.outputs().get(i);
            b.append(i == 0 ? " " : ", ").append('%').append(v.name());
            if (!v.name().equals(g.outputNames().get(i))) b.append(" as \"").append(g.outputNames().get(i)).append('"');
        }
        return b.append("\n}\n").toString();
    }

    private static String opText(Op op) {
        if (op instanceof Op.Constant c) return "constant<" + c.value() + ">";
        if (op instanceof dev.tcc.ir.Elementwise.Unary || op instanceof dev.tcc.ir.Elementwise.Binary) return op.mnemonic();
        String rec = op.toString(); // Record[a=1, b=2]
        int open = rec.indexOf('[');
        String attrs = open < 0 ? "" : rec.substring(open + 1, rec.length() - 1);
        return attrs.isEmpty() ? op.mnemonic() : op.mnemonic() + "<" + attrs + ">";
    }
}
