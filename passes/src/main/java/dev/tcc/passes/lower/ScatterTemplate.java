package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.MathFn;

import java.util.ArrayList;
import java.util.List;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * ScatterND and ScatterElements as two launches: a pointwise copy of the data into the output, then one
 * work-item applying every update in order. The serial second pass keeps the result deterministic when
 * indices repeat (the last update wins, reductions combine in index order), as the reference does;
 * scatters in real models are small updates, so the copy dominates.
 */
final class ScatterTemplate {
    private ScatterTemplate() {}

    static void lower(ProgramBuilder pb, Node node, Value out, Tuning.Pointwise copy) {
        Value data = node.inputs().get(0), indices = node.inputs().get(1), updates = node.inputs().get(2);
        if (out.type().size() == 0) return;
        copy(pb, node, data, out, copy);
        long count = updates.type().size();
        if (count == 0) return;
        Movement.ScatterReduction red = node.op() instanceof Movement.ScatterND nd ? nd.reduction() : ((Movement.ScatterElements) node.op()).reduction();
        Shape ds = data.type().shape(), is = indices.type().shape(), us = updates.type().shape();
        Emitter.Built b = Emitter.build(pb, pb.kernelName(node.op().mnemonic()), (em, kb) -> {
            em.tune("template", "scatter_serial");
            BufferParam o = em.readsAndWrites(pb.bufferOf(out));
            kb.grid(Grid.of(1, 1));
            kb.body(body -> {
                Scope s = new Scope(body, null);
                s.forRange("u", Ix.lit(0), Ix.lit(count), (l, u) -> {
                    List<Expr> ui = Ix.delinear(l, u, us);
                    List<Expr> dst;
                    if (node.op() instanceof Movement.ScatterND) {
                        int q = is.rank();
                        int m = (int) is.dim(q - 1);
                        List<Expr> tuple = ui.subList(0, q - 1);
                        dst = new ArrayList<>();
                        for (int k = 0; k < m; k++) {
                            List<Expr> at = new ArrayList<>(tuple);
                            at.add(Ix.lit(k));
                            dst.add(IndexMaps.index(em, l, node, indices, m, k, em.valueAt(l, indices, at), ds.dim(k)));
                        }
                        dst.addAll(ui.subList(q - 1, ui.size()));
                    } else {
                        int axis = ((Movement.ScatterElements) node.op()).axis();
                        dst = new ArrayList<>(ui);
                        dst.set(axis, IndexMaps.index(em, l, node, indices, em.valueAt(l, indices, ui), ds.dim(axis)));
                    }
                    Expr at = l.let("dst", Ix.linear(l, dst, ds));
                    Expr v = em.valueAt(l, updates, ui);
                    Expr old = l.let("old", load(o, at));
                    l.store(o, at, combine(l, red, old, v, data.type().dtype()));
                });
            });
        });
        pb.launch(b, node.op().mnemonic());
    }

    private static void copy(ProgramBuilder pb, Node node, Value data, Value out, Tuning.Pointwise p) {
        long n = out.type().size();
        int wg = pb.target.workgroup(p.workgroup());
        Emitter.Built b = Emitter.build(pb, pb.kernelName("copy"), (em, kb) -> {
            em.tune("template", "pointwise");
            kb.grid(Grid.covering(n, wg));
            kb.body(body -> {
                Scope s = new Scope(body, null);
                Expr i = s.let("gid", globalId(0));
                s.ifThen(lt(i, Ix.lit(n)), t -> em.store(t, out, i, em.valueAt(t, data, Ix.delinear(t, i, data.type().shape()))));
            });
        });
        pb.launch(b, "copy");
    }

    private static Expr combine(Scope s, Movement.ScatterReduction red, Expr a, Expr b, DType t) {
        boolean f = a.type().isFloat();
        Expr r = switch (red) {
            case NONE -> b;
            case ADD -> add(a, b);
            case MUL -> mul(a, b);
            case MAX -> f ? select(or(call(MathFn.ISNAN, a), call(MathFn.ISNAN, b)), add(a, b), max(a, b)) : max(a, b);
            case MIN -> f ? select(or(call(MathFn.ISNAN, a), call(MathFn.ISNAN, b)), add(a, b), min(a, b)) : min(a, b);
        };
        return ScalarOps.fit(s, r, t);
    }
}
