package dev.tcc.ir.interp;

import dev.tcc.ir.DType;
import dev.tcc.ir.Numerics;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Reduction.ReduceFn;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;

import java.util.Arrays;
import java.util.List;

/** Reference semantics of {@link Reduction} ops. Floats accumulate in double; integers are exact. */
final class ReductionEval {
    private ReductionEval() {}

    static Tensor eval(Reduction op, Tensor x, TensorType out) {
        return switch (op) {
            case Reduction.Reduce r -> reduce(r, x, out);
            case Reduction.ArgReduce a -> argReduce(a, x, out);
            case Reduction.Cumulative c -> cumulative(c, x);
        };
    }

    /** For each input element (row-major), the row-major index of the output element it reduces into. */
    private static int[] outputIndex(Shape in, List<Integer> axes) {
        long[] kept = in.dims();
        for (int a : axes) kept[a] = 1;
        long[] strides = Shape.of(kept).strides();
        for (int a : axes) strides[a] = 0;
        return Broadcast.offsets(in.dims(), strides);
    }

    private static Tensor reduce(Reduction.Reduce r, Tensor x, TensorType out) {
        int m = (int) out.size();
        int[] map = outputIndex(x.shape(), r.axes());
        long count = m == 0 ? 0 : x.size() / m;
        ReduceFn fn = r.fn();
        if (x.isFloat() || fn == ReduceFn.MEAN || fn == ReduceFn.L2 || fn == ReduceFn.LOG_SUM || fn == ReduceFn.LOG_SUM_EXP) {
            double[] v = x.isFloat() ? x.doubles() : x.toDoubles();
            double[] acc = fn == ReduceFn.LOG_SUM_EXP ? logSumExp(v, map, m) : accumulate(fn, v, map, m);
            for (int j = 0; j < m; j++) {
                acc[j] = switch (fn) {
                    case MEAN -> acc[j] / count;
                    case L2 -> Math.sqrt(acc[j]);
                    case LOG_SUM -> Math.log(acc[j]);
                    default -> acc[j];
                };
            }
            return Tensor.ofDoubles(out.dtype(), out.shape(), acc);
        }
        return Tensor.ofLongs(out.dtype(), out.shape(), accumulateInt(fn, x.dtype(), x.longs(), map, m));
    }

    private static double[] accumulate(ReduceFn fn, double[] v, int[] map, int m) {
        double[] acc = new double[m];
        Arrays.fill(acc, switch (fn) {
            case MAX -> Double.NEGATIVE_INFINITY;
            case MIN -> Double.POSITIVE_INFINITY;
            case PROD -> 1;
            default -> 0;
        });
        for (int i = 0; i < v.length; i++) {
            int j = map[i];
            double x = v[i];
            acc[j] = switch (fn) {
                case SUM, MEAN, LOG_SUM -> acc[j] + x;
                case MAX -> Math.max(acc[j], x);
                case MIN -> Math.min(acc[j], x);
                case PROD -> acc[j] * x;
                case SUM_SQUARE, L2 -> acc[j] + x * x;
                case L1 -> acc[j] + Math.abs(x);
                case LOG_SUM_EXP -> throw new IllegalStateException("computed apart");
            };
        }
        return acc;
    }

    /** {@code log(sum(exp(x)))}, shifted by the largest finite element for range. */
    private static double[] logSumExp(double[] v, int[] map, int m) {
        double[] shift = new double[m];
        Arrays.fill(shift, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < v.length; i++) if (Double.isFinite(v[i])) shift[map[i]] = Math.max(shift[map[i]], v[i]);
        for (int j = 0; j < m; j++) if (shift[j] == Double.NEGATIVE_INFINITY) shift[j] = 0;
        double[] acc = new double[m];
        for (int i = 0; i < v.length; i++) acc[map[i]] += Math.exp(v[i] - shift[map[i]]);
        for (int j = 0; j < m; j++) acc[j] = Math.log(acc[j]) + shift[j];
        return acc;
    }

    private static long[] accumulateInt(ReduceFn fn, DType t, long[] v, int[] map, int m) {
        boolean unsigned = t == DType.U64;
        long lowest = t == DType.BOOL || !t.isSigned() ? 0 : -(1L << (t.bits() - 1));
        long highest = t == DType.BOOL ? 1 : Numerics.wrap(t, t.isSigned() ? (1L << (t.bits() - 1)) - 1 : -1);
        long[] acc = new long[m];
        Arrays.fill(acc, switch (fn) {
            case MAX -> lowest;
            case MIN -> highest;
            case PROD -> 1;
            default -> 0;
        });
        for (int i = 0; i < v.length; i++) {
            int j = map[i];
            long x = v[i];
            acc[j] = switch (fn) {
                case SUM -> acc[j] + x;
                case MAX -> (unsigned ? Long.compareUnsigned(x, acc[j]) : Long.compare(x, acc[j])) > 0 ? x : acc[j];
                case MIN -> (unsigned ? Long.compareUnsigned(x, acc[j]) : Long.compare(x, acc[j])) < 0 ? x : acc[j];
                case PROD -> acc[j] * x;
                case SUM_SQUARE -> acc[j] + x * x;
                case L1 -> acc[j] + (unsigned || t.kind() == DType.Kind.UNSIGNED ? x : Math.abs(x));
                case MEAN, L2, LOG_SUM, LOG_SUM_EXP -> throw new IllegalStateException("computed in double");
            };
        }
        return acc;
    }

    private static Tensor argReduce(Reduction.ArgReduce a, Tensor x, TensorType out) {
        Shape s = x.shape();
        int len = (int) s.dim(a.axis());
        int inner = 1, outer = 1;
        for (int d = a.axis() + 1; d < s.rank(); d++) inner *= (int) s.dim(d);
        for (int d = 0; d < a.axis(); d++) outer *= (int) s.dim(d);
        long[] r = new long[outer * inner];
        boolean unsigned = x.dtype() == DType.U64;
        for (int o = 0; o < outer; o++) {
            for (int in = 0; in < inner; in++) {
                int base = o * len * inner + in, best = 0;
                for (int k = 1; k < len; k++) {
                    int c = x.isFloat() ? compareFloat(x.doubles()[base + k * inner], x.doubles()[base + best * inner])
                            : unsigned ? Long.compareUnsigned(x.longs()[base + k * inner], x.longs()[base + best * inner])
                            : Long.compare(x.longs()[base + k * inner], x.longs()[base + best * inner]);
                    if (!a.max()) c = -c;
                    if (c > 0 || (c == 0 && a.selectLastIndex())) best = k;
                }
                r[o * inner + in] = best;
            }
        }
        return Tensor.ofLongs(DType.I64, out.shape(), r);
    }

    /** Orders floats with NaN above everything (numpy's argmax picks the first NaN). */
    private static int compareFloat(double p, double q) {
        if (Double.isNaN(p) || Double.isNaN(q)) return Boolean.compare(Double.isNaN(p), Double.isNaN(q));
        return Double.compare(p == 0 ? 0.0 : p, q == 0 ? 0.0 : q);
    }

    private static Tensor cumulative(Reduction.Cumulative c, Tensor x) {
        Shape s = x.shape();
        int len = (int) s.dim(c.axis());
        int inner = 1, outer = 1;
        for (int d = c.axis() + 1; d < s.rank(); d++) inner *= (int) s.dim(d);
        for (int d = 0; d < c.axis(); d++) outer *= (int) s.dim(d);
        int n = x.size();
        double[] fr = x.isFloat() ? new double[n] : null;
        long[] lr = x.isFloat() ? null : new long[n];
        for (int o = 0; o < outer; o++) {
            for (int in = 0; in < inner; in++) {
                double fsum = c.product() ? 1 : 0;
                long lsum = c.product() ? 1 : 0;
                for (int step = 0; step < len; step++) {
                    int k = c.reverse() ? len - 1 - step : step;
                    int i = o * len * inner + k * inner + in;
                    if (fr != null) {
                        if (c.exclusive()) fr[i] = fsum;
                        fsum = c.product() ? fsum * x.doubles()[i] : fsum + x.doubles()[i];
                        if (!c.exclusive()) fr[i] = fsum;
                    } else {
                        if (c.exclusive()) lr[i] = lsum;
                        lsum = c.product() ? lsum * x.longs()[i] : lsum + x.longs()[i];
                        if (!c.exclusive()) lr[i] = lsum;
                    }
                }
            }
        }
        return fr != null ? Tensor.ofDoubles(x.dtype(), s, fr) : Tensor.ofLongs(x.dtype(), s, lr);
    }
}
