package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Node;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Exprs;

import java.util.ArrayList;
import java.util.List;

/**
 * The element formula of {@link Dequantize}, computed where a kernel reads a quantised weight (the matmul, conv
 * or gather that reads it takes it as a prologue): the integer is loaded from the packed buffer (a byte, or the
 * nibble of a byte), its scale and zero point at the blocked index, and {@code (q - zp) · scale} computed in f32,
 * which is exact up to one rounding, as in the interpreter.
 */
final class DequantizeFormula {
    private DequantizeFormula() {}

    static Expr compute(Emitter em, Scope s, Node n, Dequantize d, List<Expr> idx) {
        Value q = n.inputs().get(0), scale = n.inputs().get(1);
        Shape ss = scale.type().shape();
        List<Expr> at = new ArrayList<>(idx.size());
        for (int k = 0; k < idx.size(); k++) {
            at.add(d.group() > 0 && k == d.axis() ? Ix.div(idx.get(k), d.group()) : ss.dim(k) == 1 ? Ix.lit(0) : idx.get(k));
        }
        Expr integer = Exprs.cast(DType.I32, integer(em, s, d, q, idx));
        if (n.inputs().size() > 2) integer = Exprs.sub(integer, Exprs.cast(DType.I32, em.valueAt(s, n.inputs().get(2), at)));
        Expr y = Exprs.mul(Exprs.cast(DType.F32, integer), Exprs.cast(DType.F32, em.valueAt(s, scale, at)));
        return ScalarOps.fit(s, Exprs.cast(Emitter.vt(n.output()), y), d.to());
    }

    /**
     * True when {@code n}'s scales vary along its last axis alone and it has no zero point (int8 per output channel):
     * a matmul then sums {@code a · q} ({@link #unscaled}) and multiplies the sum by {@link #columnScale} once, after
     * its K loop, instead of scaling every weight it reads.
     */
    static boolean scalesByColumn(Node n, Dequantize d) {
        Shape ss = n.inputs().get(1).type().shape();
        if (n.inputs().size() > 2 || ss.rank() == 0) return false;
        for (int k = 0; k < ss.rank() - 1; k++) if (ss.dim(k) != 1 || d.group() > 0 && d.axis() == k) return false;
        return true;
    }

    /**
     * True when {@code n} dequantises a matmul weight {@code [K, N]} in blocks along K (axis 0) with a scale per block and
     * column (and a zero point per block and column, or none): a matmul then sums {@code a · q} per slab of K rows
     * ({@link #unscaled}) and applies the block's scale and zero point once per slab ({@link #blockFold}).
     */
    static boolean scalesByBlock(Node n, Dequantize d) {
        Shape ss = n.inputs().get(1).type().shape();
        return d.group() > 0 && d.axis() == 0 && ss.rank() == 2 && d.outShape().rank() == 2;
    }

    /**
     * The share of a slab of K rows starting at {@code k0} (inside one block) in column {@code col} of a {@link #scalesByBlock}
     * product: {@code scale · (products - zero · aSum)}, from the slab's sum of {@code a · q} and its sum of {@code a}.
     */
    static Expr blockFold(Emitter em, Scope s, Node n, Dequantize d, Expr k0, Expr col, Expr products, Expr aSum) {
        Shape ss = n.inputs().get(1).type().shape();
        List<Expr> at = List.of(Ix.div(k0, d.group()), ss.dim(1) == 1 ? Ix.lit(0) : col);
        Expr scale = Exprs.cast(DType.F32, em.valueAt(s, n.inputs().get(1), at));
        if (n.inputs().size() < 3) return Exprs.mul(scale, products);
        Expr zero = Exprs.cast(DType.F32, Exprs.cast(DType.I32, em.valueAt(s, n.inputs().get(2), at)));
        return Exprs.mul(scale, Exprs.sub(products, Exprs.mul(zero, aSum)));
    }

    /** The scale of column {@code col} of a {@link #scalesByColumn} dequantisation. */
    static Expr columnScale(Emitter em, Scope s, Node n, Dequantize d, Expr col) {
        Value scale = n.inputs().get(1);
        Shape ss = scale.type().shape();
        int last = ss.rank() - 1;
        List<Expr> at = new ArrayList<>();
        for (int k = 0; k < last; k++) at.add(Ix.lit(0));
        at.add(d.group() > 0 && d.axis() == last ? Ix.div(col, d.group()) : ss.dim(last) == 1 ? Ix.lit(0) : col);
        return Exprs.cast(DType.F32, em.valueAt(s, scale, at));
    }

    /** The integer at {@code idx} as f32, without its scale and zero point (see {@link #columnScale}, {@link #blockFold}). */
    static Expr unscaled(Emitter em, Scope s, Node n, Dequantize d, List<Expr> idx) {
        return Exprs.cast(DType.F32, Exprs.cast(DType.I32, integer(em, s, d, n.inputs().get(0), idx)));
    }

    /**
     * The integer at {@code idx}: a byte of {@code q}, or, packed, the nibble of its byte in pairs along the pair axis
     * ({@link Dequantize#packing}): the index along that axis halved, its parity the nibble.
     */
    private static Expr integer(Emitter em, Scope s, Dequantize d, Value q, List<Expr> idx) {
        if (d.bits() == 8) return em.valueAt(s, q, idx);
        int p = d.pairAxis();
        List<Expr> pair = new ArrayList<>(idx);
        if (p >= 0) pair.set(p, Ix.div(idx.get(p), 2));
        Expr word = em.valueAt(s, q, List.of(Ix.linear(s, pair, d.packedShape())));
        Expr shift = p < 0 ? Ix.lit(0) : Ix.mul(Ix.rem(idx.get(p), 2), 4);
        if (q.type().dtype() == DType.U8) return Exprs.bitAnd(Exprs.shr(word, Exprs.cast(DType.U32, shift)), 15);
        // i8 loads sign-extended to i32: move the nibble to the top and shift it back down arithmetically
        return Exprs.shr(Exprs.shl(word, Ix.sub(Ix.lit(28), shift)), 28);
    }
}
