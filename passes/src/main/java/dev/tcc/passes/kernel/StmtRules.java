package dev.tcc.passes.kernel;

import static dev.tcc.passes.kernel.Rule.stmt;

import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Stmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Statement rules. Each sees one statement and the rest of its block. A local is dead when its value
 * reaches nothing but itself ({@code acc = acc + x} with {@code acc} read nowhere else); an empty loop
 * goes when {@link Facts#indexRange} proves it ends. Splicing a nested block into its
 * parent is safe because kernel-IR names are unique in a kernel, so no declaration can shadow another;
 * dropping an expression is safe because expressions have no side effects (an out-of-bounds load is
 * undefined behaviour, which removing it only narrows).
 */
final class StmtRules {
    private StmtRules() {}

    static final RuleSet RULES = RuleSet.of("statements",
            stmt("flatten-block", (s, rest, f) -> switch (s) {
                case Stmt.Block b -> concat(b.stmts(), rest);
                default -> null;
            }),
            stmt("if-constant", (s, rest, f) -> switch (s) {
                case Stmt.If(Expr.IntLit c, var then, var otherwise) ->
                        concat((c.value() != 0 ? then : otherwise).stmts(), rest);
                case Stmt.If(var c, var then, var otherwise) when then.isEmpty() && otherwise.isEmpty() -> rest;
                default -> null;
            }),
            stmt("dead-local", (s, rest, f) -> switch (s) {
                case Stmt.Declare d when !Trees.used(rest, d.var()) -> Trees.withoutAssigns(rest, d.var());
                default -> null;
            }),
            stmt("inline-constant-local", (s, rest, f) -> switch (s) {
                case Stmt.Declare(var v, var init) when f.isImmutable(v) && isConstantOrCopy(init, f) -> Trees.substitute(rest, v, init);
                default -> null;
            }),
            stmt("empty-loop", (s, rest, f) -> switch (s) {
                case Stmt.For l when l.body().isEmpty() && f.indexRange(l) != null -> rest;
                default -> null;
            }),
            stmt("loop-trips", (s, rest, f) -> switch (s) {
                case Stmt.For l -> atMostOneTrip(l, rest, f);
                default -> null;
            }));

    /**
     * A loop whose condition fails at its start runs never; one whose condition fails after one step runs
     * at most once and becomes {@code if (cond(init)) { let i = init; body }}, the {@code if} disappearing
     * when the first trip is certain. The body cannot assign the index, so after one trip it still holds
     * {@code init}; variables the body assigns have no range, so a condition or step that reads one is
     * never decided.
     */
    private static List<Stmt> atMostOneTrip(Stmt.For l, List<Stmt> rest, Facts f) {
        Expr first = substitute(l.condition(), l.index(), l.init());
        Interval runs = f.range(first);
        if (runs != null && runs.hi() == 0) return rest;
        Expr second = substitute(l.condition(), l.index(), substitute(l.next(), l.index(), l.init()));
        Interval again = f.assume(first, true).range(second);
        if (again == null || again.hi() != 0) return null;
        List<Stmt> once = concat(List.of(new Stmt.Declare(l.index(), l.init())), l.body().stmts());
        if (runs != null && runs.lo() == 1) return concat(once, rest);
        return concat(List.of(new Stmt.If(first, new Stmt.Block(once), Stmt.Block.EMPTY)), rest);
    }

    /** A literal, or another variable that is never assigned (so reading it later gives the same value). */
    private static boolean isConstantOrCopy(Expr init, Facts f) {
        return init instanceof Expr.IntLit || init instanceof Expr.FloatLit || init instanceof Expr.Var y && f.isImmutable(y);
    }

    private static Expr substitute(Expr e, Expr.Var v, Expr by) { return Trees.mapExpr(e, x -> x.equals(v) ? by : x); }

    static List<Stmt> concat(List<Stmt> a, List<Stmt> b) {
        List<Stmt> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
