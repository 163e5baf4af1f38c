package dev.tcc.passes.lower;

import dev.tcc.ir.program.DeviceTypes;
import dev.tcc.ir.DType;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.ResizeTaps;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.MathFn;

import java.util.ArrayList;
import java.util.List;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * ONNX Resize as an element formula. Interpolation is separable and shapes are static, so the taps of
 * every output position along every resized axis (input indices and weights: {@link ResizeTaps}, the
 * definition the reference interpreter uses too) become small constant tables; the kernel sums
 * {@code w_0 * w_1 * ... * x[taps]} over the tap combinations. Nearest mode keeps one tap per position and
 * copies. Integer outputs round to nearest and saturate.
 */
final class ResizeLowering {
    private ResizeLowering() {}

    static Expr compute(Emitter em, Scope s, Node node, Movement.Resize op, List<Expr> idx) {
        Value x = node.inputs().get(0), out = node.outputs().get(0);
        Shape xs = x.type().shape();
        int r = xs.rank();
        DType vt = Emitter.vt(out);
        DType acc = vt == DType.F64 ? DType.F64 : DType.F32;
        List<Integer> axes = new ArrayList<>();
        List<ResizeTaps> taps = new ArrayList<>();
        for (int a = 0; a < r; a++) {
            ResizeTaps t;
            try {
                t = ResizeTaps.along(op, a, xs.dim(a));
            } catch (IrException e) {
                throw new LoweringException(e.getMessage(), e);
            }
            if (t == null) continue;
            axes.add(a);
            taps.add(t);
        }
        List<Expr> src = new ArrayList<>(idx);
        Expr outside = null;
        for (int i = 0; i < axes.size(); i++) {
            int a = axes.get(i);
            ResizeTaps t = taps.get(i);
            boolean any = false;
            for (boolean b : t.extrapolated()) any |= b;
            if (any) {
                BufferParam e = em.reads(em.pb.weight(node.name() + ".extrapolated" + a, boolTable(t.extrapolated())));
                outside = outside == null ? load(e, idx.get(a)) : or(outside, load(e, idx.get(a)));
            }
        }
        Expr result;
        if (op.mode() == Movement.ResizeMode.NEAREST) {
            for (int i = 0; i < axes.size(); i++) {
                int a = axes.get(i);
                BufferParam tab = em.reads(em.pb.weight(node.name() + ".nearest" + a, nearest(taps.get(i))));
                src.set(a, s.let("j", load(tab, idx.get(a))));
            }
            result = em.valueAt(s, x, src);
        } else {
            List<BufferParam[]> tables = new ArrayList<>();
            for (int i = 0; i < axes.size(); i++) {
                int a = axes.get(i);
                ResizeTaps t = taps.get(i);
                BufferParam it = em.reads(em.pb.weight(node.name() + ".taps" + a, Tensor.ofLongs(DType.I32, Shape.of(t.index().length), t.index().clone())));
                BufferParam wt = em.reads(em.pb.weight(node.name() + ".weights" + a, Tensor.ofDoubles(acc, Shape.of(t.weight().length), t.weight().clone())));
                tables.add(new BufferParam[] {it, wt});
            }
            Expr.Var sum = s.var("sum", lit(acc, 0.0));
            sumTaps(em, s, x, axes, taps, tables, 0, src, lit(acc, 1.0), idx, sum);
            result = convert(s, sum, out.type().dtype());
        }
        if (outside == null) return result;
        return select(outside, Emitter.literal(out.type().dtype(), op.extrapolationValue()), result);
    }

    /** Adds {@code w * x[src]} over every combination of taps of the resized axes from {@code level} on. */
    private static void sumTaps(Emitter em, Scope s, Value x, List<Integer> axes, List<ResizeTaps> taps, List<BufferParam[]> tables, int level,
                                List<Expr> src, Expr weight, List<Expr> idx, Expr.Var sum) {
        if (level == axes.size()) {
            s.assign(sum, add(sum, mul(weight, cast(sum.type(), em.valueAt(s, x, src)))));
            return;
        }
        int a = axes.get(level);
        int n = taps.get(level).n();
        BufferParam[] tab = tables.get(level);
        Expr base = s.let("tb", Ix.mul(idx.get(a), n));
        s.forRange("k" + a, Ix.lit(0), Ix.lit(n), (l, k) -> {
            Expr pos = l.let("tp", Ix.add(base, k));
            List<Expr> at = new ArrayList<>(src);
            at.set(a, l.let("j", load(tab[0], pos)));
            Expr w = l.let("w", mul(weight, load(tab[1], pos)));
            sumTaps(em, l, x, axes, taps, tables, level + 1, at, w, idx, sum);
        });
    }

    /** The interpolated sum as the output type: floats convert, integers round to nearest even and saturate. */
    private static Expr convert(Scope s, Expr sum, DType out) {
        DType vt = DeviceTypes.value(out);
        if (out.isFloat()) return cast(vt, sum);
        if (out == DType.BOOL) return ne(sum, lit(sum.type(), 0.0));
        double lo = out.isSigned() ? -Math.pow(2, out.bits() - 1) : 0;
        double hi = out.isSigned() ? Math.pow(2, out.bits() - 1) - 1 : Math.pow(2, out.bits()) - 1;
        DType ft = sum.type();
        Expr r = max(lit(ft, lo), min(lit(ft, hi), call(MathFn.RINT, sum)));
        return ScalarOps.toInteger(s, r, out);
    }

    static Tensor boolTable(boolean[] b) {
        long[] l = new long[b.length];
        for (int i = 0; i < b.length; i++) l[i] = b[i] ? 1 : 0;
        return Tensor.ofLongs(DType.BOOL, Shape.of(l.length), l);
    }

    static Tensor nearest(ResizeTaps t) {
        long[] l = new long[t.extrapolated().length];
        for (int y = 0; y < l.length; y++) {
            int pick = 0;
            for (int k = 0; k < t.n(); k++) if (t.weight()[y * t.n() + k] != 0) pick = k;
            l[y] = t.index()[y * t.n() + pick];
        }
        return Tensor.ofLongs(DType.I32, Shape.of(l.length), l);
    }
}
