package dev.tcc.passes.graph;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule set {@code recognize-attention}: scaled dot-product attention as exporters decompose it,
 * {@code matmul(softmax(scale * Q·Kᵀ + mask), V)}, becomes one {@link Structured.Attention}, which the
 * attention template runs as one kernel without writing the score matrix to memory.
 *
 * <p>The forms matched, all rooted at the matmul with V:
 * <ul>
 *   <li>the probabilities: {@code softmax} over the last axis, optionally followed by PyTorch's guard
 *       {@code select(is_nan(p), 0, p)} (the attention op gives zeros for a fully masked row too);</li>
 *   <li>the mask: none, an additive {@code add(scores, mask)} in either order (T5's position bias, a
 *       constant causal mask, a padding mask), or a boolean {@code select(keep, scores, -inf)} /
 *       {@code select(drop, -inf, scores)}; a constant additive mask that is 0 on and below the diagonal
 *       and at most {@link #MASKED} above it becomes the causal flag;</li>
 *   <li>the scale: scalar constant multiplies or divides on the scores, on Q and on Kᵀ (PyTorch's
 *       {@code sqrt(scale)} on each side), multiplied into one scale;</li>
 *   <li>Kᵀ in any form (a transpose of the last two axes, {@code reshape-transpose-reshape}, a 4-D
 *       {@code [0,2,3,1]} transpose of the projection): K is taken as the transpose of the last two axes of
 *       Kᵀ, an index map that fusion computes inside the attention kernel; key/value heads broadcast by
 *       {@code Expand} (grouped-query attention) stay index maps likewise;</li>
 *   <li>rank 3 ({@code [B*H, S, D]}) as well as rank 4: rank-3 operands get a leading axis of 1.</li>
 * </ul>
 * Guards: every intermediate is read only inside the pattern; without the NaN guard, a mask must be a
 * constant that leaves some key open in every row (otherwise the original would give NaN where the
 * attention op gives 0); batch and head axes must agree the way the attention op reads them.
 */
public final class AttentionRules {
    private AttentionRules() {}

    /** A mask value at or below this counts as masked (PyTorch uses the type's lowest value, not -inf). */
    static final double MASKED = -1e30;

    /** Scaled dot-product attention as one op. */
    public static final GraphRule SDPA = GraphRule.of("sdpa", AttentionRules::sdpa);

    public static final GraphRuleSet RULES = GraphRuleSet.of("recognize-attention", SDPA);

    /** A value with the scalar factor stripped from it. */
    private record Scaled(Value base, double factor) {}

    /** What the mask step found. */
    private record Masking(Value scores, Value mask, boolean causal, boolean boolMask, boolean invert) {}

    private static Replacement sdpa(Node root, Match m) {
        if (!(root.op() instanceof Linalg.MatMul)) return null;
        Value probs = root.inputs().get(0), v = root.inputs().get(1);
        DType t = probs.type().dtype();
        if (!t.isFloat() || probs.type().rank() < 3 || probs.type().rank() > 4 || v.type().rank() != probs.type().rank()) return null;
        // the NaN guard select(is_nan(p), 0, p)
        boolean guarded = false;
        Value p = probs;
        Node sel = m.producer(p, Elementwise.Select.class);
        if (sel != null && m.single(p)) {
            Node isNan = m.producer(sel.inputs().get(0), Unary.class);
            Value inner = sel.inputs().get(2);
            if (isNan != null && ((Unary) isNan.op()).fn() == UnaryFn.IS_NAN && isNan.inputs().get(0).equals(inner)
                    && m.isSplat(sel.inputs().get(1), 0) && m.uses(inner) == 2 && m.single(sel.inputs().get(0))) {
                guarded = true;
                p = inner;
            } else {
                return null;
            }
        } else if (!m.single(p)) {
            return null;
        }
        Node softmax = m.producer(p, Structured.Softmax.class);
        if (softmax == null) return null;
        Structured.Softmax sm = (Structured.Softmax) softmax.op();
        if (sm.log() || sm.axis() != p.type().rank() - 1) return null;
        Masking mk = masking(softmax.inputs().get(0), m);
        if (mk == null) return null;
        Scaled scores = unscale(mk.scores(), m);
        Node qk = m.producer(scores.base(), Linalg.MatMul.class);
        if (qk == null || !m.single(scores.base())) return null;
        Scaled q = unscale(qk.inputs().get(0), m), kt = unscale(qk.inputs().get(1), m);
        if (!guarded && !neverFullyMasked(mk, m)) return null;
        double scale = scores.factor() * q.factor() * kt.factor();
        if (!(scale > 0) || Double.isInfinite(scale)) return null;
        return build(root, m, q.base(), kt.base(), v, mk, scale, t);
    }

    private static Replacement build(Node root, Match m, Value q, Value kt, Value v, Masking mk, double scale, DType t) {
        int rank = q.type().rank();
        if (kt.type().rank() != rank) return null;
        Shape qs = q.type().shape(), ks = kt.type().shape(), vs = v.type().shape();
        if (!headsAgree(qs, ks, vs, rank)) return null;
        Match.Builder b = m.build(root);
        Value k = b.add("k", new Movement.Transpose(rank == 4 ? List.of(0, 1, 3, 2) : List.of(0, 2, 1)), kt);
        Value q4 = q, k4 = k, v4 = v;
        if (rank == 3) {
            q4 = b.add("q", new Movement.Reshape(List.of(1L, qs.dim(0), qs.dim(1), qs.dim(2))), q);
            k4 = b.add("k", new Movement.Reshape(List.of(1L, ks.dim(0), ks.dim(2), ks.dim(1))), k);
            v4 = b.add("v", new Movement.Reshape(List.of(1L, vs.dim(0), vs.dim(1), vs.dim(2))), v);
        }
        List<Value> args = new ArrayList<>(List.of(q4, k4, v4));
        Value mask = mk.mask();
        if (mask != null && mk.invert()) mask = b.add("keep", new Unary(UnaryFn.NOT), mask);
        if (mask != null) args.add(keyAxisFull(b, mask, ks.dim(rank - 1)));
        var op = new Structured.Attention(scale, 0, mk.causal(), 0, -1, -1, mask != null, false, 0, t);
        try {
            op.inferTypes(args.stream().map(Value::type).toList());
        } catch (IrException e) {
            return null; // a mask that does not broadcast the way the attention op reads it
        }
        Value y = b.addAll("attention", op, args).get(0);
        if (rank == 3) y = b.add("attention", new Movement.Reshape(List.of(qs.dim(0), qs.dim(1), vs.dim(2))), y);
        return b.forwarding(y);
    }

    /**
     * {@code mask} with its key axis {@code keys} long. The attention op masks keys past a shorter mask, where the
     * decomposition broadcast it, so a mask of one key (or a scalar) is expanded; the expand is an index map.
     */
    private static Value keyAxisFull(Match.Builder b, Value mask, long keys) {
        int r = mask.type().rank();
        if (r > 0 && mask.type().shape().dim(r - 1) == keys) return mask;
        long[] dims = r == 0 ? new long[] {keys} : mask.type().shape().dims();
        dims[dims.length - 1] = keys;
        return b.add("mask", new Movement.Expand(java.util.Arrays.stream(dims).boxed().toList()), mask);
    }

    /**
     * True when the attention op reads K and V as the matmuls did: rank 3, one batch-times-heads axis on all three;
     * rank 4, equal batches and key/value heads (the same for K and V) equal to the query heads or one (the op's
     * grouped reading, which for one head is numpy's broadcast).
     */
    private static boolean headsAgree(Shape q, Shape k, Shape v, int rank) {
        if (rank == 3) return k.dim(0) == q.dim(0) && v.dim(0) == q.dim(0);
        return q.dim(0) == k.dim(0) && q.dim(0) == v.dim(0) && k.dim(1) == v.dim(1) && (k.dim(1) == q.dim(1) || k.dim(1) == 1);
    }

    /** The scores and the mask of the softmax input {@code x}, or null when the form is unknown. */
    private static Masking masking(Value x, Match m) {
        if (!m.single(x)) return null;
        Node n = m.producer(x);
        if (n == null) return null;
        if (n.op() instanceof Binary(BinaryFn fn) && fn == BinaryFn.ADD) {
            Value a = n.inputs().get(0), c = n.inputs().get(1);
            boolean scoresFirst = isScores(a, m);
            if (!scoresFirst && !isScores(c, m)) return new Masking(x, null, false, false, false);
            Value scores = scoresFirst ? a : c, mask = scoresFirst ? c : a;
            if (!n.output().type().shape().equals(scores.type().shape())) return null;
            if (isCausal(mask, m)) return new Masking(scores, null, true, false, false);
            return new Masking(scores, mask, false, false, false);
        }
        if (n.op() instanceof Elementwise.Select) {
            Value keep = n.inputs().get(0), a = n.inputs().get(1), c = n.inputs().get(2);
            if (isScores(a, m) && isMasked(c, m)) return selectMask(n, keep, a, false);
            if (isScores(c, m) && isMasked(a, m)) return selectMask(n, keep, c, true);
            return null;
        }
        return new Masking(x, null, false, false, false);
    }

    private static Masking selectMask(Node sel, Value keep, Value scores, boolean invert) {
        if (!sel.output().type().shape().equals(scores.type().shape())) return null;
        return new Masking(scores, keep, false, true, invert);
    }

    /** True when {@code v} is (a scalar multiple of) a matmul: the scores. */
    private static boolean isScores(Value v, Match m) { return m.producer(unscale(v, m).base(), Linalg.MatMul.class) != null; }

    private static boolean isMasked(Value v, Match m) {
        Double s = m.splat(v);
        return s != null && s <= MASKED;
    }

    /** A constant mask over {@code [.., S, T]}, leading axes 1: 0 where key {@code j <= i}, masked where {@code j > i}. */
    private static boolean isCausal(Value mask, Match m) {
        Tensor c = m.constant(mask);
        if (c == null || !c.dtype().isFloat() || c.type().rank() < 2) return false;
        Shape s = c.shape();
        int r = s.rank();
        for (int i = 0; i < r - 2; i++) if (s.dim(i) != 1) return false;
        long rows = s.dim(r - 2), cols = s.dim(r - 1);
        if (rows != cols) return false;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double x = c.getDouble((int) (i * cols + j));
                if (j <= i ? x != 0 : !(x <= MASKED)) return false;
            }
        }
        return true;
    }

    /** Without the NaN guard: true when no row of the mask closes every key (so the original never gives NaN). */
    private static boolean neverFullyMasked(Masking mk, Match m) {
        if (mk.causal() || mk.mask() == null) return true;
        Tensor c = m.constant(mk.mask());
        if (c == null || c.size() == 0) return false;
        long cols = c.type().rank() == 0 ? 1 : c.shape().dim(c.type().rank() - 1);
        for (long row = 0; row < c.size() / cols; row++) {
            boolean open = false;
            for (long j = 0; j < cols && !open; j++) {
                double x = c.getDouble((int) (row * cols + j));
                open = mk.boolMask() ? (x != 0) != mk.invert() : x > MASKED;
            }
            if (!open) return false;
        }
        return true;
    }

    /** {@code v} without scalar-constant multiplies and divides (each read once), and their product. */
    private static Scaled unscale(Value v, Match m) {
        double f = 1;
        while (m.single(v)) {
            Node n = m.producer(v);
            if (n == null || !(n.op() instanceof Binary(BinaryFn fn))) break;
            Value a = n.inputs().get(0), c = n.inputs().get(1);
            Double ca = m.splat(a), cc = m.splat(c);
            if (fn == BinaryFn.MUL && cc != null && a.type().equals(v.type())) { f *= cc; v = a; }
            else if (fn == BinaryFn.MUL && ca != null && c.type().equals(v.type())) { f *= ca; v = c; }
            else if (fn == BinaryFn.DIV && cc != null && a.type().equals(v.type())) { f /= cc; v = a; }
            else break;
        }
        return new Scaled(v, f);
    }
}
