package dev.tcc.passes.graph;

import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule set {@code canonicalize}: the shapes exporters leave behind, made plain so that later rules
 * and fusion see one form. Movement chains collapse (a reshape of a reshape is one reshape, a transpose of
 * a transpose one transpose, and identities vanish); arithmetic identities of constants go
 * ({@code x * 1}, {@code x + 0}, {@code x / 1}, {@code --x}) where they change no type. Every rule keeps
 * values bit for bit.
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

    public static final GraphRuleSet RULES = GraphRuleSet.of("canonicalize", RESHAPE_RESHAPE, RESHAPE_IDENTITY, TRANSPOSE_TRANSPOSE,
            TRANSPOSE_IDENTITY, EXPAND_IDENTITY, ARITHMETIC_IDENTITY, DOUBLE_NEGATION);

    private static boolean isIdentity(List<Integer> perm) {
        for (int i = 0; i < perm.size(); i++) if (perm.get(i) != i) return false;
        return true;
    }

    /** {@code -0 + 0} is {@code +0}: adding a float zero is an identity only when it is {@code -0}; keep it. */
    private static boolean negativeZeroMatters(BinaryFn fn, Value x) {
        return fn == BinaryFn.ADD && x.type().dtype().isFloat();
    }
}
