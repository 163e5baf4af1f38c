package dev.tcc.passes.lower;

import dev.tcc.ir.program.DeviceTypes;
import dev.tcc.ir.DType;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Node;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.MathFn;

import java.util.ArrayList;
import java.util.List;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * Element formulas of pooling: max, average (with or without the padding in the divisor) and Lp pooling
 * over a window, and the flat indices max pooling picks. Padding never contributes a value; a window with
 * no element in range gives -inf (max) or NaN (average), as in the reference interpreter.
 */
final class Pooling {
    private Pooling() {}

    /** The input positions of one window tap, and whether all lie inside the input. */
    private record Tap(List<Expr> index, Expr inside) {}

    private static Tap tap(Scope s, List<Expr> idx, List<Expr> taps, Shape xs, List<Long> strides, List<Long> dilations, List<Long> pads) {
        int sp = xs.rank() - 2;
        List<Expr> xi = new ArrayList<>(idx.subList(0, 2));
        Expr inside = null;
        for (int d = 0; d < sp; d++) {
            Expr i = s.let("x" + d, Ix.sub(Ix.add(Ix.mul(idx.get(2 + d), strides.get(d)), Ix.mul(taps.get(d), dilations.get(d))), pads.get(d)));
            inside = Ix.and(inside, Ix.inRange(i, xs.dim(2 + d)));
            xi.add(i);
        }
        return new Tap(xi, inside == null ? bool(true) : inside);
    }

    static Expr pool(Emitter em, Scope s, Node n, Linalg.Pool p, List<Expr> idx) {
        Value x = n.inputs().get(0), out = n.outputs().get(0);
        Shape xs = x.type().shape();
        DType vt = Emitter.vt(out);
        return switch (p.kind()) {
            case MAX -> {
                Expr lowest = vt.isFloat() ? lit(vt, Double.NEGATIVE_INFINITY) : lowest(x.type().dtype());
                Expr.Var best = s.var("best", lowest);
                Formulas.window(s, p.kernel(), 0, new ArrayList<>(), (b, taps) -> {
                    Tap t = tap(b, idx, taps, xs, p.strides(), p.dilations(), p.pads());
                    b.ifThen(t.inside(), in -> {
                        Expr v = em.valueAt(in, x, t.index());
                        in.assign(best, select(gt(v, best), v, best));
                    });
                });
                yield best;
            }
            case AVG, LP -> {
                Expr.Var sum = s.var("sum", lit(vt, 0.0));
                Expr.Var count = s.var("count", i32(0));
                Formulas.window(s, p.kernel(), 0, new ArrayList<>(), (b, taps) -> {
                    Tap t = tap(b, idx, taps, xs, p.strides(), p.dilations(), p.pads());
                    b.ifThen(t.inside(), in -> {
                        Expr v = em.valueAt(in, x, t.index());
                        Expr term = p.kind() == Linalg.PoolKind.AVG ? v : call(MathFn.POW, abs(v), lit(vt, (double) p.p()));
                        in.assign(sum, add(sum, term));
                        in.assign(count, add(count, i32(1)));
                    });
                });
                if (p.kind() == Linalg.PoolKind.LP) yield call(MathFn.POW, sum, lit(vt, 1.0 / p.p()));
                Expr divisor = p.countIncludePad() ? paddedCount(s, p, xs, idx) : count;
                yield div(sum, cast(vt, divisor));
            }
        };
    }

    /** Window positions inside the padded extent {@code [-padBegin, in + padEnd)}: AVG's divisor with count_include_pad. */
    private static Expr paddedCount(Scope s, Linalg.Pool p, Shape xs, List<Expr> idx) {
        int sp = xs.rank() - 2;
        Expr total = i32(1);
        for (int d = 0; d < sp; d++) {
            int axis = d;
            long pb = p.pads().get(d), pe = p.pads().get(d + sp), in = xs.dim(2 + d);
            Expr.Var c = s.var("pc", i32(0));
            s.forRange("t", Ix.lit(0), Ix.lit(p.kernel().get(d)), (l, t) -> {
                Expr i = l.let("i", Ix.sub(Ix.add(Ix.mul(idx.get(2 + axis), p.strides().get(axis)), Ix.mul(t, p.dilations().get(axis))), pb));
                l.ifThen(and(ge(i, Ix.lit(-pb)), lt(i, Ix.lit(in + pe))), u -> u.assign(c, add(c, i32(1))));
            });
            total = s.let("pc", mul(total, c));
        }
        return total;
    }

    static Expr lowest(DType t) {
        DType vt = DeviceTypes.value(t);
        if (t == DType.BOOL) return bool(false);
        if (!t.isSigned()) return lit(vt, 0L);
        return lit(vt, -(1L << (t.bits() - 1)));
    }

    static Expr highest(DType t) {
        DType vt = DeviceTypes.value(t);
        if (t == DType.BOOL) return bool(true);
        if (!t.isSigned()) return lit(vt, t.bits() == 64 ? -1L : (1L << t.bits()) - 1);
        return lit(vt, (1L << (t.bits() - 1)) - 1);
    }

    /** Flat index of the element max pooling picks: the first largest in window order, skipping padding and NaN starts. */
    static Expr indices(Emitter em, Scope s, Node n, Linalg.MaxPoolIndices p, List<Expr> idx) {
        Value x = n.inputs().get(0);
        Shape xs = x.type().shape();
        int sp = xs.rank() - 2;
        long[] colStride = new long[sp];
        long[] rowStride = new long[sp];
        long acc = 1;
        for (int d = 0; d < sp; d++) {
            colStride[d] = acc;
            acc *= xs.dim(2 + d);
        }
        long inSize = acc;
        acc = 1;
        for (int d = sp - 1; d >= 0; d--) {
            rowStride[d] = acc;
            acc *= xs.dim(2 + d);
        }
        DType vt = Emitter.vt(x);
        // the offset within one plane fits in 32 bits (kernels index with 32 bits), which targets without
        // 64-bit integers (WGSL) can hold; only the final index is i64
        Expr.Var arg = s.var("arg", i32(-1));
        Expr.Var best = s.var("best", IndexMaps.zero(vt));
        Formulas.window(s, p.kernel(), 0, new ArrayList<>(), (b, taps) -> {
            Tap t = tap(b, idx, taps, xs, p.strides(), p.dilations(), p.pads());
            b.ifThen(t.inside(), in -> {
                Expr v = em.valueAt(in, x, t.index());
                Expr notNan = vt.isFloat() ? not(call(MathFn.ISNAN, v)) : bool(true);
                Expr take = select(lt(arg, i32(0)), notNan, gt(v, best));
                Expr off = Ix.lit(0);
                for (int d = 0; d < sp; d++) off = Ix.add(off, Ix.mul(t.index().get(2 + d), p.columnMajor() ? colStride[d] : rowStride[d]));
                Expr offset = off;
                in.ifThen(take, u -> {
                    u.assign(arg, offset);
                    u.assign(best, v);
                });
            });
        });
        Expr plane = Ix.add(Ix.mul(idx.get(0), xs.dim(1)), idx.get(1));
        return select(lt(arg, i32(0)), i64(-1), add(mul(cast(DType.I64, plane), i64(inSize)), cast(DType.I64, arg)));
    }
}
