package dev.tcc.passes.kernel;

import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Stmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks of what a simplified kernel must no longer contain, for tests: locals that are declared but
 * never read, and loops whose bounds show at most one trip (the same range reasoning as the simplifier's
 * {@code loop-trips} rule, including the facts of enclosing branches and loops). Each finding is one line
 * naming the kernel and the variable.
 */
public final class KernelChecks {
    private KernelChecks() {}

    /** Everything {@link #unusedLocals} and {@link #shortLoops} find. */
    public static List<String> leftovers(Kernel k) {
        List<String> all = new ArrayList<>(unusedLocals(k));
        all.addAll(shortLoops(k));
        return all;
    }

    /** Locals never read in their scope, except to assign themselves ({@code acc = acc + x} alone is no use). */
    public static List<String> unusedLocals(Kernel k) {
        List<String> found = new ArrayList<>();
        Trees.forEachStmt(k.body(), s -> {
            List<Stmt> stmts = switch (s) {
                case Stmt.Block b -> b.stmts();
                default -> List.of();
            };
            for (int i = 0; i < stmts.size(); i++) {
                if (stmts.get(i) instanceof Stmt.Declare d && !Trees.used(stmts.subList(i + 1, stmts.size()), d.var())) {
                    found.add("kernel " + k.name() + ": local '" + d.var().name() + "' is never read");
                }
            }
        });
        return found;
    }

    /** Loops that provably run never or once. */
    public static List<String> shortLoops(Kernel k) {
        List<String> found = new ArrayList<>();
        block(k, k.body().stmts(), Facts.of(k), found);
        return found;
    }

    private static void block(Kernel k, List<Stmt> stmts, Facts f, List<String> found) {
        for (Stmt s : stmts) {
            switch (s) {
                case Stmt.Declare d -> f = f.declare(d.var(), d.init());
                case Stmt.For l -> {
                    if (tripsAtMostOnce(l, f)) found.add("kernel " + k.name() + ": loop '" + l.index().name() + "' runs at most once");
                    block(k, l.body().stmts(), f.loop(l), found);
                }
                case Stmt.If i -> {
                    block(k, i.then().stmts(), f.assume(i.condition(), true), found);
                    block(k, i.otherwise().stmts(), f.assume(i.condition(), false), found);
                }
                case Stmt.Block b -> block(k, b.stmts(), f, found);
                case Stmt.Assign a -> { }
                case Stmt.Store st -> { }
                case Stmt.Barrier b -> { }
            }
        }
    }

    static boolean tripsAtMostOnce(Stmt.For l, Facts f) {
        Expr first = Trees.mapExpr(l.condition(), x -> x.equals(l.index()) ? l.init() : x);
        Interval runs = f.range(first);
        if (runs != null && runs.hi() == 0) return true;
        Expr next = Trees.mapExpr(l.next(), x -> x.equals(l.index()) ? l.init() : x);
        Expr second = Trees.mapExpr(l.condition(), x -> x.equals(l.index()) ? next : x);
        Interval again = f.assume(first, true).range(second);
        return again != null && again.hi() == 0;
    }
}
