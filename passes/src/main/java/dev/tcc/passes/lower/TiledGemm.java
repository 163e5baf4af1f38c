package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.MathFn;

import java.util.function.Function;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * The workgroup-memory tiling shared by the GEMM-shaped templates ({@link MatMulTemplate},
 * {@link ConvGemmTemplate}): {@code C[b] (M x N) = A[b] (M x K) x B[b] (K x N)}. A {@code tile x tile}
 * workgroup computes one tile of C, staging a {@code tile x tile} slab of A and of B in workgroup memory
 * per step along K; batches run along the grid's third dimension. What the operands are (a buffer, a
 * prologue chain, an im2col index map) and what happens to the accumulator (bias, epilogue, the store)
 * is the caller's {@link Problem}.
 */
final class TiledGemm {
    private TiledGemm() {}

    /**
     * How one element of an operand is read.
     *
     * @param inside a condition (computed in the staging scope) under which the element is loaded; where it
     *               is false the element is zero (e.g. a padding tap); null when always
     * @param value  computes the element; called only where the tile bounds and {@code inside} hold, so its
     *               loads may assume an in-range index
     */
    record Load(Expr inside, Function<Scope, Expr> value) {
        static Load always(Function<Scope, Expr> value) { return new Load(null, value); }
    }

    /** An operand: element {@code (i, j)} (row, column of A or B) in scope {@code s}. */
    interface Operand {
        Load at(Scope s, Expr i, Expr j);
    }

    /** What a work-item does with its accumulator of C element {@code (row, col)} (both in range). */
    interface Epilogue {
        void store(Scope s, Expr row, Expr col, Expr acc);
    }

    /** The operands and epilogue of one work-item; {@code bz} is its batch, {@code row, col} its C element (maybe out of range). */
    record Problem(Operand a, Operand b, Epilogue epilogue) {}

    /** Builds the per-work-item {@link Problem} in the kernel's top scope. */
    interface Setup {
        Problem at(Emitter em, Scope s, Expr bz, Expr row, Expr col);
    }

    /**
     * The sizes of the product.
     *
     * @param acc the accumulator's (value) type
     */
    record Dims(long m, long n, long k, long batches, DType acc) {}

    /**
     * Builds the tiled kernel named after {@code what}, recording {@code template} and the tile edge
     * (clamped to the target's workgroup size) in its tuning.
     */
    static Emitter.Built build(ProgramBuilder pb, String what, String template, Dims d, int tile, Setup setup) {
        int t = Math.max(1, Math.min(tile, (int) Math.sqrt(pb.target.maxWorkgroupSize())));
        DType acc = d.acc();
        return Emitter.build(pb, pb.kernelName(what), (em, kb) -> {
            em.tune("template", template);
            em.tune("tile", t);
            ArrayDecl ta = kb.workgroupArray("tile_a", acc, t * t);
            ArrayDecl tb = kb.workgroupArray("tile_b", acc, t * t);
            kb.grid(Grid.of(Grid.ceilDiv(d.n(), t), Grid.ceilDiv(d.m(), t), d.batches(), t, t, 1));
            kb.body(body -> {
                Scope s = new Scope(body, null);
                Expr tx = s.let("tx", localId(0)), ty = s.let("ty", localId(1));
                Expr col = s.let("col", add(mul(groupId(0), Ix.lit(t)), tx));
                Expr row = s.let("row", add(mul(groupId(1), Ix.lit(t)), ty));
                Expr bz = s.let("bz", groupId(2));
                Problem p = setup.at(em, s, bz, row, col);
                Expr.Var sum = s.var("acc", IndexMaps.zero(acc));
                Expr slot = s.let("slot", add(mul(ty, Ix.lit(t)), tx));
                s.forRange("k0", Ix.lit(0), Ix.lit(d.k()), t, (l, k0) -> {
                    Expr ka = l.let("ka", add(k0, tx));
                    Expr kb2 = l.let("kb", add(k0, ty));
                    stage(l, ta, slot, acc, and(lt(row, Ix.lit(d.m())), lt(ka, Ix.lit(d.k()))), p.a(), row, ka);
                    stage(l, tb, slot, acc, and(lt(kb2, Ix.lit(d.k())), lt(col, Ix.lit(d.n()))), p.b(), kb2, col);
                    l.barrier();
                    l.forRange("kk", Ix.lit(0), Ix.lit(t), (inner, kk) -> {
                        Expr x = load(ta, add(mul(ty, Ix.lit(t)), kk)), y = load(tb, add(mul(kk, Ix.lit(t)), tx));
                        inner.assign(sum, acc.isFloat() ? call(MathFn.FMA, x, y, sum) : add(sum, mul(x, y)));
                    });
                    l.barrier();
                });
                s.ifThen(and(lt(row, Ix.lit(d.m())), lt(col, Ix.lit(d.n()))), st -> p.epilogue().store(st, row, col, sum));
            });
        });
    }

    /** Stores operand element {@code (i, j)} in {@code tile[slot]}, or zero outside {@code bounds} and the operand's own condition. */
    private static void stage(Scope l, ArrayDecl tile, Expr slot, DType acc, Expr bounds, Operand op, Expr i, Expr j) {
        Load ld = op.at(l, i, j);
        l.ifThenElse(Ix.and(bounds, ld.inside()),
                y -> y.store(tile, slot, ld.value().apply(y)),
                z -> z.store(tile, slot, IndexMaps.zero(acc)));
    }
}
