package dev.tcc.passes.kernel;

import static dev.tcc.passes.kernel.Rule.expr;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BinaryOp;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Expr.Binary;
import dev.tcc.ir.kernel.Expr.IntLit;

import java.util.ArrayList;
import java.util.List;

/**
 * Index arithmetic over known ranges ({@link Facts#range}). Division and remainder truncate toward zero,
 * so the rules that split a sum require both the sum and the part left over to be non-negative, where
 * truncation and floor agree; a known range also proves that nothing under the expression wrapped.
 * Recomposing {@code (i / n) * n + i % n} into {@code i} needs no range: it is C's own definition of
 * {@code %}, exact in wrapping arithmetic too. The splitting and recomposing rules look through a local
 * to the pure expression that defined it ({@link Facts#definition}), so index locals that lowering
 * names ({@code let m = i / n;}) simplify as if written in place.
 */
final class IndexRules {
    private IndexRules() {}

    static final RuleSet RULES = RuleSet.of("index-arithmetic",
            expr("known-value", (e, f) -> switch (e) {
                case IntLit l -> null;
                case Expr x when Interval.tracks(x.type()) && f.range(x) instanceof Interval r && r.isConstant() ->
                        new IntLit(x.type(), r.lo());
                default -> null;
            }),
            expr("rem-below-divisor", (e, f) -> switch (e) {
                case Binary(var op, var x, IntLit n) when op == BinaryOp.REM && n.value() > 0 && f.range(x) instanceof Interval r
                        && r.lo() > -n.value() && r.hi() < n.value() -> x;
                default -> null;
            }),
            expr("min-max-by-range", (e, f) -> switch (e) {
                case Binary(var op, var a, var b) when (op == BinaryOp.MIN || op == BinaryOp.MAX) && f.range(a) instanceof Interval ra
                        && f.range(b) instanceof Interval rb -> op == BinaryOp.MIN
                        ? (ra.hi() <= rb.lo() ? a : rb.hi() <= ra.lo() ? b : null)
                        : (ra.lo() >= rb.hi() ? a : rb.lo() >= ra.hi() ? b : null);
                default -> null;
            }),
            expr("div-split-multiples", (e, f) -> switch (e) {
                case Binary(var op, var x, IntLit n) when op == BinaryOp.DIV && splitting(x, n, f) instanceof Expr s ->
                        plus(multiples(s, n), rest(s, n) instanceof Expr r ? new Binary(op, r, n) : null);
                default -> null;
            }),
            expr("rem-split-multiples", (e, f) -> switch (e) {
                case Binary(var op, var x, IntLit n) when op == BinaryOp.REM && splitting(x, n, f) instanceof Expr s ->
                        rest(s, n) instanceof Expr r ? new Binary(BinaryOp.REM, r, n) : new IntLit(n.type(), 0);
                default -> null;
            }),
            expr("recompose-div-rem", (e, f) -> switch (e) {
                case Binary(var op, var l, var r) when op == BinaryOp.ADD && e.type().isInteger() -> recompose(terms(e), f);
                default -> null;
            }));

    /** A summand {@code coef * x}; {@code x} is null for a constant. */
    record Term(long coef, Expr x) {}

    /** The summands of {@code e}, looking through {@code +} and multiplication by a literal. */
    static List<Term> terms(Expr e) {
        List<Term> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, List<Term> out) {
        switch (e) {
            case Binary(var op, var l, var r) when op == BinaryOp.ADD -> {
                collect(l, out);
                collect(r, out);
            }
            case Binary(var op, var x, IntLit c) when op == BinaryOp.MUL -> out.add(new Term(c.value(), x));
            case Binary(var op, IntLit c, var x) when op == BinaryOp.MUL -> out.add(new Term(c.value(), x));
            case IntLit c -> out.add(new Term(c.value(), null));
            default -> out.add(new Term(1, e));
        }
    }

    /** Rebuilds a sum (left to right); null for no terms. */
    static Expr sum(List<Term> terms, DType t) {
        Expr s = null;
        for (Term term : terms) s = plus(s, term.x == null ? new IntLit(t, term.coef) : term.coef == 1 ? term.x
                : new Binary(BinaryOp.MUL, term.x, new IntLit(t, term.coef)));
        return s;
    }

    private static Expr plus(Expr a, Expr b) { return a == null ? b : b == null ? a : new Binary(BinaryOp.ADD, a, b); }

    /**
     * True when {@code sum / n} can be split: {@code n > 1}, some summand is a multiple of {@code n}, and
     * both the whole sum and the summands that are not multiples are known to be non-negative.
     */
    private static boolean splits(Expr sum, IntLit n, Facts f) {
        if (n.value() <= 1 || !sum.type().isInteger() || !(f.range(sum) instanceof Interval r) || r.lo() < 0) return false;
        List<Term> terms = terms(sum);
        if (terms.size() < 2 && terms.getFirst().coef() == 1) return false;
        if (terms.stream().noneMatch(t -> t.coef() % n.value() == 0)) return false;
        Expr rest = rest(sum, n);
        return rest == null || f.range(rest) instanceof Interval rr && rr.lo() >= 0;
    }

    /** The multiples of {@code n} in {@code sum}, divided by {@code n}. */
    private static Expr multiples(Expr sum, IntLit n) {
        long d = n.value();
        return sum(terms(sum).stream().filter(t -> t.coef() % d == 0).map(t -> new Term(t.coef() / d, t.x())).toList(), sum.type());
    }

    /** The summands of {@code sum} that are not multiples of {@code n}, or null. */
    private static Expr rest(Expr sum, IntLit n) {
        return sum(terms(sum).stream().filter(t -> t.coef() % n.value() != 0).toList(), sum.type());
    }

    /** Replaces a pair {@code a*(i/n) + b*(i%n)} with {@code a == b*n} in {@code terms} by {@code b*i}; null if none. */
    private static Expr recompose(List<Term> terms, Facts f) {
        for (int j = 0; j < terms.size(); j++) {
            if (!(view(terms.get(j).x(), f) instanceof Binary(var op, var i, IntLit n)) || op != BinaryOp.DIV || n.value() < 2) {
                continue;
            }
            for (int k = 0; k < terms.size(); k++) {
                Term t = terms.get(k);
                if (view(t.x(), f) instanceof Binary(var op2, var i2, IntLit n2) && op2 == BinaryOp.REM && n2.equals(n)
                        && sameValue(n.type(), t.coef() * n.value(), terms.get(j).coef())
                        && f.resolve(i).equals(f.resolve(i2))) {
                    List<Term> out = new ArrayList<>(terms);
                    out.set(Math.min(j, k), new Term(t.coef(), i));
                    out.remove(Math.max(j, k));
                    return sum(out, n.type());
                }
            }
        }
        return null;
    }

    /** True when {@code a} and {@code b} are the same value of type {@code t} (after wrapping). */
    private static boolean sameValue(DType t, long a, long b) { return new IntLit(t, a).value() == new IntLit(t, b).value(); }

    /** The sum {@code x / n} or {@code x % n} splits as ({@link #view}, else {@link #spread}), or null when neither splits. */
    private static Expr splitting(Expr x, IntLit n, Facts f) {
        Expr v = view(x, f);
        if (splits(v, n, f)) return v;
        Expr s = spread(x, f);
        return s != v && splits(s, n, f) ? s : null;
    }

    /**
     * {@link #view}, with every summand that is a local defined as a multiple of a literal read as that product: so
     * {@code (col0 + 1) / 2} with {@code col0 = g * 1024} splits into {@code g * 512 + 1 / 2} (the odd columns of a
     * packed int4 weight then get a constant shift instead of one computed per element).
     */
    private static Expr spread(Expr x, Facts f) {
        Expr sum = view(x, f);
        List<Term> terms = terms(sum), out = new ArrayList<>();
        boolean changed = false;
        for (Term t : terms) {
            if (t.x() instanceof Expr.Var v && f.definition(v) instanceof Binary(var op, var y, IntLit c) && op == BinaryOp.MUL
                    && Math.abs(c.value()) < (1L << 31) && Math.abs(t.coef()) < (1L << 31)) {
                out.add(new Term(t.coef() * c.value(), y));
                changed = true;
            } else {
                out.add(t);
            }
        }
        return changed ? sum(out, sum.type()) : sum;
    }

    /** {@code x}, or the definition of the local it names. */
    private static Expr view(Expr x, Facts f) {
        return x instanceof Expr.Var v && f.definition(v) instanceof Expr d ? d : x;
    }
}
