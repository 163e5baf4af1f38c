package dev.tcc.ir.interp;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Numerics;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;

/** Reference semantics of {@link UnaryFn}s. */
final class UnaryEval {
    private UnaryEval() {}

    private static final double LN2 = Math.log(2);

    static Tensor eval(UnaryFn fn, Tensor a, TensorType out) {
        int n = a.size();
        if (fn.predicate()) {
            long[] r = new long[n];
            if (a.isFloat()) {
                double[] x = a.doubles();
                for (int i = 0; i < n; i++) r[i] = predicate(fn, x[i]) ? 1 : 0;
            }
            return Tensor.ofLongs(DType.BOOL, out.shape(), r); // integers are never NaN or infinite
        }
        if (a.isFloat()) {
            double[] x = a.doubles(), r = new double[n];
            for (int i = 0; i < n; i++) r[i] = apply(fn, x[i]);
            return Tensor.ofDoubles(out.dtype(), out.shape(), r);
        }
        long[] x = a.longs(), r = new long[n];
        DType t = a.dtype();
        boolean unsigned = !t.isSigned();
        for (int i = 0; i < n; i++) r[i] = applyInt(fn, t, unsigned, x[i]);
        return Tensor.ofLongs(out.dtype(), out.shape(), r);
    }

    private static boolean predicate(UnaryFn fn, double x) {
        return switch (fn) {
            case IS_NAN -> Double.isNaN(x);
            case IS_INF -> Double.isInfinite(x);
            case IS_POS_INF -> x == Double.POSITIVE_INFINITY;
            case IS_NEG_INF -> x == Double.NEGATIVE_INFINITY;
            default -> throw new IllegalStateException(fn + " is not a predicate");
        };
    }

    /** {@code fn(x)} in double precision. */
    static double apply(UnaryFn fn, double x) {
        return switch (fn) {
            case NEG -> -x;
            case ABS -> Math.abs(x);
            case EXP -> Math.exp(x);
            case LOG -> Math.log(x);
            case EXPM1 -> Math.expm1(x);
            case LOG1P -> Math.log1p(x);
            case SQRT -> Math.sqrt(x);
            case RECIPROCAL -> 1 / x;
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case TAN -> Math.tan(x);
            case ASIN -> Math.asin(x);
            case ACOS -> Math.acos(x);
            case ATAN -> Math.atan(x);
            case SINH -> Math.sinh(x);
            case COSH -> Math.cosh(x);
            case ASINH -> asinh(x);
            case ACOSH -> acosh(x);
            case ATANH -> 0.5 * Math.log1p(2 * x / (1 - x));
            case TANH -> Math.tanh(x);
            case SIGMOID -> x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
            case ERF -> Numerics.erf(x);
            case RELU -> x > 0 ? x : x == x ? 0.0 : x;
            case FLOOR -> Math.floor(x);
            case CEIL -> Math.ceil(x);
            case ROUND -> Math.rint(x);
            case SIGN -> Math.signum(x);
            case NOT, BITWISE_NOT -> throw new IrException(fn.name().toLowerCase() + " is not defined on floating types");
            case IS_NAN, IS_INF, IS_POS_INF, IS_NEG_INF -> throw new IllegalStateException(fn + " is a predicate");
        };
    }

    private static double asinh(double x) {
        double a = Math.abs(x);
        double r = a > 1e150 ? Math.log(a) + LN2 : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    private static double acosh(double x) {
        if (x > 1e150) return Math.log(x) + LN2;
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    private static long applyInt(UnaryFn fn, DType t, boolean unsigned, long x) {
        return switch (fn) {
            case NEG -> -x;
            case ABS -> unsigned ? x : Math.abs(x);
            case SIGN -> unsigned ? (x != 0 ? 1 : 0) : Long.signum(x);
            case RELU -> unsigned || x > 0 ? x : 0;
            case NOT -> x ^ 1;
            case BITWISE_NOT -> ~x;
            default -> {
                double d = t == DType.U64 ? Numerics.unsignedToDouble(x) : x;
                yield Numerics.toInteger(t, apply(fn, d));
            }
        };
    }
}
