package dev.tcc.ir.interp;

import dev.tcc.ir.*;

import java.util.List;

/** Reference semantics of {@link Elementwise} ops. */
final class ElementwiseEval {
    private ElementwiseEval() {}

    static Tensor eval(Elementwise op, List<Tensor> args, TensorType out) {
        return switch (op) {
            case Elementwise.Binary b -> binary(b.fn(), args.get(0), args.get(1), out);
            case Elementwise.Unary u -> unary(u.fn(), args.get(0), out);
            default -> throw new IrException("the reference interpreter does not implement " + op.mnemonic() + " yet");
        };
    }

    private static Tensor binary(Elementwise.BinaryFn fn, Tensor a, Tensor b, TensorType out) {
        int n = (int) out.size();
        int[] ia = Broadcast.indexMap(a.shape(), out.shape());
        int[] ib = Broadcast.indexMap(b.shape(), out.shape());
        if (a.isFloat()) {
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                double x = a.getDouble(ia[i]), y = b.getDouble(ib[i]);
                r[i] = switch (fn) {
                    case ADD -> x + y;
                    case SUB -> x - y;
                    case MUL -> x * y;
                    case DIV -> x / y;
                    default -> throw new IrException("the reference interpreter does not implement " + fn + " yet");
                };
            }
            return Tensor.ofDoubles(out.dtype(), out.shape(), r);
        }
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            long x = a.getLong(ia[i]), y = b.getLong(ib[i]);
            r[i] = switch (fn) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case DIV -> x / y;
                default -> throw new IrException("the reference interpreter does not implement " + fn + " yet");
            };
        }
        return Tensor.ofLongs(out.dtype(), out.shape(), r);
    }

    private static Tensor unary(Elementwise.UnaryFn fn, Tensor a, TensorType out) {
        int n = (int) out.size();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double x = a.getDouble(i);
            r[i] = switch (fn) {
                case NEG -> -x;
                case RELU -> Math.max(x, 0);
                default -> throw new IrException("the reference interpreter does not implement " + fn + " yet");
            };
        }
        return a.isFloat() ? Tensor.ofDoubles(out.dtype(), out.shape(), r) : Tensor.ofLongs(out.dtype(), out.shape(), java.util.Arrays.stream(r).mapToLong(d -> (long) d).toArray());
    }
}
