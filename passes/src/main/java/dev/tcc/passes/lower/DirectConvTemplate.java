package dev.tcc.passes.lower;

import dev.tcc.ir.Linalg;
import dev.tcc.ir.Node;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.Expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.tcc.ir.kernel.Exprs.mul;

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
        Value x = node.inputs().get(0), w = node.inputs().get(1);
        Shape xs = x.type().shape(), ws = w.type().shape(), ys = node.outputs().get(0).type().shape();
        boolean flat = ws.size() == ws.dim(0) * ws.dim(1) && c.strides().stream().allMatch(v -> v == 1) && c.pads().stream().allMatch(v -> v == 0);
        int lead = flat ? 2 : ys.rank() - 1;
        Shape rowShape = Shape.of(Arrays.copyOfRange(ys.dims(), 0, lead));
        long len = ys.size() / Math.max(1, rowShape.size()), cg = ws.dim(1), mg = ws.dim(0) / c.group();
        List<Long> kernel = Formulas.spatial(ws);
        RunKernel.lower(pb, node, out, p, "conv_direct", rowShape, new RunKernel.Body() {
            @Override public Expr init(Emitter em, Scope s, List<Expr> row) {
                return node.inputs().size() > 2 ? em.valueAt(s, node.inputs().get(2), List.of(row.get(1))) : IndexMaps.zero(Emitter.vt(node.outputs().get(0)));
            }

            @Override public void accumulate(Emitter em, Scope s, RunKernel k) {
                Expr m = k.row.get(1), grp = s.let("g", Ix.div(m, mg));
                s.forRange("ci", Ix.lit(0), Ix.lit(cg), (l, ci) -> {
                    Expr ch = l.let("c", Ix.add(Ix.mul(grp, cg), ci));
                    Formulas.window(l, kernel, 0, new ArrayList<>(), (tap, taps) -> {
                        List<Expr> wi = new ArrayList<>(List.of(m, ci));
                        wi.addAll(taps);
                        Expr wv = tap.let("w", em.valueAt(tap, w, wi));
                        k.each(tap, (r, o, add) -> {
                            if (flat) {
                                add.accept(r, mul(em.valueAt(r, x, Ix.delinear(r, Ix.add(Ix.mul(Ix.add(Ix.mul(k.row.get(0), xs.dim(1)), ch), len), o), xs)), wv));
                                return;
                            }
                            List<Expr> pos = new ArrayList<>(k.row.subList(2, lead));
                            pos.add(o);
                            List<Expr> xi = new ArrayList<>(List.of(k.row.get(0), ch));
                            Expr inside = Formulas.convTaps(r, c, xs, pos, taps, xi);
                            if (inside == null) add.accept(r, mul(em.valueAt(r, x, xi), wv));
                            else r.ifThen(inside, in -> add.accept(in, mul(em.valueAt(in, x, xi), wv)));
                        });
                    });
                });
            }
        });
    }
}
