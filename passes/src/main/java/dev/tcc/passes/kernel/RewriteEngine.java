package dev.tcc.passes.kernel;

import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Stmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one fixed-point engine that applies a {@link RuleSet} to a kernel. A round applies the kernel
 * rules, then walks the body once: statement by statement, it first simplifies the statement's own
 * expressions and nested blocks (expressions bottom-up: children first, then the first expression rule
 * that applies, again until none does), then tries the statement rules on it and the rest of its block.
 * {@link Facts} follow the walk: a declaration adds its range and definition, a loop its index range,
 * each branch of an {@code if} what its condition says. Rounds repeat until the kernel stops changing.
 *
 * <p>A loop's condition is simplified with the facts from outside the loop, never with the index range
 * that the condition itself establishes (that would prove {@code i < n} inside {@code i < n} forever).
 */
public final class RewriteEngine {
    /** Rounds before the engine gives up: far more than any kernel needs, so hitting it means two rules undo each other. */
    static final int MAX_ROUNDS = 50;
    private static final int MAX_FIRINGS = 1_000_000;

    private final List<Rule.OnExpr> exprRules = new ArrayList<>();
    private final List<Rule.OnStmt> stmtRules = new ArrayList<>();
    private final List<Rule.OnKernel> kernelRules = new ArrayList<>();
    private final Map<String, Integer> firings = new TreeMap<>();
    private int total;

    /** The outcome of a run: the kernel, how often each rule fired and how many rounds it took. */
    public record Result(Kernel kernel, Map<String, Integer> firings, int rounds) {}

    private RewriteEngine(RuleSet rules) {
        for (Rule r : rules.rules()) {
            switch (r) {
                case Rule.OnExpr e -> exprRules.add(e);
                case Rule.OnStmt s -> stmtRules.add(s);
                case Rule.OnKernel k -> kernelRules.add(k);
            }
        }
    }

    /** Applies {@code rules} to {@code k} until nothing changes. */
    public static Result run(RuleSet rules, Kernel k) {
        RewriteEngine engine = new RewriteEngine(rules);
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            Kernel next = engine.round(k);
            if (next.equals(k)) return new Result(k, Map.copyOf(engine.firings), round);
            k = next;
        }
        throw new IllegalStateException("rule set " + rules.name() + " did not reach a fixed point on kernel " + k.name()
                + " in " + MAX_ROUNDS + " rounds (rules fired: " + engine.firings + "); two rules undo each other");
    }

    /** {@code e} simplified with the expression rules of {@code rules} under {@code facts}. */
    public static Expr simplify(RuleSet rules, Expr e, Facts facts) { return new RewriteEngine(rules).expr(e, facts); }

    private Kernel round(Kernel k) {
        for (Rule.OnKernel r : kernelRules) {
            Kernel next = r.rewrite().apply(k);
            if (next != null && !next.equals(k)) {
                fired(r.name());
                k = next;
            }
        }
        List<Stmt> body = block(k.body().stmts(), Facts.of(k));
        return new Kernel(k.name(), k.params(), k.arrays(), k.grid(), new Stmt.Block(body));
    }

    private void fired(String rule) {
        firings.merge(rule, 1, Integer::sum);
        if (++total > MAX_FIRINGS) {
            throw new IllegalStateException("rules fired more than " + MAX_FIRINGS + " times (" + firings + "); two rules undo each other");
        }
    }

    private List<Stmt> block(List<Stmt> stmts, Facts facts) {
        List<Stmt> done = new ArrayList<>();
        List<Stmt> tail = stmts;
        while (!tail.isEmpty()) {
            Stmt s = stmt(tail.getFirst(), facts);
            List<Stmt> rest = tail.subList(1, tail.size());
            List<Stmt> replaced = applyStmtRules(s, rest, facts);
            if (replaced != null) {
                tail = replaced;
                continue;
            }
            done.add(s);
            if (s instanceof Stmt.Declare d) facts = facts.declare(d.var(), d.init());
            tail = rest;
        }
        return done;
    }

    private List<Stmt> applyStmtRules(Stmt s, List<Stmt> rest, Facts facts) {
        for (Rule.OnStmt r : stmtRules) {
            List<Stmt> out = r.rewrite().apply(s, rest, facts);
            if (out != null && !unchanged(out, s, rest)) {
                fired(r.name());
                return out;
            }
        }
        return null;
    }

    private static boolean unchanged(List<Stmt> out, Stmt s, List<Stmt> rest) {
        return out.size() == rest.size() + 1 && out.getFirst().equals(s) && out.subList(1, out.size()).equals(rest);
    }

    private Stmt stmt(Stmt s, Facts f) {
        return switch (s) {
            case Stmt.Declare d -> new Stmt.Declare(d.var(), expr(d.init(), f));
            case Stmt.Assign a -> new Stmt.Assign(a.var(), expr(a.value(), f));
            case Stmt.Store st -> new Stmt.Store(st.memory(), expr(st.index(), f), expr(st.value(), f));
            case Stmt.For l -> {
                Expr init = expr(l.init(), f);
                Expr cond = expr(l.condition(), f);
                Facts inside = f.loop(new Stmt.For(l.index(), init, cond, l.next(), l.body()));
                Stmt.Block body = new Stmt.Block(block(l.body().stmts(), inside));
                yield new Stmt.For(l.index(), init, cond, expr(l.next(), inside), body);
            }
            case Stmt.If i -> {
                Expr cond = expr(i.condition(), f);
                yield new Stmt.If(cond, new Stmt.Block(block(i.then().stmts(), f.assume(cond, true))),
                        new Stmt.Block(block(i.otherwise().stmts(), f.assume(cond, false))));
            }
            case Stmt.Barrier b -> b;
            case Stmt.Block b -> new Stmt.Block(block(b.stmts(), f));
        };
    }

    private Expr expr(Expr e, Facts f) { return Trees.mapExpr(e, node -> applyExprRules(node, f)); }

    private Expr applyExprRules(Expr e, Facts f) {
        for (Rule.OnExpr r : exprRules) {
            Expr out = r.rewrite().apply(e, f);
            if (out != null && !out.equals(e)) {
                if (out.type() != e.type()) {
                    throw new IllegalStateException("rule " + r.name() + " turned " + e.type() + " into " + out.type() + " in " + e);
                }
                fired(r.name());
                return expr(out, f);
            }
        }
        return e;
    }
}
