package dev.tcc.ir.interp;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;

import java.util.List;

/**
 * Reference semantics of {@link Elementwise} ops. Floats compute in double and round once to the output
 * type when the result tensor is built; integers compute on {@code long} and wrap when it is built.
 */
final class ElementwiseEval {
    private ElementwiseEval() {}

    static Tensor eval(Elementwise op, List<Tensor> args, TensorType out) {
        return switch (op) {
            case Elementwise.Unary u -> UnaryEval.eval(u.fn(), args.get(0), out);
            case Elementwise.Binary b -> binary(b.fn(), args.get(0), args.get(1), out);
            case Elementwise.Select s -> select(args.get(0), args.get(1), args.get(2), out);
            case Elementwise.Cast c -> CastEval.cast(c, args.get(0));
            case Elementwise.BitCast b -> CastEval.bitcast(b.to(), args.get(0));
        };
    }

    private static Tensor binary(BinaryFn fn, Tensor a, Tensor b, TensorType out) {
        int n = (int) out.size();
        int[] ia = Broadcast.indexMap(a.shape(), out.shape());
        int[] ib = Broadcast.indexMap(b.shape(), out.shape());
        if (fn == BinaryFn.POW) return pow(a, b, ia, ib, out);
        if (a.dtype() == DType.STRING) {
            if (fn != BinaryFn.EQ) throw new IrException(fn.name().toLowerCase() + " is not defined on strings");
            long[] r = new long[n];
            for (int i = 0; i < n; i++) r[i] = a.getString(ia[i]).equals(b.getString(ib[i])) ? 1 : 0;
            return Tensor.ofLongs(DType.BOOL, out.shape(), r);
        }
        if (a.isFloat()) {
            double[] x = a.doubles(), y = b.doubles();
            if (fn.predicate()) {
                long[] r = new long[n];
                for (int i = 0; i < n; i++) r[i] = compare(fn, x[ia[i]], y[ib[i]]) ? 1 : 0;
                return Tensor.ofLongs(DType.BOOL, out.shape(), r);
            }
            double[] r = new double[n];
            for (int i = 0; i < n; i++) r[i] = floatOp(fn, x[ia[i]], y[ib[i]]);
            return Tensor.ofDoubles(out.dtype(), out.shape(), r);
        }
        long[] x = a.longs(), y = b.longs();
        long[] r = new long[n];
        DType t = a.dtype();
        boolean unsigned = t == DType.U64; // narrower unsigned types are held as non-negative longs
        for (int i = 0; i < n; i++) r[i] = intOp(fn, t, unsigned, x[ia[i]], y[ib[i]]);
        return Tensor.ofLongs(out.dtype(), out.shape(), r);
    }

    private static boolean compare(BinaryFn fn, double x, double y) {
        return switch (fn) {
            case EQ -> x == y;
            case LT -> x < y;
            case LE -> x <= y;
            case GT -> x > y;
            case GE -> x >= y;
            default -> throw new IrException(fn.name().toLowerCase() + " is not defined on floating types");
        };
    }

    private static double floatOp(BinaryFn fn, double x, double y) {
        return switch (fn) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            case MIN -> Math.min(x, y);
            case MAX -> Math.max(x, y);
            case FMOD -> x % y;
            case MOD -> {
                double m = x % y;
                yield m != 0 && (m < 0) != (y < 0) ? m + y : m;
            }
            default -> throw new IrException(fn.name().toLowerCase() + " is not defined on floating types");
        };
    }

    private static long intOp(BinaryFn fn, DType t, boolean unsigned, long x, long y) {
        return switch (fn) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> y == 0 ? 0 : unsigned ? Long.divideUnsigned(x, y) : x / y;
            case MOD -> y == 0 ? 0 : unsigned ? Long.remainderUnsigned(x, y) : Math.floorMod(x, y);
            case FMOD -> y == 0 ? 0 : unsigned ? Long.remainderUnsigned(x, y) : x % y;
            case MIN -> cmp(unsigned, x, y) <= 0 ? x : y;
            case MAX -> cmp(unsigned, x, y) >= 0 ? x : y;
            case EQ -> x == y ? 1 : 0;
            case LT -> cmp(unsigned, x, y) < 0 ? 1 : 0;
            case LE -> cmp(unsigned, x, y) <= 0 ? 1 : 0;
            case GT -> cmp(unsigned, x, y) > 0 ? 1 : 0;
            case GE -> cmp(unsigned, x, y) >= 0 ? 1 : 0;
            case AND, BIT_AND -> x & y;
            case OR, BIT_OR -> x | y;
            case XOR, BIT_XOR -> x ^ y;
            case SHL -> Long.compareUnsigned(y, t.bits()) >= 0 ? 0 : x << y;
            case SHR -> Long.compareUnsigned(y, t.bits()) >= 0 ? 0 : t.isSigned() ? x >> y : x >>> y;
            case POW -> throw new IllegalStateException("pow is handled apart");
        };
    }

    private static int cmp(boolean unsigned, long x, long y) { return unsigned ? Long.compareUnsigned(x, y) : Long.compare(x, y); }

    /** POW: operands may differ in type; the result has the base's type. */
    private static Tensor pow(Tensor a, Tensor b, int[] ia, int[] ib, TensorType out) {
        int n = ia.length;
        if (a.isFloat()) {
            double[] r = new double[n];
            for (int i = 0; i < n; i++) r[i] = Math.pow(a.getDouble(ia[i]), b.getDouble(ib[i]));
            return Tensor.ofDoubles(out.dtype(), out.shape(), r);
        }
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            if (b.isFloat()) r[i] = dev.tcc.ir.Numerics.toInteger(out.dtype(), Math.pow(a.getDouble(ia[i]), b.getDouble(ib[i])));
            else r[i] = intPow(a.getLong(ia[i]), b.getLong(ib[i]), b.dtype() == DType.U64);
        }
        return Tensor.ofLongs(out.dtype(), out.shape(), r);
    }

    /** Exact integer power with wrapping, by repeated squaring. */
    static long intPow(long base, long exp, boolean unsignedExp) {
        if (exp < 0 && !unsignedExp) return base == 1 ? 1 : base == -1 ? ((exp & 1) == 0 ? 1 : -1) : 0;
        long result = 1;
        while (exp != 0) {
            if ((exp & 1) != 0) result *= base;
            base *= base;
            exp >>>= 1;
        }
        return result;
    }

    private static Tensor select(Tensor c, Tensor a, Tensor b, TensorType out) {
        int n = (int) out.size();
        int[] ic = Broadcast.indexMap(c.shape(), out.shape());
        int[] ia = Broadcast.indexMap(a.shape(), out.shape());
        int[] ib = Broadcast.indexMap(b.shape(), out.shape());
        long[] cond = c.longs();
        if (a.isFloat()) {
            double[] x = a.doubles(), y = b.doubles(), r = new double[n];
            for (int i = 0; i < n; i++) r[i] = cond[ic[i]] != 0 ? x[ia[i]] : y[ib[i]];
            return Tensor.ofDoubles(out.dtype(), out.shape(), r);
        }
        long[] x = a.longs(), y = b.longs(), r = new long[n];
        for (int i = 0; i < n; i++) r[i] = cond[ic[i]] != 0 ? x[ia[i]] : y[ib[i]];
        return Tensor.ofLongs(out.dtype(), out.shape(), r);
    }
}
