package dev.tcc.passes.lower;

import dev.tcc.ir.Linalg;
import dev.tcc.ir.Node;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * Direct convolution (depthwise, grouped, and those too small for the implicit GEMM): each work-item
 * accumulates a <i>run</i> of adjacent outputs of one output row in a private array. The run lies along the
 * last spatial axis, or along all spatial axes of a 1 x 1, stride 1, unpadded convolution, where output and
 * input positions coincide. For each input channel and kernel tap the weight is loaded once and the
 * innermost loop, of constant trip count, walks the run: adjacent inputs for stride 1, which CPU drivers
 * vectorise. Inputs are read through {@link Emitter#valueAt} (prologues fuse), padding taps are skipped,
 * and each output goes through the epilogue chain to its single store.
 */
final class DirectConvTemplate {
    private DirectConvTemplate() {}

    static void lower(ProgramBuilder pb, Node node, Value out, Tuning.Pointwise p) {
        Linalg.Conv c = (Linalg.Conv) node.op();
        Value x = node.inputs().get(0), w = node.inputs().get(1), y = node.outputs().get(0);
        Value bias = node.inputs().size() > 2 ? node.inputs().get(2) : null;
        Shape xs = x.type().shape(), ws = w.type().shape(), ys = y.type().shape();
        if (ys.size() == 0) return;
        int sp = xs.rank() - 2;
        boolean flat = ws.size() == ws.dim(0) * ws.dim(1) && c.strides().stream().allMatch(v -> v == 1) && c.pads().stream().allMatch(v -> v == 0);
        int lead = flat ? 2 : ys.rank() - 1;
        Shape rowShape = Shape.of(Arrays.copyOfRange(ys.dims(), 0, lead));
        long len = ys.size() / rowShape.size(), rows = rowShape.size();
        int run = longestDivisor(len, p.run());
        long runs = len / run, items = rows * runs;
        long cg = ws.dim(1), mg = ws.dim(0) / c.group();
        List<Long> kernel = Formulas.spatial(ws);
        int wg = pb.target.workgroup((int) Math.min(p.workgroup(), Math.max(1, Long.highestOneBit(items) * 2)));
        Emitter.Built b = Emitter.build(pb, pb.kernelName("conv"), (em, kb) -> {
            em.tune("template", "conv_direct");
            em.tune("workgroup", wg);
            em.tune("run", run);
            kb.grid(Grid.covering(items, wg));
            ArrayDecl acc = kb.privateArray("acc", Emitter.vt(y), run);
            kb.body(body -> {
                Scope s = new Scope(body, null);
                Expr gid = s.let("gid", globalId(0));
                s.ifThen(lt(gid, Ix.lit(items)), t -> {
                    Expr row = t.let("row", Ix.div(gid, runs)), start = t.let("start", Ix.mul(Ix.rem(gid, runs), run));
                    List<Expr> ri = Ix.delinear(t, row, rowShape);
                    Expr m = ri.get(1), grp = t.let("g", Ix.div(m, mg));
                    Expr init = t.let("init", bias != null ? em.valueAt(t, bias, List.of(m)) : IndexMaps.zero(Emitter.vt(y)));
                    t.forRange("e", Ix.lit(0), Ix.lit(run), (l, e) -> l.store(acc, e, init));
                    t.forRange("ci", Ix.lit(0), Ix.lit(cg), (l, ci) -> {
                        Expr ch = l.let("c", Ix.add(Ix.mul(grp, cg), ci));
                        Formulas.window(l, kernel, 0, new ArrayList<>(), (tap, taps) -> {
                            List<Expr> wi = new ArrayList<>(List.of(m, ci));
                            wi.addAll(taps);
                            Expr wv = tap.let("w", em.valueAt(tap, w, wi));
                            tap.forRange("e", Ix.lit(0), Ix.lit(run), (r, e) -> {
                                Expr o = r.let("o", Ix.add(start, e));
                                List<Expr> xi;
                                Expr inside = null;
                                if (flat) {
                                    xi = Ix.delinear(r, Ix.add(Ix.mul(Ix.add(Ix.mul(ri.get(0), xs.dim(1)), ch), len), o), xs);
                                } else {
                                    List<Expr> pos = new ArrayList<>(ri.subList(2, lead));
                                    pos.add(o);
                                    xi = new ArrayList<>(List.of(ri.get(0), ch));
                                    inside = Formulas.convTaps(r, c, xs, pos, taps, xi);
                                }
                                List<Expr> at = xi;
                                Consumer<Scope> accumulate = a -> a.store(acc, e, add(load(acc, e), mul(em.valueAt(a, x, at), wv)));
                                if (inside == null) accumulate.accept(r);
                                else r.ifThen(inside, accumulate);
                            });
                        });
                    });
                    t.forRange("e", Ix.lit(0), Ix.lit(run), (l, e) ->
                            em.storeThrough(l, node, 0, out, Ix.add(Ix.mul(row, len), Ix.add(start, e)), load(acc, e)));
                });
            });
        });
        pb.launch(b, "conv");
    }

    /** The longest divisor of {@code n} that is at most {@code max} (at least 1). */
    static int longestDivisor(long n, int max) {
        for (int d = (int) Math.min(n, Math.max(1, max)); d > 1; d--) if (n % d == 0) return d;
        return 1;
    }
}
