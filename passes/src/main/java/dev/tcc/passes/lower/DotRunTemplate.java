package dev.tcc.passes.lower;

import dev.tcc.ir.Node;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.Expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.tcc.ir.kernel.Exprs.mul;

/**
 * Matmuls too small or skinny for the tiled template (a matrix-vector product, M = 1) whose B operand is a
 * matrix: a {@link RunKernel} over runs of adjacent output columns. Each step of the reduction loads one
 * element of A and a run of adjacent elements of a row of B, so B streams contiguously; sums run in the
 * same order as the one-element dot product.
 */
final class DotRunTemplate {
    private DotRunTemplate() {}

    /** True when {@code n} (a matmul) has a matrix B, whose columns the runs walk. */
    static boolean suits(Node n) { return n.inputs().get(1).type().rank() > 1; }

    static void lower(ProgramBuilder pb, Node node, Value out, Tuning.Pointwise p) {
        Value a = node.inputs().get(0), b = node.inputs().get(1);
        Shape as = a.type().shape(), bs = b.type().shape(), ys = node.outputs().get(0).type().shape();
        Shape rowShape = Shape.of(Arrays.copyOfRange(ys.dims(), 0, ys.rank() - 1));
        long k = as.dim(as.rank() - 1);
        RunKernel.lower(pb, node, out, p, "dot_run", rowShape, new RunKernel.Body() {
            @Override public Expr init(Emitter em, Scope s, List<Expr> row) { return IndexMaps.zero(Emitter.vt(node.outputs().get(0))); }

            @Override public void accumulate(Emitter em, Scope s, RunKernel r) {
                List<Expr> idx = new ArrayList<>(r.row);
                idx.add(r.start);
                Formulas.MatMulIndex mi = Formulas.matmulIndex(node, idx);
                s.forRange("k", Ix.lit(0), Ix.lit(k), (l, kk) -> {
                    Expr av = l.let("a", em.valueAt(l, a, Formulas.aIndex(as, mi.aPrefix(), mi.row(), kk)));
                    r.each(l, (t, o, add) -> add.accept(t, mul(av, em.valueAt(t, b, Formulas.bIndex(bs, mi.bPrefix(), kk, o)))));
                });
            }
        });
    }
}
