package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Exprs;

import java.util.ArrayList;
import java.util.List;

/**
 * Index arithmetic in i32 with constant folding, and the conversions between a row-major linear index and
 * a multi-index. Decompositions are memoised in the {@link Scope}, and linearising a multi-index that came
 * from decomposing {@code L} over the same shape gives {@code L} back, so chains of reshapes cost nothing.
 */
final class Ix {
    private Ix() {}

    /** The index type of every kernel. */
    static final DType T = DType.I32;

    static Expr lit(long v) {
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw new LoweringException("index " + v + " does not fit in 32 bits; tensors of 2^31 or more elements are not supported yet");
        }
        return Exprs.i32(v);
    }

    static Long constant(Expr e) { return e instanceof Expr.IntLit l ? l.value() : null; }

    static Expr add(Expr a, Expr b) {
        Long x = constant(a), y = constant(b);
        if (x != null && y != null) return lit(x + y);
        if (x != null && x == 0) return b;
        if (y != null && y == 0) return a;
        return Exprs.add(a, b);
    }

    static Expr add(Expr a, long b) { return add(a, lit(b)); }

    static Expr sub(Expr a, Expr b) {
        Long x = constant(a), y = constant(b);
        if (x != null && y != null) return lit(x - y);
        if (y != null && y == 0) return a;
        return Exprs.sub(a, b);
    }

    static Expr sub(Expr a, long b) { return sub(a, lit(b)); }

    static Expr mul(Expr a, long b) {
        Long x = constant(a);
        if (x != null) return lit(x * b);
        if (b == 0) return lit(0);
        if (b == 1) return a;
        return Exprs.mul(a, lit(b));
    }

    static Expr mul(Expr a, Expr b) {
        Long y = constant(b);
        if (y != null) return mul(a, y);
        Long x = constant(a);
        if (x != null) return mul(b, x);
        return Exprs.mul(a, b);
    }

    static Expr div(Expr a, long b) {
        Long x = constant(a);
        if (x != null) return lit(x / b);
        return b == 1 ? a : Exprs.div(a, lit(b));
    }

    static Expr rem(Expr a, long b) {
        Long x = constant(a);
        if (x != null) return lit(x % b);
        return b == 1 ? lit(0) : Exprs.rem(a, lit(b));
    }

    /** {@code ((a % n) + n) % n}: the non-negative remainder. */
    static Expr floorMod(Expr a, long n) {
        Long x = constant(a);
        if (x != null) return lit(Math.floorMod(x, n));
        return rem(add(rem(a, n), n), n);
    }

    /** {@code a} clamped to {@code [lo, hi]}. */
    static Expr clamp(Expr a, long lo, long hi) {
        Long x = constant(a);
        if (x != null) return lit(Math.max(lo, Math.min(hi, x)));
        return Exprs.min(Exprs.max(a, lit(lo)), lit(hi));
    }

    /** Conjunction, dropping literal trues. */
    static Expr and(Expr a, Expr b) {
        if (a == null || isTrue(a)) return b;
        if (b == null || isTrue(b)) return a;
        return Exprs.and(a, b);
    }

    static boolean isTrue(Expr e) { return e instanceof Expr.IntLit l && l.type() == DType.BOOL && l.value() != 0; }

    /** {@code 0 <= i < n}, or null when it always holds given {@code i} comes from {@code [lo, hi]}. */
    static Expr inRange(Expr i, long n) {
        Long x = constant(i);
        if (x != null) return Exprs.bool(x >= 0 && x < n);
        return Exprs.and(Exprs.ge(i, lit(0)), Exprs.lt(i, lit(n)));
    }

    private record LinKey(List<Expr> idx, Shape shape) {}

    private record DelinKey(Expr linear, Shape shape) {}

    /** The row-major linear index of {@code idx} in {@code shape}. */
    static Expr linear(Scope s, List<Expr> idx, Shape shape) {
        if (idx.size() != shape.rank()) throw new IllegalStateException("index rank " + idx.size() + " for shape " + shape);
        Expr known = s.lookup(new LinKey(idx, shape));
        if (known != null) return known;
        long[] strides = shape.strides();
        Expr sum = lit(0);
        for (int d = 0; d < idx.size(); d++) {
            if (shape.dim(d) == 1) continue;
            sum = add(sum, mul(idx.get(d), strides[d]));
        }
        return sum;
    }

    /** The multi-index of linear index {@code lin} (assumed in range) in {@code shape}, each part a variable or literal. */
    static List<Expr> delinear(Scope s, Expr lin, Shape shape) {
        DelinKey key = new DelinKey(lin, shape);
        List<Expr> known = s.lookup(key);
        if (known != null) return known;
        long[] strides = shape.strides();
        int first = -1;
        for (int d = 0; d < shape.rank(); d++) {
            if (shape.dim(d) != 1) {
                first = d;
                break;
            }
        }
        List<Expr> out = new ArrayList<>();
        for (int d = 0; d < shape.rank(); d++) {
            if (shape.dim(d) == 1) {
                out.add(lit(0));
                continue;
            }
            Expr q = div(lin, strides[d]);
            if (d != first) q = rem(q, shape.dim(d));
            out.add(s.let("i" + d, q));
        }
        List<Expr> result = List.copyOf(out);
        s.remember(key, result);
        s.remember(new LinKey(result, shape), lin);
        return result;
    }

    /**
     * The index into an operand of shape {@code in} that numpy broadcasting reads for index {@code idx} of
     * shape {@code out}: leading axes dropped, size-1 axes read at 0.
     */
    static List<Expr> broadcast(List<Expr> idx, Shape in, Shape out) {
        if (in.equals(out)) return idx;
        int off = out.rank() - in.rank();
        List<Expr> r = new ArrayList<>(in.rank());
        for (int d = 0; d < in.rank(); d++) r.add(in.dim(d) == 1 ? lit(0) : idx.get(off + d));
        return List.copyOf(r);
    }
}
