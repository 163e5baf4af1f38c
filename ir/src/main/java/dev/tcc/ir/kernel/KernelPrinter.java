package dev.tcc.ir.kernel;

import dev.tcc.ir.DType;

import java.util.stream.Collectors;

/**
 * The canonical text form of kernel IR. One statement per line, two-space indentation, nested binary
 * expressions fully parenthesised; i32 and f32 literals are bare ({@code 16}, {@code 0.5}), others carry
 * their type ({@code 16:u32}, {@code 0.5:f64}); a minus sign written against a number belongs to the
 * literal ({@code -3}), a negated literal is parenthesised ({@code -(3)}). {@code
 * dev.tcc.frontend.text.KernelParser} reads this form back into an equal kernel. Example:
 *
 * <pre>
 * kernel scale(x: f32[] read, y: f32[] write, n: i32)
 *   grid [4] x [256]
 * {
 *   let i: i32 = global_id(0);
 *   if (i &lt; n) {
 *     y[i] = x[i] * 2.0;
 *   }
 * }
 * </pre>
 */
public final class KernelPrinter {
    private final StringBuilder out = new StringBuilder();

    private KernelPrinter() {}

    public static String print(Kernel k) {
        KernelPrinter p = new KernelPrinter();
        p.kernel(k);
        return p.out.toString();
    }

    /** One expression in the text form. */
    public static String print(Expr e) { return expr(e, true); }

    private void kernel(Kernel k) {
        String params = k.params().stream().map(p -> switch (p) {
            case BufferParam b -> b.name() + ": " + b.elementType() + "[] " + b.access().text();
            case ScalarParam s -> s.name() + ": " + s.var().type();
        }).collect(Collectors.joining(", "));
        out.append("kernel ").append(k.name()).append('(').append(params).append(")\n");
        out.append("  grid ").append(k.grid().groups()).append(" x ").append(k.grid().workgroupSize()).append('\n');
        for (ArrayDecl a : k.arrays()) {
            out.append("  ").append(a.space().text()).append(' ').append(a.name()).append(": ")
                    .append(a.elementType()).append('[').append(a.length()).append("]\n");
        }
        out.append("{\n");
        for (Stmt s : k.body().stmts()) stmt(s, 1);
        out.append("}\n");
    }

    private void line(int depth, String text) { out.append("  ".repeat(depth)).append(text).append('\n'); }

    private void stmt(Stmt s, int d) {
        switch (s) {
            case Stmt.Declare x -> line(d, "let " + x.var().name() + ": " + x.var().type() + " = " + print(x.init()) + ";");
            case Stmt.Assign x -> line(d, x.var().name() + " = " + print(x.value()) + ";");
            case Stmt.Store x -> line(d, x.memory().name() + "[" + print(x.index()) + "] = " + print(x.value()) + ";");
            case Stmt.For f -> {
                line(d, "for (let " + f.index().name() + ": " + f.index().type() + " = " + print(f.init()) + "; "
                        + print(f.condition()) + "; " + f.index().name() + " = " + print(f.next()) + ") {");
                body(f.body(), d);
            }
            case Stmt.If i -> {
                line(d, "if (" + print(i.condition()) + ") {");
                for (Stmt t : i.then().stmts()) stmt(t, d + 1);
                if (!i.otherwise().isEmpty()) {
                    line(d, "} else {");
                    for (Stmt t : i.otherwise().stmts()) stmt(t, d + 1);
                }
                line(d, "}");
            }
            case Stmt.Barrier b -> line(d, "barrier(" + b.fence().text() + ");");
            case Stmt.Block b -> {
                line(d, "{");
                body(b, d);
            }
        }
    }

    private void body(Stmt.Block b, int d) {
        for (Stmt t : b.stmts()) stmt(t, d + 1);
        line(d, "}");
    }

    private static String expr(Expr e, boolean top) {
        return switch (e) {
            case Expr.IntLit l -> intLit(l);
            case Expr.FloatLit l -> floatLit(l);
            case Expr.Var v -> v.name();
            case Expr.Builtin b -> b.kind().text() + "(" + b.dim() + ")";
            case Expr.Load l -> l.memory().name() + "[" + print(l.index()) + "]";
            case Expr.Unary u -> u.op() == UnaryOp.ABS ? "abs(" + print(u.operand()) + ")" : u.op().symbol() + operand(u);
            case Expr.Binary b when b.op().isFunction() -> b.op().symbol() + "(" + print(b.left()) + ", " + print(b.right()) + ")";
            case Expr.Binary b -> {
                String s = expr(b.left(), false) + " " + b.op().symbol() + " " + expr(b.right(), false);
                yield top ? s : "(" + s + ")";
            }
            case Expr.Select s -> "select(" + print(s.condition()) + ", " + print(s.ifTrue()) + ", " + print(s.ifFalse()) + ")";
            case Expr.Call c -> c.fn().text() + "(" + c.args().stream().map(KernelPrinter::print).collect(Collectors.joining(", ")) + ")";
            case Expr.Cast c -> "cast<" + c.to() + ">(" + print(c.operand()) + ")";
        };
    }

    /**
     * A unary operator's operand. A negative operand gets parentheses so that {@code -(-3)} stays readable,
     * and so does a negated literal: {@code -3} is the literal, {@code -(3)} the negation of {@code 3}.
     */
    private static String operand(Expr.Unary u) {
        Expr e = u.operand();
        String s = expr(e, false);
        boolean negatedLiteral = u.op() == UnaryOp.NEG && (e instanceof Expr.IntLit || e instanceof Expr.FloatLit);
        return s.startsWith("-") || negatedLiteral ? "(" + s + ")" : s;
    }

    private static String intLit(Expr.IntLit l) {
        return switch (l.type()) {
            case BOOL -> l.value() != 0 ? "true" : "false";
            case I32 -> Long.toString(l.value());
            case U64 -> Long.toUnsignedString(l.value()) + ":u64";
            default -> l.value() + ":" + l.type();
        };
    }

    private static String floatLit(Expr.FloatLit l) {
        double v = l.value();
        String s = Double.isNaN(v) ? "nan" : Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf")
                : l.type() == DType.F32 ? Float.toString((float) v) : Double.toString(v);
        return l.type() == DType.F32 ? s : s + ":" + l.type();
    }
}
