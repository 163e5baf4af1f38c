package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Node;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.MathFn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * Element formulas of the window and contraction ops (one output element per work-item, looping over its
 * window or its reduction) and of the small reductions: transposed convolution,
 * pooling, max-pool indices, matmul as a dot product, arg-max/min and cumulative sums. Accumulators have the
 * output's value type (f32 for f16). Out-of-range window taps are skipped with {@code if}, so no load
 * leaves its buffer.
 */
final class Formulas {
    private Formulas() {}

    static Expr linalg(Emitter em, Scope s, Node n, Linalg op, List<Expr> idx) {
        return switch (op) {
            case Linalg.MatMul m -> dot(em, s, n, idx);
            case Linalg.Conv c -> throw new IllegalStateException("conv is lowered by the direct or implicit-GEMM template");
            case Linalg.ConvTranspose c -> convTranspose(em, s, n, c, idx);
            case Linalg.Pool p -> Pooling.pool(em, s, n, p, idx);
            case Linalg.MaxPoolIndices p -> Pooling.indices(em, s, n, p, idx);
        };
    }

    static Expr reduction(Emitter em, Scope s, Node n, Reduction op, List<Expr> idx) {
        return switch (op) {
            case Reduction.Reduce r -> throw new IllegalStateException("reduce is lowered by the row template");
            case Reduction.ArgReduce a -> argReduce(em, s, n, a, idx);
            case Reduction.Cumulative c -> cumulative(em, s, n, c, idx);
        };
    }

    /** The matmul operand indices for output index {@code idx}: A's batch index, row; B's batch index, column. */
    record MatMulIndex(List<Expr> aPrefix, List<Expr> bPrefix, Expr row, Expr col) {}

    /** Splits an output index of {@code n} (a matmul) into the operands' batch indices, row and column. */
    static MatMulIndex matmulIndex(Node n, List<Expr> idx) {
        Shape a = n.inputs().get(0).type().shape(), b = n.inputs().get(1).type().shape();
        int batchRank = idx.size() - (a.rank() > 1 ? 1 : 0) - (b.rank() > 1 ? 1 : 0);
        List<Expr> batch = idx.subList(0, batchRank);
        Expr row = a.rank() > 1 ? idx.get(batchRank) : Ix.lit(0);
        Expr col = b.rank() > 1 ? idx.get(idx.size() - 1) : Ix.lit(0);
        return new MatMulIndex(batchIndex(batch, a), batchIndex(batch, b), row, col);
    }

    /** The batch part of operand {@code s}'s index (broadcast) for output batch index {@code batch}. */
    static List<Expr> batchIndex(List<Expr> batch, Shape s) {
        int r = Math.max(0, s.rank() - 2);
        List<Expr> out = new ArrayList<>();
        int off = batch.size() - r;
        for (int d = 0; d < r; d++) out.add(s.dim(d) == 1 ? Ix.lit(0) : batch.get(off + d));
        return out;
    }

    /** A's index for element (row, k). */
    static List<Expr> aIndex(Shape a, List<Expr> prefix, Expr row, Expr k) {
        List<Expr> i = new ArrayList<>(prefix);
        if (a.rank() > 1) i.add(row);
        i.add(k);
        return i;
    }

    /** B's index for element (k, col). */
    static List<Expr> bIndex(Shape b, List<Expr> prefix, Expr k, Expr col) {
        List<Expr> i = new ArrayList<>(prefix);
        i.add(k);
        if (b.rank() > 1) i.add(col);
        return i;
    }

    private static Expr dot(Emitter em, Scope s, Node n, List<Expr> idx) {
        Value a = n.inputs().get(0), b = n.inputs().get(1);
        Shape as = a.type().shape();
        long k = as.dim(as.rank() - 1);
        MatMulIndex mi = matmulIndex(n, idx);
        Expr.Var acc = s.var("acc", IndexMaps.zero(Emitter.vt(n.outputs().get(0))));
        s.forRange("k", Ix.lit(0), Ix.lit(k), (l, kk) -> l.assign(acc, add(acc,
                mul(em.valueAt(l, a, aIndex(as, mi.aPrefix(), mi.row(), kk)), em.valueAt(l, b, bIndex(b.type().shape(), mi.bPrefix(), kk, mi.col()))))));
        return acc;
    }

    /** Nested loops over a window of {@code k} (one loop per spatial axis); the body gets the tap indices. */
    static void window(Scope s, List<Long> k, int axis, List<Expr> taps, BiConsumer<Scope, List<Expr>> body) {
        if (axis == k.size()) {
            body.accept(s, List.copyOf(taps));
            return;
        }
        s.forRange("t" + axis, Ix.lit(0), Ix.lit(k.get(axis)), (l, t) -> {
            taps.add(t);
            window(l, k, axis + 1, taps, body);
            taps.removeLast();
        });
    }

    static List<Long> spatial(Shape s) {
        List<Long> r = new ArrayList<>();
        for (int d = 2; d < s.rank(); d++) r.add(s.dim(d));
        return r;
    }

    /**
     * Appends to {@code xi} the input position that output position {@code out} reads at kernel tap
     * {@code taps} of convolution {@code c} ({@code out * stride + tap * dilation - pad_begin} per spatial
     * axis of input shape {@code xs}); returns the condition that it lies inside the input (null where no
     * axis is padded, so no position can leave it).
     */
    static Expr convTaps(Scope s, Linalg.Conv c, Shape xs, List<Expr> out, List<Expr> taps, List<Expr> xi) {
        int sp = xs.rank() - 2;
        Expr inside = null;
        for (int d = 0; d < sp; d++) {
            long pb = c.pads().get(d), pe = c.pads().get(d + sp);
            Expr i = s.let("x" + d, Ix.sub(Ix.add(Ix.mul(out.get(d), c.strides().get(d)), Ix.mul(taps.get(d), c.dilations().get(d))), pb));
            if (pb > 0 || pe > 0) inside = Ix.and(inside, Ix.inRange(i, xs.dim(2 + d)));
            xi.add(i);
        }
        return inside;
    }

    private static Expr convTranspose(Emitter em, Scope s, Node n, Linalg.ConvTranspose c, List<Expr> idx) {
        Value x = n.inputs().get(0), w = n.inputs().get(1), out = n.outputs().get(0);
        Shape xs = x.type().shape(), ws = w.type().shape();
        int sp = xs.rank() - 2;
        long cg = xs.dim(1) / c.group(), mg = ws.dim(1);
        Expr m = idx.get(1);
        Expr grp = s.let("g", Ix.div(m, mg));
        Expr mo = s.let("mo", Ix.rem(m, mg));
        Expr init = n.inputs().size() > 2 ? em.valueAt(s, n.inputs().get(2), List.of(m)) : IndexMaps.zero(Emitter.vt(out));
        Expr.Var acc = s.var("acc", init);
        s.forRange("ci", Ix.lit(0), Ix.lit(cg), (l, ci) -> {
            Expr ch = l.let("c", Ix.add(Ix.mul(grp, cg), ci));
            window(l, spatial(ws), 0, new ArrayList<>(), (body, taps) -> {
                List<Expr> xi = new ArrayList<>(List.of(idx.get(0), ch));
                Expr ok = null;
                for (int d = 0; d < sp; d++) {
                    long stride = c.strides().get(d);
                    Expr t = body.let("y" + d, Ix.sub(Ix.add(idx.get(2 + d), c.pads().get(d)), Ix.mul(taps.get(d), c.dilations().get(d))));
                    Expr q = body.let("x" + d, Ix.div(t, stride));
                    Expr cond = and(ge(t, Ix.lit(0)), lt(q, Ix.lit(xs.dim(2 + d))));
                    if (stride > 1) cond = and(cond, eq(Ix.rem(t, stride), Ix.lit(0)));
                    ok = Ix.and(ok, cond);
                    xi.add(q);
                }
                List<Expr> wi = new ArrayList<>(List.of(ch, mo));
                wi.addAll(taps);
                body.ifThen(ok, t -> t.assign(acc, add(acc, mul(em.valueAt(t, x, xi), em.valueAt(t, w, wi)))));
            });
        });
        return acc;
    }

    private static Expr argReduce(Emitter em, Scope s, Node n, Reduction.ArgReduce a, List<Expr> idx) {
        Value x = n.inputs().get(0);
        Shape xs = x.type().shape();
        long len = xs.dim(a.axis());
        List<Expr> base = new ArrayList<>(idx);
        if (!a.keepDims()) base.add(a.axis(), Ix.lit(0));
        List<Expr> first = new ArrayList<>(base);
        first.set(a.axis(), Ix.lit(0));
        if (len == 0) return i64(0);
        Expr.Var best = s.var("best", i32(0));
        Expr.Var bestVal = s.var("bv", em.valueAt(s, x, first));
        boolean isFloat = x.type().dtype().isFloat();
        s.forRange("k", Ix.lit(1), Ix.lit(len), (l, k) -> {
            List<Expr> at = new ArrayList<>(base);
            at.set(a.axis(), k);
            Expr v = em.valueAt(l, x, at);
            Expr greater, equal;
            if (isFloat) {
                Expr pn = l.let("pn", call(MathFn.ISNAN, v)), qn = l.let("qn", call(MathFn.ISNAN, bestVal));
                Expr eitherNan = or(pn, qn);
                greater = a.max() ? select(eitherNan, and(pn, not(qn)), gt(v, bestVal)) : select(eitherNan, and(qn, not(pn)), lt(v, bestVal));
                equal = select(eitherNan, and(pn, qn), eq(v, bestVal));
            } else {
                greater = a.max() ? gt(v, bestVal) : lt(v, bestVal);
                equal = eq(v, bestVal);
            }
            Expr take = a.selectLastIndex() ? or(greater, equal) : greater;
            l.ifThen(take, t -> {
                t.assign(best, k);
                t.assign(bestVal, v);
            });
        });
        return cast(DType.I64, best);
    }

    /** A running sum or product along {@code c.axis()}, inclusive or exclusive, forward or reversed. */
    private static Expr cumulative(Emitter em, Scope s, Node n, Reduction.Cumulative c, List<Expr> idx) {
        Value x = n.inputs().get(0);
        long len = x.type().shape().dim(c.axis());
        Expr i = idx.get(c.axis());
        Expr start, end;
        if (!c.reverse()) {
            start = Ix.lit(0);
            end = c.exclusive() ? i : Ix.add(i, 1);
        } else {
            start = c.exclusive() ? Ix.add(i, 1) : i;
            end = Ix.lit(len);
        }
        Expr.Var acc = s.var("acc", c.product() ? IndexMaps.one(Emitter.vt(x)) : IndexMaps.zero(Emitter.vt(x)));
        s.forRange("k", start, end, (l, k) -> {
            List<Expr> at = new ArrayList<>(idx);
            at.set(c.axis(), k);
            Expr v = em.valueAt(l, x, at);
            l.assign(acc, c.product() ? mul(acc, v) : add(acc, v));
        });
        return ScalarOps.fit(s, acc, x.type().dtype());
    }
}
