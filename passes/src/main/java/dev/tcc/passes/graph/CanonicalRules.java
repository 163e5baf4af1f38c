package dev.tcc.passes.graph;

import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Node;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule set {@code canonicalize}: the shapes exporters leave behind, made plain so that later rules
 * and fusion see one form. Movement chains collapse (a reshape of a reshape is one reshape, a transpose of
 * a transpose one transpose, and identities vanish); arithmetic identities of constants go
 * ({@code x * 1}, {@code x + 0}, {@code x / 1}, {@code --x}) where they change no type, keeping values bit
 * for bit; and decomposed norms become their structured op (RMS norm: Llama's and T5's
 * {@code Pow-ReduceMean-Add-Sqrt-Reciprocal-Mul} chain), computed with one rounding instead of five.
 */
public final class CanonicalRules {
    private CanonicalRules() {}

    public static final GraphRule RESHAPE_RESHAPE = GraphRule.of("reshape-reshape", (n, m) -> switch (n.op()) {
        case Movement.Reshape r when m.producer(n.inputs().get(0), Movement.Reshape.class) instanceof Node inner ->
                m.build(n).finish(r, inner.inputs().get(0));
        default -> null;
    });

    public static final GraphRule RESHAPE_IDENTITY = GraphRule.of("reshape-identity", (n, m) -> switch (n.op()) {
        case Movement.Reshape r when n.inputs().get(0).type().equals(n.output().type()) -> Replacement.forward(n.output(), n.inputs().get(0));
        default -> null;
    });

    public static final GraphRule TRANSPOSE_TRANSPOSE = GraphRule.of("transpose-transpose", (n, m) -> switch (n.op()) {
        case Movement.Transpose(List<Integer> outer) when m.producer(n.inputs().get(0), Movement.Transpose.class) instanceof Node inner -> {
            List<Integer> first = ((Movement.Transpose) inner.op()).perm();
            List<Integer> perm = new ArrayList<>();
            for (int a : outer) perm.add(first.get(a));
            yield m.build(n).finish(new Movement.Transpose(perm), inner.inputs().get(0));
        }
        default -> null;
    });

    public static final GraphRule TRANSPOSE_IDENTITY = GraphRule.of("transpose-identity", (n, m) -> switch (n.op()) {
        case Movement.Transpose(List<Integer> perm) when isIdentity(perm) -> Replacement.forward(n.output(), n.inputs().get(0));
        default -> null;
    });

    public static final GraphRule EXPAND_IDENTITY = GraphRule.of("expand-identity", (n, m) -> switch (n.op()) {
        case Movement.Expand e when n.inputs().get(0).type().equals(n.output().type()) -> Replacement.forward(n.output(), n.inputs().get(0));
        default -> null;
    });

    /** {@code x * 1}, {@code 1 * x}, {@code x / 1}, {@code x + 0}, {@code 0 + x}, {@code x - 0} when x already has the result's type. */
    public static final GraphRule ARITHMETIC_IDENTITY = GraphRule.of("arithmetic-identity", (n, m) -> switch (n.op()) {
        case Binary(BinaryFn fn) when fn == BinaryFn.MUL || fn == BinaryFn.ADD || fn == BinaryFn.DIV || fn == BinaryFn.SUB -> {
            double unit = fn == BinaryFn.MUL || fn == BinaryFn.DIV ? 1 : 0;
            Value a = n.inputs().get(0), b = n.inputs().get(1);
            boolean commutes = fn == BinaryFn.MUL || fn == BinaryFn.ADD;
            if (m.isSplat(b, unit) && a.type().equals(n.output().type()) && !negativeZeroMatters(fn, a)) yield Replacement.forward(n.output(), a);
            if (commutes && m.isSplat(a, unit) && b.type().equals(n.output().type()) && !negativeZeroMatters(fn, b)) {
                yield Replacement.forward(n.output(), b);
            }
            yield null;
        }
        default -> null;
    });

    public static final GraphRule DOUBLE_NEGATION = GraphRule.of("double-negation", (n, m) -> switch (n.op()) {
        case Unary(UnaryFn fn) when (fn == UnaryFn.NEG || fn == UnaryFn.NOT)
                && m.producer(n.inputs().get(0), Unary.class) instanceof Node inner && ((Unary) inner.op()).fn() == fn ->
                Replacement.forward(n.output(), inner.inputs().get(0));
        default -> null;
    });

    /**
     * Decomposed RMS normalisation, {@code x * rsqrt(mean(x^2) + eps)} over trailing axes, as one
     * {@link Structured.RmsNorm}: the reciprocal as {@code reciprocal(sqrt(..))} or {@code 1 / sqrt(..)}, the
     * square as {@code pow(x, 2)} or {@code x * x}, either operand order. A following multiply by the weight
     * becomes the norm kernel's epilogue in fusion.
     */
    public static final GraphRule RMS_NORM = GraphRule.of("rms-norm", (n, m) -> switch (n.op()) {
        case Binary(BinaryFn fn) when fn == BinaryFn.MUL -> {
            Value x = n.inputs().get(0);
            Structured.RmsNorm norm = rms(x, n.inputs().get(1), m);
            if (norm == null) {
                x = n.inputs().get(1);
                norm = rms(x, n.inputs().get(0), m);
            }
            if (norm == null || !x.type().equals(n.output().type())) yield null;
            yield m.build(n).finish(norm, x);
        }
        default -> null;
    });

    public static final GraphRuleSet RULES = GraphRuleSet.of("canonicalize", RESHAPE_RESHAPE, RESHAPE_IDENTITY, TRANSPOSE_TRANSPOSE,
            TRANSPOSE_IDENTITY, EXPAND_IDENTITY, ARITHMETIC_IDENTITY, DOUBLE_NEGATION, RMS_NORM);

    /** The norm when {@code r} is {@code 1 / sqrt(mean(x^2, trailing axes, keep dims) + eps)}, read only here; else null. */
    private static Structured.RmsNorm rms(Value x, Value r, Match m) {
        if (!x.type().dtype().isFloat() || !m.single(r)) return null;
        Node inv = m.producer(r);
        if (inv == null) return null;
        Value root;
        if (inv.op() instanceof Unary(UnaryFn fn) && fn == UnaryFn.RECIPROCAL) root = inv.inputs().get(0);
        else if (inv.op() instanceof Binary(BinaryFn fn) && fn == BinaryFn.DIV && m.isSplat(inv.inputs().get(0), 1)
                && inv.inputs().get(1).type().equals(r.type())) root = inv.inputs().get(1);
        else return null;
        Node sqrt = m.single(root) ? m.producer(root, Unary.class) : null;
        if (sqrt == null || ((Unary) sqrt.op()).fn() != UnaryFn.SQRT) return null;
        Node plus = m.single(sqrt.inputs().get(0)) ? m.producer(sqrt.inputs().get(0), Binary.class) : null;
        if (plus == null || ((Binary) plus.op()).fn() != BinaryFn.ADD) return null;
        Value mean = plus.inputs().get(0), eps = plus.inputs().get(1);
        if (m.splat(mean) != null) { Value t = mean; mean = eps; eps = t; }
        Double e = m.splat(eps);
        if (e == null || !(e >= 0) || !mean.type().equals(plus.output().type()) || !m.single(mean)) return null;
        Node reduce = m.producer(mean, Reduction.Reduce.class);
        if (reduce == null || !(reduce.op() instanceof Reduction.Reduce(Reduction.ReduceFn f, List<Integer> axes, boolean keep))
                || f != Reduction.ReduceFn.MEAN || !keep || axes.isEmpty()) return null;
        int rank = x.type().rank(), first = axes.getFirst();
        for (int i = 0; i < axes.size(); i++) if (axes.get(i) != first + i) return null;
        if (axes.getLast() != rank - 1) return null;
        Value sq = reduce.inputs().get(0);
        Node square = m.single(sq) ? m.producer(sq, Binary.class) : null;
        if (square == null || !square.inputs().get(0).equals(x)) return null;
        BinaryFn sf = ((Binary) square.op()).fn();
        boolean squares = sf == BinaryFn.POW && m.isSplat(square.inputs().get(1), 2) || sf == BinaryFn.MUL && square.inputs().get(1).equals(x);
        if (!squares || !sq.type().equals(x.type())) return null;
        return new Structured.RmsNorm(first, e);
    }

    private static boolean isIdentity(List<Integer> perm) {
        for (int i = 0; i < perm.size(); i++) if (perm.get(i) != i) return false;
        return true;
    }

    /** {@code -0 + 0} is {@code +0}: adding a float zero is an identity only when it is {@code -0}; keep it. */
    private static boolean negativeZeroMatters(BinaryFn fn, Value x) {
        return fn == BinaryFn.ADD && x.type().dtype().isFloat();
    }
}
