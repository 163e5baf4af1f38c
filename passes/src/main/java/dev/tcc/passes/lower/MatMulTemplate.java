package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Node;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.Expr;

import java.util.List;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * Batched matmul {@code C[b] = A[b] x B[b]} with register-blocked workgroup-memory tiles ({@link TiledGemm}):
 * the {@code tiles} of {@link Tuning.MatMul}, or its {@code skinny} tiling when M is at most {@code skinnyM}
 * (batch-1 inference: GEMV-like products read B once, coalesced along N). Operand
 * elements are read through {@link Emitter#valueAt}, so transposes, reshapes, scales and casts in front of
 * the matmul become its prologue; the epilogue chain (bias, activation, residual) is applied to the
 * accumulator before the single store. Batches (broadcast) run along the grid's third dimension.
 */
final class MatMulTemplate {
    private MatMulTemplate() {}

    /** True when the tiled kernel suits {@code n}'s shapes: N and K long enough, and M either long enough or skinny. */
    static boolean suits(Node n, Tuning.MatMul p) {
        Shape a = n.inputs().get(0).type().shape(), b = n.inputs().get(1).type().shape();
        long m = a.rank() > 1 ? a.dim(a.rank() - 2) : 1, k = a.dim(a.rank() - 1), nn = b.rank() > 1 ? b.dim(b.rank() - 1) : 1;
        return (m >= p.minDim() || m <= p.skinnyM()) && nn >= p.minDim() && k >= p.minDim();
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
        // quantised weights dequantised to f32 in an f32 product are summed as raw integers and scaled after (f16 ones
        // round every dequantised weight, as the interpreter does)
        Node bq = pb.producer(b);
        Dequantize wq = bq != null && bq.op() instanceof Dequantize d && d.to() == DType.F32 && Emitter.vt(c) == DType.F32 ? d : null;
        TiledGemm.Dims dims = new TiledGemm.Dims(m, n, k, batches, Emitter.vt(c));
        Tuning.Tiles tiles = TiledGemm.fit(pb, m <= p.skinnyM() ? p.skinny() : p.tiles(), dims);
        // one scale per output column: each sum scaled once, at the store
        Dequantize dq = wq != null && DequantizeFormula.scalesByColumn(bq, wq) ? wq : null;
        // a scale (and zero point) per block of K rows: folded once per slab of K
        Dequantize blocks = dq == null && wq != null && DequantizeFormula.scalesByBlock(bq, wq) && TiledGemm.foldsBlocks(tiles, wq.group()) ? wq : null;
        Dequantize raw = dq != null ? dq : blocks; // B is read as its raw integers, scaled after summing
        TiledGemm.launch(pb, "matmul", m <= p.skinnyM() ? "matmul_skinny" : "matmul_tiled", dims, tiles,
                (em, s, bz) -> {
                    List<Expr> batch = Ix.delinear(s, bz, batchShape);
                    List<Expr> aPre = Formulas.batchIndex(batch, as), bPre = Formulas.batchIndex(batch, bs);
                    if (dq != null) em.tune("weight_scales", "per column, after the reduction");
                    if (blocks != null) em.tune("weight_scales", "per block of " + blocks.group() + ", once a slab");
                    return new TiledGemm.Problem(
                            (l, i, kk) -> TiledGemm.Load.always(y -> em.valueAt(y, a, Formulas.aIndex(as, aPre, i, kk))),
                            (l, kk, j) -> TiledGemm.Load.always(y -> raw != null ? DequantizeFormula.unscaled(em, y, bq, raw, Formulas.bIndex(bs, bPre, kk, j))
                                    : em.valueAt(y, b, Formulas.bIndex(bs, bPre, kk, j))),
                            (st, r, cl, acc) -> {
                                Expr lin = st.let("lin", add(mul(add(mul(bz, Ix.lit(m)), r), Ix.lit(n)), cl));
                                Expr sum = dq == null ? acc : mul(acc, DequantizeFormula.columnScale(em, st, bq, dq, cl));
                                em.storeThrough(st, node, 0, out, lin, ScalarOps.fit(st, sum, c.type().dtype()));
                            },
                            blocks == null ? null
                                    : (y, row, col, k0, products, aSum) -> DequantizeFormula.blockFold(em, y, bq, blocks, k0, col, products, aSum));
                }, "matmul");
    }
}
