package dev.tcc.passes.kernel;

import dev.tcc.ir.kernel.BinaryOp;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Memory;
import dev.tcc.ir.kernel.Stmt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Walks and rebuilds of expression and statement trees, shared by the rules and the engine. */
final class Trees {
    private Trees() {}

    /** Calls {@code f} on {@code e} and every subexpression, parents first. */
    static void walk(Expr e, Consumer<Expr> f) {
        f.accept(e);
        for (Expr c : children(e)) walk(c, f);
    }

    static List<Expr> children(Expr e) {
        return switch (e) {
            case Expr.IntLit l -> List.of();
            case Expr.FloatLit l -> List.of();
            case Expr.Var v -> List.of();
            case Expr.Builtin b -> List.of();
            case Expr.Load l -> List.of(l.index());
            case Expr.Unary u -> List.of(u.operand());
            case Expr.Binary b -> List.of(b.left(), b.right());
            case Expr.Select s -> List.of(s.condition(), s.ifTrue(), s.ifFalse());
            case Expr.Call c -> c.args();
            case Expr.Cast c -> List.of(c.operand());
        };
    }

    /** {@code e} rebuilt with {@code f} applied to each child first, then to the rebuilt node (bottom-up). */
    static Expr mapExpr(Expr e, UnaryOperator<Expr> f) {
        Expr rebuilt = switch (e) {
            case Expr.IntLit l -> l;
            case Expr.FloatLit l -> l;
            case Expr.Var v -> v;
            case Expr.Builtin b -> b;
            case Expr.Load l -> new Expr.Load(l.memory(), mapExpr(l.index(), f));
            case Expr.Unary u -> new Expr.Unary(u.op(), mapExpr(u.operand(), f));
            case Expr.Binary b -> new Expr.Binary(b.op(), mapExpr(b.left(), f), mapExpr(b.right(), f));
            case Expr.Select s -> new Expr.Select(mapExpr(s.condition(), f), mapExpr(s.ifTrue(), f), mapExpr(s.ifFalse(), f));
            case Expr.Call c -> new Expr.Call(c.fn(), c.args().stream().map(a -> mapExpr(a, f)).toList());
            case Expr.Cast c -> new Expr.Cast(c.to(), mapExpr(c.operand(), f));
        };
        return f.apply(rebuilt);
    }

    /** {@code s} with {@link #mapExpr} applied to every expression in it (declared names stay). */
    static Stmt mapStmt(Stmt s, UnaryOperator<Expr> f) { return mapStmt(s, f, UnaryOperator.identity()); }

    /** {@link #mapStmt(Stmt, UnaryOperator)} that also gives every store the memory {@code m} maps its memory to. */
    static Stmt mapStmt(Stmt s, UnaryOperator<Expr> f, UnaryOperator<Memory> m) {
        return switch (s) {
            case Stmt.Declare d -> new Stmt.Declare(d.var(), mapExpr(d.init(), f));
            case Stmt.Assign a -> new Stmt.Assign(a.var(), mapExpr(a.value(), f));
            case Stmt.Store st -> new Stmt.Store(m.apply(st.memory()), mapExpr(st.index(), f), mapExpr(st.value(), f));
            case Stmt.For l -> new Stmt.For(l.index(), mapExpr(l.init(), f), mapExpr(l.condition(), f), mapExpr(l.next(), f),
                    mapBlock(l.body(), f, m));
            case Stmt.If i -> new Stmt.If(mapExpr(i.condition(), f), mapBlock(i.then(), f, m), mapBlock(i.otherwise(), f, m));
            case Stmt.Barrier b -> b;
            case Stmt.Block b -> mapBlock(b, f, m);
        };
    }

    static Stmt.Block mapBlock(Stmt.Block b, UnaryOperator<Expr> f) { return mapBlock(b, f, UnaryOperator.identity()); }

    static Stmt.Block mapBlock(Stmt.Block b, UnaryOperator<Expr> f, UnaryOperator<Memory> m) {
        return new Stmt.Block(b.stmts().stream().map(s -> mapStmt(s, f, m)).toList());
    }

    /** {@code stmts} with every read of {@code v} replaced by {@code by}. */
    static List<Stmt> substitute(List<Stmt> stmts, Expr.Var v, Expr by) {
        return stmts.stream().map(s -> mapStmt(s, x -> x.equals(v) ? by : x)).toList();
    }

    /** Calls {@code f} on every expression under {@code s}, each subexpression included. */
    static void forEachExpr(Stmt s, Consumer<Expr> f) {
        switch (s) {
            case Stmt.Declare d -> walk(d.init(), f);
            case Stmt.Assign a -> walk(a.value(), f);
            case Stmt.Store st -> {
                walk(st.index(), f);
                walk(st.value(), f);
            }
            case Stmt.For l -> {
                walk(l.init(), f);
                walk(l.condition(), f);
                walk(l.next(), f);
                forEachExpr(l.body(), f);
            }
            case Stmt.If i -> {
                walk(i.condition(), f);
                forEachExpr(i.then(), f);
                forEachExpr(i.otherwise(), f);
            }
            case Stmt.Barrier b -> { }
            case Stmt.Block b -> b.stmts().forEach(t -> forEachExpr(t, f));
        }
    }

    /** True when some expression in {@code stmts} reads {@code v} (assigning it is not reading it). */
    static boolean reads(List<Stmt> stmts, Expr.Var v) {
        boolean[] found = {false};
        for (Stmt s : stmts) forEachExpr(s, x -> found[0] |= x.equals(v));
        return found[0];
    }

    /**
     * True when {@code v}'s value can reach anything but {@code v} itself: some expression in {@code stmts}
     * reads it outside the value of an assignment to {@code v} ({@code acc = acc + x} alone does not count).
     */
    static boolean used(List<Stmt> stmts, Expr.Var v) {
        for (Stmt s : stmts) if (used(s, v)) return true;
        return false;
    }

    private static boolean used(Stmt s, Expr.Var v) {
        return switch (s) {
            case Stmt.Assign a -> !a.var().equals(v) && mentions(a.value(), v);
            case Stmt.Declare d -> mentions(d.init(), v);
            case Stmt.Store st -> mentions(st.index(), v) || mentions(st.value(), v);
            case Stmt.For l -> mentions(l.init(), v) || mentions(l.condition(), v) || mentions(l.next(), v) || used(l.body().stmts(), v);
            case Stmt.If i -> mentions(i.condition(), v) || used(i.then().stmts(), v) || used(i.otherwise().stmts(), v);
            case Stmt.Block b -> used(b.stmts(), v);
            case Stmt.Barrier b -> false;
        };
    }

    static boolean mentions(Expr e, Expr.Var v) {
        boolean[] found = {false};
        walk(e, x -> found[0] |= x.equals(v));
        return found[0];
    }

    /** Every statement under {@code s}, itself included, parents first. */
    static void forEachStmt(Stmt s, Consumer<Stmt> f) {
        f.accept(s);
        switch (s) {
            case Stmt.For l -> forEachStmt(l.body(), f);
            case Stmt.If i -> {
                forEachStmt(i.then(), f);
                forEachStmt(i.otherwise(), f);
            }
            case Stmt.Block b -> b.stmts().forEach(t -> forEachStmt(t, f));
            case Stmt.Declare d -> { }
            case Stmt.Assign a -> { }
            case Stmt.Store st -> { }
            case Stmt.Barrier b -> { }
        }
    }

    /** Names of the variables some {@link Stmt.Assign} under {@code s} assigns. */
    static Set<String> assignedNames(Stmt s) {
        Set<String> names = new HashSet<>();
        forEachStmt(s, t -> {
            if (t instanceof Stmt.Assign a) names.add(a.var().name());
        });
        return names;
    }

    /** {@code stmts} without the assignments to {@code v}, at any depth. */
    static List<Stmt> withoutAssigns(List<Stmt> stmts, Expr.Var v) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : stmts) {
            switch (s) {
                case Stmt.Assign a when a.var().equals(v) -> { }
                case Stmt.For l -> out.add(new Stmt.For(l.index(), l.init(), l.condition(), l.next(), block(withoutAssigns(l.body().stmts(), v))));
                case Stmt.If i -> out.add(new Stmt.If(i.condition(), block(withoutAssigns(i.then().stmts(), v)),
                        block(withoutAssigns(i.otherwise().stmts(), v))));
                case Stmt.Block b -> out.add(block(withoutAssigns(b.stmts(), v)));
                default -> out.add(s);
            }
        }
        return out;
    }

    static Stmt.Block block(List<Stmt> stmts) { return new Stmt.Block(stmts); }

    /** The constant {@code c} of a loop stepping {@code i = i + c} (or {@code c + i}), or null. */
    static Long stepOf(Stmt.For f) {
        return switch (f.next()) {
            case Expr.Binary(var op, var l, Expr.IntLit c) when op == BinaryOp.ADD && l.equals(f.index()) -> c.value();
            case Expr.Binary(var op, Expr.IntLit c, var r) when op == BinaryOp.ADD && r.equals(f.index()) -> c.value();
            default -> null;
        };
    }

    /** The number of expression nodes and statements under {@code s}: a size measure for reports. */
    static int size(Stmt s) {
        int[] n = {0};
        forEachStmt(s, t -> n[0]++);
        forEachExpr(s, e -> n[0]++);
        return n[0];
    }
}
