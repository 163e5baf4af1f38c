package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.Node;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.MathFn;

import java.util.List;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * Batched matmul {@code C[b] = A[b] x B[b]} with workgroup-memory tiles: a {@code tile x tile} workgroup
 * computes one tile of C, staging a {@code tile x tile} slab of A and of B per step along K. Operand
 * elements are read through {@link Emitter#valueAt}, so transposes, reshapes, scales and casts in front of
 * the matmul become its prologue; the epilogue chain (bias, activation, residual) is applied to the
 * accumulator before the single store. Batches run along the grid's third dimension.
 */
final class MatMulTemplate {
    private MatMulTemplate() {}

    /** True when the tiled kernel suits {@code n}'s shapes. */
    static boolean suits(Node n, Tuning.MatMul p) {
        Shape a = n.inputs().get(0).type().shape(), b = n.inputs().get(1).type().shape();
        long m = a.rank() > 1 ? a.dim(a.rank() - 2) : 1, k = a.dim(a.rank() - 1), nn = b.rank() > 1 ? b.dim(b.rank() - 1) : 1;
        return m >= p.minDim() && nn >= p.minDim() && k >= p.minDim();
    }

    static void lower(ProgramBuilder pb, Node node, Value out, Tuning.MatMul p) {
        Value a = node.inputs().get(0), b = node.inputs().get(1), c = node.outputs().get(0);
        Shape as = a.type().shape(), bs = b.type().shape(), cs = c.type().shape();
        long m = as.rank() > 1 ? as.dim(as.rank() - 2) : 1, k = as.dim(as.rank() - 1), n = bs.rank() > 1 ? bs.dim(bs.rank() - 1) : 1;
        if (cs.size() == 0) return;
        long batches = cs.size() / (m * n);
        int batchRank = cs.rank() - (as.rank() > 1 ? 1 : 0) - (bs.rank() > 1 ? 1 : 0);
        long[] bd = new long[batchRank];
        for (int i = 0; i < batchRank; i++) bd[i] = cs.dim(i);
        Shape batchShape = Shape.of(bd);
        int t = Math.max(1, Math.min(p.tile(), (int) Math.sqrt(pb.target.maxWorkgroupSize())));
        DType acc = Emitter.vt(c);
        Emitter.Built built = Emitter.build(pb, pb.kernelName("matmul"), (em, kb) -> {
            em.tune("template", "matmul_tiled");
            em.tune("tile", t);
            ArrayDecl ta = kb.workgroupArray("tile_a", acc, t * t);
            ArrayDecl tb = kb.workgroupArray("tile_b", acc, t * t);
            kb.grid(Grid.of(Grid.ceilDiv(n, t), Grid.ceilDiv(m, t), batches, t, t, 1));
            kb.body(body -> {
                Scope s = new Scope(body, null);
                Expr tx = s.let("tx", localId(0)), ty = s.let("ty", localId(1));
                Expr col = s.let("col", add(mul(groupId(0), Ix.lit(t)), tx));
                Expr row = s.let("row", add(mul(groupId(1), Ix.lit(t)), ty));
                Expr bz = s.let("bz", groupId(2));
                List<Expr> batch = Ix.delinear(s, bz, batchShape);
                List<Expr> aPre = Formulas.batchIndex(batch, as), bPre = Formulas.batchIndex(batch, bs);
                Expr.Var sum = s.var("acc", IndexMaps.zero(acc));
                Expr slot = s.let("slot", add(mul(ty, Ix.lit(t)), tx));
                s.forRange("k0", Ix.lit(0), Ix.lit(k), t, (l, k0) -> {
                    Expr ka = l.let("ka", add(k0, tx));
                    Expr kb2 = l.let("kb", add(k0, ty));
                    l.ifThenElse(and(lt(row, Ix.lit(m)), lt(ka, Ix.lit(k))),
                            y -> y.store(ta, slot, em.valueAt(y, a, Formulas.aIndex(as, aPre, row, ka))),
                            z -> z.store(ta, slot, IndexMaps.zero(acc)));
                    l.ifThenElse(and(lt(kb2, Ix.lit(k)), lt(col, Ix.lit(n))),
                            y -> y.store(tb, slot, em.valueAt(y, b, Formulas.bIndex(bs, bPre, kb2, col))),
                            z -> z.store(tb, slot, IndexMaps.zero(acc)));
                    l.barrier();
                    l.forRange("kk", Ix.lit(0), Ix.lit(t), (inner, kk) -> {
                        Expr x = load(ta, add(mul(ty, Ix.lit(t)), kk)), y = load(tb, add(mul(kk, Ix.lit(t)), tx));
                        inner.assign(sum, acc.isFloat() ? call(MathFn.FMA, x, y, sum) : add(sum, mul(x, y)));
                    });
                    l.barrier();
                });
                s.ifThen(and(lt(row, Ix.lit(m)), lt(col, Ix.lit(n))), st -> {
                    Expr lin = st.let("lin", add(mul(add(mul(bz, Ix.lit(m)), row), Ix.lit(n)), col));
                    em.storeThrough(st, node, 0, out, lin, ScalarOps.fit(st, sum, c.type().dtype()));
                });
            });
        });
        pb.launch(built, "matmul");
    }
}
