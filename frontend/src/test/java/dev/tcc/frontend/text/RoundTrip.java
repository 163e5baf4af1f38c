package dev.tcc.frontend.text;

import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Value;
import dev.tcc.ir.text.Printer;

import java.util.List;
import java.util.Objects;

/**
 * Checks that a graph survives its text form, for tests anywhere (importer, passes): print, parse, compare
 * structurally, print again and compare the text. A failure says what differs first.
 */
public final class RoundTrip {
    private RoundTrip() {}

    /**
     * Prints {@code g}, parses the text and checks the result equals {@code g} and prints the same text.
     *
     * @return the parsed graph
     * @throws AssertionError naming the first difference, or the parse error with the lines around it
     */
    public static Graph check(Graph g) {
        String text = Printer.print(g);
        Graph back;
        try {
            back = IrParser.parseGraph(text);
        } catch (IrSyntaxException e) {
            throw new AssertionError("the text of graph " + g.name() + " does not parse: " + e.getMessage() + "\n" + excerpt(text, e.line()), e);
        }
        String difference = firstDifference(g, back);
        if (difference != null) {
            throw new AssertionError("graph " + g.name() + " changes when printed and parsed back: " + difference);
        }
        String again = Printer.print(back);
        if (!again.equals(text)) {
            throw new AssertionError("graph " + g.name() + " prints differently after parsing: " + firstLineDifference(text, again));
        }
        return back;
    }

    /** The first structural difference between two graphs, or null when they are equal. */
    static String firstDifference(Graph a, Graph b) {
        if (a.equals(b)) return null;
        if (!a.name().equals(b.name())) return "name " + a.name() + " became " + b.name();
        String d = listDifference("input", a.inputs(), b.inputs());
        if (d != null) return d;
        for (int i = 0; i < Math.min(a.nodes().size(), b.nodes().size()); i++) {
            Node x = a.nodes().get(i), y = b.nodes().get(i);
            if (x.equals(y)) continue;
            String where = "node " + i + " (" + x.op().mnemonic() + " @" + x.name() + "): ";
            if (!x.name().equals(y.name())) return where + "name '" + x.name() + "' became '" + y.name() + "'";
            if (!x.op().equals(y.op())) return where + "op " + x.op() + " became " + y.op();
            d = listDifference("input", x.inputs(), y.inputs());
            if (d != null) return where + d;
            d = listDifference("output", x.outputs(), y.outputs());
            if (d != null) return where + d;
            return where + x + " became " + y;
        }
        if (a.nodes().size() != b.nodes().size()) return a.nodes().size() + " nodes became " + b.nodes().size();
        d = listDifference("output", a.outputs(), b.outputs());
        if (d != null) return d;
        return "output names " + a.outputNames() + " became " + b.outputNames();
    }

    private static String listDifference(String what, List<Value> a, List<Value> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!Objects.equals(a.get(i), b.get(i))) {
                return what + " " + i + " " + a.get(i) + " became " + b.get(i)
                        + " (a value used with another type than its definition's, or two values of one name?)";
            }
        }
        return a.size() == b.size() ? null : a.size() + " " + what + "s became " + b.size();
    }

    private static String firstLineDifference(String a, String b) {
        String[] x = a.split("\n", -1), y = b.split("\n", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) return "line " + (i + 1) + ":\n  first:  " + x[i] + "\n  second: " + y[i];
        }
        return "the texts have " + x.length + " and " + y.length + " lines";
    }

    private static String excerpt(String text, int line) {
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(1, line - 2); i <= Math.min(lines.length, line + 2); i++) {
            String l = lines[i - 1];
            b.append(i == line ? ">" : " ").append(String.format("%5d | ", i)).append(l.length() > 200 ? l.substring(0, 200) + "..." : l).append('\n');
        }
        return b.toString();
    }
}
