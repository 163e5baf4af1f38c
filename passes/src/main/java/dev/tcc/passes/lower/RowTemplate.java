package dev.tcc.passes.lower;

import dev.tcc.ir.program.DeviceTypes;
import dev.tcc.ir.DType;
import dev.tcc.ir.Node;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Reduction.ReduceFn;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.MathFn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * Reductions, softmax, layer and RMS normalisation as row kernels ({@link Rows}): the input is read through
 * {@link Emitter#valueAt} (so elementwise prologues fuse), every statistic is a row reduction, and results
 * go through the epilogue chain. Floats accumulate in their value type (f32 for f32 and f16).
 */
final class RowTemplate {
    private RowTemplate() {}

    static void reduce(ProgramBuilder pb, Node node, Value out, Tuning.Rows p) {
        Reduction.Reduce op = (Reduction.Reduce) node.op();
        Value x = node.inputs().get(0), y = node.outputs().get(0);
        Shape xs = x.type().shape(), ys = y.type().shape();
        long rows = ys.size();
        if (rows == 0) return;
        long[] red = op.axes().stream().mapToLong(xs::dim).toArray();
        Shape redShape = Shape.of(red);
        long length = redShape.size();
        DType xd = x.type().dtype();
        boolean inDouble = !xd.isFloat() && (op.fn() == ReduceFn.MEAN || op.fn() == ReduceFn.L2 || op.fn() == ReduceFn.LOG_SUM || op.fn() == ReduceFn.LOG_SUM_EXP);
        DType acc = inDouble ? ScalarOps.wide(pb.target) : Emitter.vt(x);
        Emitter.Built b = Emitter.build(pb, pb.kernelName("reduce_" + op.fn().name().toLowerCase()), (em, kb) -> {
            Rows r = new Rows(kb, pb.target, rows, length, p);
            em.tune("template", r.group ? "reduce_group" : "reduce_thread");
            em.tune("workgroup", r.width);
            r.body(s -> {
                List<Expr> outIdx = Ix.delinear(s, r.row, ys);
                java.util.function.BiFunction<Scope, Expr, Expr> element = (l, j) -> {
                    List<Expr> ri = Ix.delinear(l, j, redShape);
                    List<Expr> xi = new ArrayList<>();
                    int kept = 0;
                    for (int d = 0; d < xs.rank(); d++) {
                        int pos = op.axes().indexOf(d);
                        if (pos >= 0) {
                            xi.add(ri.get(pos));
                            if (op.keepDims()) kept++;
                        } else {
                            xi.add(outIdx.get(kept++));
                        }
                    }
                    return cast(acc, em.valueAt(l, x, xi));
                };
                Expr result = reduction(r, s, op.fn(), xd, acc, element);
                r.once(s, o -> em.storeThrough(o, node, 0, out, r.row, finish(o, result, y.type().dtype())));
            });
        });
        pb.launch(b, "reduce");
    }

    /** The reduced value of one row, in type {@code acc}. */
    private static Expr reduction(Rows r, Scope s, ReduceFn fn, DType xd, DType acc, java.util.function.BiFunction<Scope, Expr, Expr> x) {
        boolean f = acc.isFloat();
        Expr zero = IndexMaps.zero(acc);
        return switch (fn) {
            case SUM -> r.reduce(s, Rows.Combine.SUM, zero, x);
            case MEAN -> div(r.reduce(s, Rows.Combine.SUM, zero, x), lit(acc, (double) r.length));
            case PROD -> r.reduce(s, Rows.Combine.PROD, lit(acc, 1L), x);
            case MAX -> r.reduce(s, Rows.Combine.MAX, f ? lit(acc, Double.NEGATIVE_INFINITY) : Pooling.lowest(xd), x);
            case MIN -> r.reduce(s, Rows.Combine.MIN, f ? lit(acc, Double.POSITIVE_INFINITY) : Pooling.highest(xd), x);
            case SUM_SQUARE -> r.reduce(s, Rows.Combine.SUM, zero, (l, j) -> square(l, x.apply(l, j)));
            case L1 -> r.reduce(s, Rows.Combine.SUM, zero, (l, j) -> xd.isSigned() || f ? abs(x.apply(l, j)) : x.apply(l, j));
            case L2 -> call(MathFn.SQRT, r.reduce(s, Rows.Combine.SUM, zero, (l, j) -> square(l, x.apply(l, j))));
            case LOG_SUM -> call(MathFn.LOG, r.reduce(s, Rows.Combine.SUM, zero, x));
            case LOG_SUM_EXP -> {
                Expr top = r.reduce(s, Rows.Combine.MAX, lit(acc, Double.NEGATIVE_INFINITY), (l, j) -> {
                    Expr v = l.let("v", x.apply(l, j));
                    return select(or(call(MathFn.ISNAN, v), call(MathFn.ISINF, v)), lit(acc, Double.NEGATIVE_INFINITY), v);
                });
                Expr shift = s.let("shift", select(call(MathFn.ISINF, top), lit(acc, 0.0), top));
                Expr sum = r.reduce(s, Rows.Combine.SUM, zero, (l, j) -> call(MathFn.EXP, sub(x.apply(l, j), shift)));
                yield add(call(MathFn.LOG, sum), shift);
            }
        };
    }

    private static Expr square(Scope s, Expr v) {
        Expr t = s.let("v", v);
        return mul(t, t);
    }

    /** The accumulated value as output type {@code t}. */
    private static Expr finish(Scope s, Expr v, DType t) {
        if (DeviceTypes.value(t) == v.type()) return ScalarOps.fit(s, v, t);
        return v.type().isFloat() && !t.isFloat() ? ScalarOps.toInteger(s, v, t) : cast(DeviceTypes.value(t), v);
    }

    static void softmax(ProgramBuilder pb, Node node, Value out, Tuning.Rows p) {
        Structured.Softmax op = (Structured.Softmax) node.op();
        Value x = node.inputs().get(0);
        Shape xs = x.type().shape();
        long[] dims = xs.dims();
        long n = dims[op.axis()];
        Shape outer = Shape.of(Arrays.copyOfRange(dims, 0, op.axis())), inner = Shape.of(Arrays.copyOfRange(dims, op.axis() + 1, dims.length));
        long rows = outer.size() * inner.size();
        if (rows == 0 || n == 0) return;
        DType acc = Emitter.vt(x);
        Emitter.Built b = Emitter.build(pb, pb.kernelName(op.log() ? "log_softmax" : "softmax"), (em, kb) -> {
            Rows r = new Rows(kb, pb.target, rows, n, p);
            em.tune("template", r.group ? "softmax_group" : "softmax_thread");
            em.tune("workgroup", r.width);
            r.body(s -> {
                Expr o = s.let("outer", Ix.div(r.row, inner.size())), in = s.let("inner", Ix.rem(r.row, inner.size()));
                List<Expr> oi = Ix.delinear(s, o, outer), ii = Ix.delinear(s, in, inner);
                java.util.function.BiFunction<Scope, Expr, List<Expr>> index = (l, j) -> {
                    List<Expr> xi = new ArrayList<>(oi);
                    xi.add(j);
                    xi.addAll(ii);
                    return xi;
                };
                Expr top = r.reduce(s, Rows.Combine.MAX, lit(acc, Double.NEGATIVE_INFINITY), (l, j) -> em.valueAt(l, x, index.apply(l, j)));
                Expr sum = r.reduce(s, Rows.Combine.SUM, lit(acc, 0.0), (l, j) -> call(MathFn.EXP, sub(em.valueAt(l, x, index.apply(l, j)), top)));
                Expr logSum = op.log() ? s.let("ls", call(MathFn.LOG, sum)) : null;
                Expr inv = op.log() ? null : s.let("inv", div(lit(acc, 1.0), sum));
                r.forEach(s, (l, j) -> {
                    List<Expr> xi = index.apply(l, j);
                    Expr e = l.let("e", sub(em.valueAt(l, x, xi), top));
                    Expr y = op.log() ? sub(e, logSum) : mul(call(MathFn.EXP, e), inv);
                    em.storeThrough(l, node, 0, out, Ix.linear(l, xi, xs), y);
                });
            });
        });
        pb.launch(b, op.log() ? "log_softmax" : "softmax");
    }

    static void layerNorm(ProgramBuilder pb, Node node, Value out, Tuning.Rows p) {
        Structured.LayerNorm op = (Structured.LayerNorm) node.op();
        Value x = node.inputs().get(0), scale = node.inputs().get(1);
        Value bias = node.inputs().size() > 2 ? node.inputs().get(2) : null;
        Shape xs = x.type().shape();
        long[] dims = xs.dims();
        Shape lead = Shape.of(Arrays.copyOfRange(dims, 0, op.axis())), tail = Shape.of(Arrays.copyOfRange(dims, op.axis(), dims.length));
        long rows = lead.size(), n = tail.size();
        if (rows == 0) return;
        DType acc = Emitter.vt(x);
        Emitter.Built b = Emitter.build(pb, pb.kernelName("layer_norm"), (em, kb) -> {
            Rows r = new Rows(kb, pb.target, rows, n, p);
            em.tune("template", r.group ? "layer_norm_group" : "layer_norm_thread");
            em.tune("workgroup", r.width);
            r.body(s -> {
                List<Expr> li = Ix.delinear(s, r.row, lead);
                java.util.function.BiFunction<Scope, Expr, List<Expr>> index = (l, j) -> {
                    List<Expr> xi = new ArrayList<>(li);
                    xi.addAll(Ix.delinear(l, j, tail));
                    return xi;
                };
                Expr mean = s.let("mean", div(r.reduce(s, Rows.Combine.SUM, lit(acc, 0.0), (l, j) -> em.valueAt(l, x, index.apply(l, j))), lit(acc, (double) n)));
                Expr var = r.reduce(s, Rows.Combine.SUM, lit(acc, 0.0), (l, j) -> square(l, sub(em.valueAt(l, x, index.apply(l, j)), mean)));
                Expr inv = s.let("inv", div(lit(acc, 1.0), call(MathFn.SQRT, add(div(var, lit(acc, (double) n)), lit(acc, op.epsilon())))));
                r.forEach(s, (l, j) -> {
                    List<Expr> xi = index.apply(l, j);
                    Expr yv = mul(mul(sub(em.valueAt(l, x, xi), mean), inv), em.valueAt(l, scale, Ix.broadcast(xi, scale.type().shape(), xs)));
                    if (bias != null) yv = add(yv, em.valueAt(l, bias, Ix.broadcast(xi, bias.type().shape(), xs)));
                    em.storeThrough(l, node, 0, out, Ix.linear(l, xi, xs), yv);
                });
                if (op.statsOutputs()) {
                    r.once(s, o -> {
                        em.store(o, node.outputs().get(1), r.row, cast(Emitter.vt(node.outputs().get(1)), mean));
                        em.store(o, node.outputs().get(2), r.row, cast(Emitter.vt(node.outputs().get(2)), inv));
                    });
                }
            });
        });
        pb.launch(b, "layer_norm");
    }

    static void rmsNorm(ProgramBuilder pb, Node node, Value out, Tuning.Rows p) {
        Structured.RmsNorm op = (Structured.RmsNorm) node.op();
        Value x = node.inputs().get(0), scale = node.inputs().size() > 1 ? node.inputs().get(1) : null;
        Shape xs = x.type().shape();
        long[] dims = xs.dims();
        Shape lead = Shape.of(Arrays.copyOfRange(dims, 0, op.axis())), tail = Shape.of(Arrays.copyOfRange(dims, op.axis(), dims.length));
        long rows = lead.size(), n = tail.size();
        if (rows == 0) return;
        DType acc = Emitter.vt(x);
        Emitter.Built b = Emitter.build(pb, pb.kernelName("rms_norm"), (em, kb) -> {
            Rows r = new Rows(kb, pb.target, rows, n, p);
            em.tune("template", r.group ? "rms_norm_group" : "rms_norm_thread");
            em.tune("workgroup", r.width);
            r.body(s -> {
                List<Expr> li = Ix.delinear(s, r.row, lead);
                java.util.function.BiFunction<Scope, Expr, List<Expr>> index = (l, j) -> {
                    List<Expr> xi = new ArrayList<>(li);
                    xi.addAll(Ix.delinear(l, j, tail));
                    return xi;
                };
                Expr sq = r.reduce(s, Rows.Combine.SUM, lit(acc, 0.0), (l, j) -> square(l, em.valueAt(l, x, index.apply(l, j))));
                Expr inv = s.let("inv", div(lit(acc, 1.0), call(MathFn.SQRT, add(div(sq, lit(acc, (double) n)), lit(acc, op.epsilon())))));
                r.forEach(s, (l, j) -> {
                    List<Expr> xi = index.apply(l, j);
                    Expr yv = mul(em.valueAt(l, x, xi), inv);
                    if (scale != null) yv = mul(yv, em.valueAt(l, scale, Ix.broadcast(xi, scale.type().shape(), xs)));
                    em.storeThrough(l, node, 0, out, Ix.linear(l, xi, xs), yv);
                });
            });
        });
        pb.launch(b, "rms_norm");
    }
}
