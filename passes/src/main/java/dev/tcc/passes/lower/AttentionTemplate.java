package dev.tcc.passes.lower;

import dev.tcc.ir.program.DeviceTypes;
import dev.tcc.ir.DType;
import dev.tcc.ir.Node;
import dev.tcc.ir.Numerics;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.MathFn;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * Scaled dot-product attention ({@link Structured.Attention}) with one work-item per query row: the row's
 * biased scores go to a private array of the key length, then softmax and the weighted sum of V. With
 * {@link Tuning.Attention#split} above 1 (GPUs) a workgroup shares each row instead: its work-items stride over
 * the keys, the scores wait in workgroup memory, max and sum are tree reductions ({@link Rows}), and the
 * work-items stride over the output dims. Masks
 * (boolean or additive, shorter than the keys), causal masking, key lengths, soft-capping, grouped-query
 * heads and the four {@code qk} output modes follow the reference interpreter, including the rounding to
 * Q's type where ONNX materialises a tensor and zeros for a fully masked row.
 */
final class AttentionTemplate {
    private AttentionTemplate() {}

    static void lower(ProgramBuilder pb, Node node, Tuning.Attention p) {
        Structured.Attention op = (Structured.Attention) node.op();
        List<Value> in = node.inputs();
        Value q = in.get(0), k = in.get(1), v = in.get(2);
        Value mask = op.hasMask() ? in.get(3) : null, lens = op.hasKvLengths() ? in.get(in.size() - 1) : null;
        Value y = node.outputs().get(0), qk = node.outputs().get(1);
        // the score matrix is written only when something reads it (recognised attention never does)
        boolean storeQk = pb.isRead(qk);
        Shape qs = q.type().shape();
        long nb = qs.dim(0), hq = qs.dim(1), s = qs.dim(2), d = qs.dim(3);
        long hkv = k.type().shape().dim(1), nt = k.type().shape().dim(2), dv = v.type().shape().dim(3), perKv = hq / hkv;
        long rows = nb * hq * s;
        if (rows == 0) return;
        if (nt > p.maxKeys()) throw new LoweringException("attention over " + nt + " keys is longer than the " + p.maxKeys() + " this template keeps per row");
        DType t = q.type().dtype(), st = op.softmaxType();
        DType vt = Emitter.vt(q), sv = DeviceTypes.value(st);
        double rootScale = Numerics.round(t, Math.sqrt(op.scale()));
        long maskLen = mask == null ? 0 : mask.type().shape().dim(mask.type().rank() - 1);
        int width = pb.target.workgroup(p.workgroup());
        // a workgroup per query row where the row's scores and their open flags fit in workgroup memory beside the reduction's
        int split = (int) Math.min(Math.max(1, p.split()), Long.highestOneBit(Math.max(1, nt)));
        long bytesPerKey = sv.bits() / 8;
        boolean group = split > 1 && (2 * nt + split) * bytesPerKey <= pb.target.localMemBytes();
        Emitter.Built b = Emitter.build(pb, pb.kernelName("attention"), (em, kb) -> {
            Rows r = group ? new Rows(kb, pb.target, rows, nt, new Tuning.Rows(split, 2, width, 1)) : null;
            em.tune("template", group ? "attention_keys" : "attention_row");
            em.tune("workgroup", group ? r.width : width);
            ArrayDecl w = group ? kb.workgroupArray("w", sv, (int) nt) : kb.privateArray("w", sv, (int) Math.max(1, nt));
            ArrayDecl opened = group ? kb.workgroupArray("opened", sv, (int) nt) : null;
            BiConsumer<Scope, Expr> rowBody = (sc, row) -> {
                List<Expr> bhi = Ix.delinear(sc, row, Shape.of(nb, hq, s));
                Expr bb = bhi.get(0), h = bhi.get(1), i = bhi.get(2);
                Expr kvh = sc.let("kvh", Ix.div(h, perKv));
                // the key length clamped to [0, nt + s + left window]: at either bound every key is masked (or,
                // above, none by length or causality and all by the window) as for any length beyond it, and the
                // clamp keeps this i64 arithmetic within 32 bits for targets without 64-bit integers (WGSL)
                long longest = nt + s + Math.max(0, op.leftWindow());
                Expr given = lens == null ? null : sc.let("klen_given", cast(DType.I64, em.valueAt(sc, lens, List.of(bb))));
                Expr limit = lens == null ? null
                        : sc.let("klen", select(lt(given, i64(0)), i64(0), select(gt(given, i64(longest)), i64(longest), given)));
                Expr offset = lens == null ? i64(op.causalOffset()) : sc.let("off", sub(limit, i64(s)));
                // key j's biased score in the softmax type, and whether anything but -inf biases it (ws, open)
                BiFunction<Scope, Expr, Expr[]> key = (l, j) -> {
                    Expr.Var bias = l.var("bias", lit(vt, 0.0));
                    if (mask != null) {
                        l.ifThenElse(lt(j, Ix.lit(maskLen)), m -> {
                            List<Expr> full = List.of(bb, h, i, j);
                            Expr mv = em.valueAt(m, mask, Ix.broadcast(full, mask.type().shape(), Shape.of(nb, hq, s, maskLen)));
                            m.assign(bias, mask.type().dtype() == DType.BOOL ? select(mv, lit(vt, 0.0), lit(vt, Double.NEGATIVE_INFINITY)) : mv);
                        }, m -> m.assign(bias, lit(vt, Double.NEGATIVE_INFINITY)));
                    }
                    if (op.causal()) l.ifThen(gt(cast(DType.I64, j), add(cast(DType.I64, i), offset)), c -> c.assign(bias, add(bias, lit(vt, Double.NEGATIVE_INFINITY))));
                    if (op.leftWindow() >= 0 || op.rightWindow() >= 0) {
                        // sliding window: keys further than leftWindow behind or rightWindow ahead of i + offset
                        Expr ahead = l.let("ahead", sub(cast(DType.I64, j), add(cast(DType.I64, i), offset)));
                        Expr outside = bool(false);
                        if (op.leftWindow() >= 0) outside = or(outside, gt(neg(ahead), i64(op.leftWindow())));
                        if (op.rightWindow() >= 0) outside = or(outside, gt(ahead, i64(op.rightWindow())));
                        l.ifThen(outside, c -> c.assign(bias, add(bias, lit(vt, Double.NEGATIVE_INFINITY))));
                    }
                    if (limit != null) l.ifThen(ge(cast(DType.I64, j), limit), c -> c.assign(bias, add(bias, lit(vt, Double.NEGATIVE_INFINITY))));
                    Expr open = l.let("isopen", ne(bias, lit(vt, Double.NEGATIVE_INFINITY)));
                    Expr.Var dot = l.var("dot", lit(vt, 0.0));
                    l.forRange("e", Ix.lit(0), Ix.lit(d), (le, e) -> {
                        Expr qe = ScalarOps.fit(le, mul(em.valueAt(le, q, List.of(bb, h, i, e)), lit(vt, rootScale)), t);
                        Expr ke = ScalarOps.fit(le, mul(em.valueAt(le, k, List.of(bb, kvh, j, e)), lit(vt, rootScale)), t);
                        le.assign(dot, add(dot, mul(qe, ke)));
                    });
                    Expr score = l.let("score", ScalarOps.fit(l, dot, t));
                    Expr capped = op.softcap() > 0
                            ? l.let("capped", ScalarOps.fit(l, mul(lit(vt, op.softcap()), call(MathFn.TANH, div(score, lit(vt, op.softcap())))), t))
                            : score;
                    Expr biased = l.let("biased", ScalarOps.fit(l, add(capped, bias), t));
                    Expr lin = l.let("qki", Ix.add(Ix.mul(row, nt), j));
                    if (storeQk && op.qkMode() < 3) em.store(l, qk, lin, switch (op.qkMode()) { case 0 -> score; case 1 -> capped; default -> biased; });
                    return new Expr[] {l.let("ws", ScalarOps.fit(l, cast(sv, biased), st)), open};
                };
                Expr top, dead, sum;
                if (group) {
                    r.forEach(sc, (l, j) -> {
                        Expr[] ws = key.apply(l, j);
                        l.store(w, j, ws[0]);
                        l.store(opened, j, select(ws[1], lit(sv, 1.0), lit(sv, 0.0)));
                    });
                    // each work-item reads back only the keys it wrote (the reductions stride like forEach)
                    top = sc.let("top", r.reduce(sc, Rows.Combine.MAX, lit(sv, Double.NEGATIVE_INFINITY), (l, j) -> load(w, j)));
                    Expr anyOpen = r.reduce(sc, Rows.Combine.MAX, lit(sv, 0.0), (l, j) -> load(opened, j));
                    dead = sc.let("dead", or(eq(anyOpen, lit(sv, 0.0)), call(MathFn.ISINF, top)));
                    sum = sc.let("sum", r.reduce(sc, Rows.Combine.SUM, lit(sv, 0.0), (l, j) -> {
                        Expr e = l.let("ex", call(MathFn.EXP, sub(load(w, j), top)));
                        l.store(w, j, e);
                        return e;
                    }));
                } else {
                    Expr.Var best = sc.var("top", lit(sv, Double.NEGATIVE_INFINITY));
                    Expr.Var open = sc.var("open", bool(false));
                    sc.forRange("j", Ix.lit(0), Ix.lit(nt), (l, j) -> {
                        Expr[] ws = key.apply(l, j);
                        l.ifThen(ws[1], c -> c.assign(open, bool(true)));
                        l.store(w, j, ws[0]);
                        l.assign(best, select(or(call(MathFn.ISNAN, ws[0]), gt(ws[0], best)), ws[0], best));
                    });
                    top = best;
                    dead = sc.let("dead", or(not(open), call(MathFn.ISINF, top)));
                    Expr.Var total = sc.var("sum", lit(sv, 0.0));
                    sc.forRange("j", Ix.lit(0), Ix.lit(nt), (l, j) -> {
                        Expr e = l.let("ex", call(MathFn.EXP, sub(load(w, j), top)));
                        l.store(w, j, e);
                        l.assign(total, add(total, e));
                    });
                    sum = total;
                }
                BiConsumer<Scope, Expr.Var> probability = (l, j) -> {
                    Expr pj = l.let("pj", select(dead, lit(sv, 0.0), ScalarOps.fit(l, cast(vt, ScalarOps.fit(l, div(load(w, j), sum), st)), t)));
                    l.store(w, j, cast(sv, pj));
                    if (storeQk && op.qkMode() == 3) em.store(l, qk, Ix.add(Ix.mul(row, nt), j), cast(vt, pj));
                };
                BiConsumer<Scope, Expr.Var> output = (l, e) -> {
                    Expr.Var acc = l.var("acc", lit(vt, 0.0));
                    l.forRange("j", Ix.lit(0), Ix.lit(nt), (lj, j) ->
                            lj.assign(acc, add(acc, mul(cast(vt, load(w, j)), em.valueAt(lj, v, List.of(bb, kvh, j, e))))));
                    em.store(l, y, Ix.add(Ix.mul(row, dv), e), ScalarOps.fit(l, acc, t));
                };
                if (group) {
                    r.forEach(sc, probability);
                    sc.barrier();
                    sc.forRange("e", r.lid, Ix.lit(dv), r.width, output);
                } else {
                    sc.forRange("j", Ix.lit(0), Ix.lit(nt), probability);
                    sc.forRange("e", Ix.lit(0), Ix.lit(dv), output);
                }
            };
            if (group) {
                r.body(sc -> rowBody.accept(sc, r.row));
            } else {
                kb.grid(Grid.covering(rows, width));
                kb.body(body -> {
                    Scope s0 = new Scope(body, null);
                    Expr row = s0.let("row", globalId(0));
                    s0.ifThen(lt(row, Ix.lit(rows)), sc -> rowBody.accept(sc, row));
                });
            }
        });
        pb.launch(b, "attention");
    }
}
