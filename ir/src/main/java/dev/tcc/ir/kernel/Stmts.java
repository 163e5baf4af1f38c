package dev.tcc.ir.kernel;

import java.util.function.Consumer;

/** Small queries over statement trees. */
final class Stmts {
    private Stmts() {}

    static boolean containsBarrier(Stmt s) {
        return switch (s) {
            case Stmt.Barrier b -> true;
            case Stmt.Block b -> b.stmts().stream().anyMatch(Stmts::containsBarrier);
            case Stmt.For f -> containsBarrier(f.body());
            case Stmt.If i -> containsBarrier(i.then()) || containsBarrier(i.otherwise());
            case Stmt.Declare d -> false;
            case Stmt.Assign a -> false;
            case Stmt.Store st -> false;
        };
    }

    /** Calls {@code f} on every expression and subexpression under {@code s}, parents first. */
    static void forEachExpr(Stmt s, Consumer<Expr> f) {
        switch (s) {
            case Stmt.Declare d -> {
                f.accept(d.var());
                walk(d.init(), f);
            }
            case Stmt.Assign a -> walk(a.value(), f);
            case Stmt.Store st -> {
                walk(st.index(), f);
                walk(st.value(), f);
            }
            case Stmt.For l -> {
                f.accept(l.index());
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
            case Stmt.Block b -> b.stmts().forEach(t -> forEachExpr(t, f));
            case Stmt.Barrier b -> { }
        }
    }

    static void walk(Expr e, Consumer<Expr> f) {
        f.accept(e);
        switch (e) {
            case Expr.IntLit l -> { }
            case Expr.FloatLit l -> { }
            case Expr.Var v -> { }
            case Expr.Builtin b -> { }
            case Expr.Load l -> walk(l.index(), f);
            case Expr.Unary u -> walk(u.operand(), f);
            case Expr.Binary b -> {
                walk(b.left(), f);
                walk(b.right(), f);
            }
            case Expr.Select s -> {
                walk(s.condition(), f);
                walk(s.ifTrue(), f);
                walk(s.ifFalse(), f);
            }
            case Expr.Call c -> c.args().forEach(a -> walk(a, f));
            case Expr.Cast c -> walk(c.operand(), f);
        }
    }
}
