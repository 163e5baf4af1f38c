package dev.tcc.ir.text;

import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints graph IR in its canonical text form, which {@code dev.tcc.frontend.text.IrParser} reads back:
 * {@code parse(print(g)).equals(g)} for every graph whose values are defined before use and uniquely named,
 * and printing is deterministic, so the text of a graph can be diffed and kept as a golden file.
 *
 * <pre>
 * graph @main(%x: f32[1,3], %"onnx::ids": i64[1,24]) {
 *   %w = constant&lt;value=dense&lt;f32[3]&gt; [1.0, 0.5, -2.0]&gt;() : f32[3] @w
 *   %y = add(%x, %w) : f32[1,3] @Add_3
 *   %z, %mean, %rstd = layer_norm&lt;axis=1, epsilon=1.0E-5, stats_outputs=true, stats_type=f32&gt;(%y, %w) : f32[1,3], f32[1,1], f32[1,1] @ln
 *   return %z as "output", %y
 * }
 * </pre>
 *
 * <h2>Grammar</h2>
 * Whitespace, including newlines, only separates tokens; {@code //} starts a comment to the end of the line.
 * <pre>
 * graph     := 'graph' '@' name '(' [param {',' param}] ')' '{' {node} return '}'
 * param     := '%' name ':' type
 * node      := '%' name {',' '%' name} '=' op '(' ['%' name {',' '%' name}] ')' ':' type {',' type} ['@' name]
 * return    := 'return' [output {',' output}]
 * output    := '%' name ['as' STRING]            -- external name; omitted when equal to the value's name
 * op        := MNEMONIC ['&lt;' [attr {',' attr}] '&gt;']   -- the op's entry in {@code OpTable}
 * attr      := IDENT '=' value                   -- every attribute, in the record's component order
 * value     := INT | FLOAT | STRING | 'true' | 'false' | IDENT | '[' [value {',' value}] ']' | tensor
 * tensor    := 'dense' '&lt;' type '&gt;' ( '[' [scalar {',' scalar}] ']' | 'hex' STRING | 'elided' )
 * type      := DTYPE '[' [INT {',' INT}] ']'       -- f32[2,3]; f32[] is a scalar
 * name      := [A-Za-z0-9_.]+ | STRING            -- quoted when it has any other character
 * STRING    := '"' chars '"' with escapes \" \\ \n \r \t and \ uXXXX (no space)
 * FLOAT     := Java's Double.toString spelling | 'nan' | 'inf' | '-inf'
 * </pre>
 * Enum-valued attributes print as the constant's name in lower case ({@code fn=sum}), element types by
 * their IR name ({@code to=f16}); {@code Unary} and {@code Binary} ops print as their function
 * ({@code exp(%x)}, {@code add(%a, %b)}). Doubles print as the shortest decimal that reads back to the
 * same double. The node's {@code @name} is omitted when empty. Tensor literals are described in
 * {@link TensorText}. The output types after {@code :} are those the op infers; the parser checks them.
 */
public final class Printer {
    private Printer() {}

    /** The canonical text of {@code g}, ending with a newline. */
    public static String print(Graph g) {
        StringBuilder b = new StringBuilder();
        print(g, b, Long.MAX_VALUE);
        return b.toString();
    }

    /** Writes the canonical text of {@code g} to {@code out}, one line at a time. */
    public static void print(Graph g, Appendable out) {
        print(g, out, Long.MAX_VALUE);
    }

    /**
     * The text of {@code g} with the data of every tensor literal of more than {@code maxElements} elements
     * replaced by {@code elided}: for reading (IR dumps of real models), not for parsing.
     */
    public static String printElided(Graph g, long maxElements) {
        StringBuilder b = new StringBuilder();
        print(g, b, maxElements);
        return b.toString();
    }

    /** An op with its attributes, e.g. {@code reduce<fn=sum, axes=[1], keep_dims=true>}. */
    public static String print(Op op) {
        StringBuilder b = new StringBuilder();
        appendOp(b, op, Long.MAX_VALUE);
        return b.toString();
    }

    /** A tensor literal, e.g. {@code dense<i64[2]> [3, 4]}. */
    public static String print(Tensor t) {
        return TensorText.format(t);
    }

    private static void print(Graph g, Appendable out, long elideAbove) {
        try {
            StringBuilder b = new StringBuilder("graph @").append(Lexical.name(g.name())).append('(');
            for (int i = 0; i < g.inputs().size(); i++) {
                Value v = g.inputs().get(i);
                if (i > 0) b.append(", ");
                b.append('%').append(Lexical.name(v.name())).append(": ").append(v.type());
            }
            out.append(b.append(") {\n"));
            for (Node n : g.nodes()) {
                b.setLength(0);
                appendNode(b, n, elideAbove);
                out.append(b.append('\n'));
            }
            b.setLength(0);
            b.append("  return");
            for (int i = 0; i < g.outputs().size(); i++) {
                b.append(i > 0 ? ", %" : " %").append(Lexical.name(g.outputs().get(i).name()));
                String external = g.outputNames().get(i);
                if (!external.equals(g.outputs().get(i).name())) b.append(" as ").append(Lexical.quote(external));
            }
            out.append(b.append("\n}\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the text of graph " + g.name(), e);
        }
    }

    private static void appendNode(StringBuilder b, Node n, long elideAbove) {
        b.append("  ");
        appendValues(b, n.outputs());
        b.append(" = ");
        appendOp(b, n.op(), elideAbove);
        b.append('(');
        appendValues(b, n.inputs());
        b.append(") : ");
        for (int i = 0; i < n.outputs().size(); i++) {
            if (i > 0) b.append(", ");
            b.append(n.outputs().get(i).type());
        }
        if (!n.name().isEmpty()) b.append(" @").append(Lexical.name(n.name()));
    }

    private static void appendValues(StringBuilder b, List<Value> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) b.append(", ");
            b.append('%').append(Lexical.name(values.get(i).name()));
        }
    }

    private static void appendOp(StringBuilder b, Op op, long elideAbove) {
        OpSyntax<?> syntax = OpSyntax.of(op);
        b.append(syntax.mnemonic());
        Map<String, Object> attrs = syntax.attributes(op);
        if (attrs.isEmpty()) return;
        b.append('<');
        boolean first = true;
        for (Map.Entry<String, Object> a : attrs.entrySet()) {
            if (!first) b.append(", ");
            first = false;
            b.append(a.getKey()).append('=');
            appendValue(b, a.getValue(), elideAbove);
        }
        b.append('>');
    }

    private static void appendValue(StringBuilder b, Object v, long elideAbove) {
        switch (v) {
            case Long l -> b.append(l);
            case Integer i -> b.append(i);
            case Double d -> b.append(Lexical.formatDouble(d));
            case Boolean z -> b.append(z);
            case String s -> b.append(Lexical.quote(s));
            case DType t -> b.append(t.irName());
            case Enum<?> e -> b.append(e.name().toLowerCase(Locale.ROOT));
            case Tensor t -> TensorText.append(b, t, elideAbove);
            case List<?> list -> {
                b.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) b.append(", ");
                    appendValue(b, list.get(i), elideAbove);
                }
                b.append(']');
            }
            default -> throw new IllegalArgumentException("attribute value " + v + " of " + v.getClass().getName()
                    + " has no text form: use long, int, double, boolean, String, DType, an enum, Tensor or a List of those");
        }
    }
}
