package dev.tcc.ir.interp;

import dev.tcc.ir.*;

import java.util.List;

/** Reference semantics of {@link Structured} ops, computed in double and rounded once per output. */
final class StructuredEval {
    private StructuredEval() {}

    static List<Tensor> eval(Structured op, List<Tensor> args, List<TensorType> out) {
        return switch (op) {
            case Structured.Softmax s -> List.of(softmax(s, args.get(0), out.get(0)));
            case Structured.LayerNorm l -> layerNorm(l, args, out);
            case Structured.RmsNorm n -> List.of(rmsNorm(n, args, out.get(0)));
            case Structured.Rnn r -> RnnEval.eval(r, args, out);
            case Structured.Attention a -> AttentionEval.eval(a, args, out);
        };
    }

    /**
     * One step of a softmax denominator sum: in double, except for bf16, whose partial sums are rounded to
     * bf16 at every step. ONNX's reference computes bf16 softmax that way (bf16 array arithmetic) and its
     * expected outputs differ from a wide accumulation by more than the conformance tolerance.
     */
    static double accumulate(DType t, double sum, double v) {
        return t == DType.BF16 ? Numerics.round(t, sum + v) : sum + v;
    }

    private static double[] floats(Tensor t) { return t.isFloat() ? t.doubles() : t.toDoubles(); }

    /**
     * Softmax as {@code d = x - max}, {@code e = exp(d)}, {@code s = sum(e)}, then {@code e / s} (or
     * {@code d - log(s)}). For element types narrower than 32 bits each intermediate is a value of the element
     * type, as in ONNX's function body and reference (the sum accumulates as {@link #accumulate} says); wider
     * types keep the intermediates in double, which is what models exported from fp32 frameworks expect.
     */
    private static Tensor softmax(Structured.Softmax op, Tensor x, TensorType out) {
        long[] dims = x.shape().dims();
        int n = (int) dims[op.axis()], inner = 1;
        for (int i = op.axis() + 1; i < dims.length; i++) inner *= (int) dims[i];
        int outer = n == 0 || inner == 0 ? 0 : x.size() / (n * inner);
        double[] xv = floats(x), r = new double[x.size()];
        // intermediates of 32- and 64-bit softmax stay in double (rounded once at the end, as fused kernels do)
        DType t = out.dtype().bits() < 32 ? out.dtype() : DType.F64;
        for (int o = 0; o < outer; o++) {
            for (int in = 0; in < inner; in++) {
                int base = o * n * inner + in;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) max = Math.max(max, xv[base + i * inner]);
                double sum = 0;
                for (int i = 0; i < n; i++) sum = accumulate(t, sum, Numerics.round(t, Math.exp(Numerics.round(t, xv[base + i * inner] - max))));
                sum = Numerics.round(t, sum);
                double logSum = Numerics.round(t, Math.log(sum));
                for (int i = 0; i < n; i++) {
                    double d = Numerics.round(t, xv[base + i * inner] - max);
                    r[base + i * inner] = op.log() ? d - logSum : Numerics.round(t, Math.exp(d)) / sum;
                }
            }
        }
        return Tensor.ofDoubles(out.dtype(), out.shape(), r);
    }

    private static Tensor rmsNorm(Structured.RmsNorm op, List<Tensor> args, TensorType out) {
        Tensor x = args.get(0);
        Shape xs = x.shape();
        int inner = 1;
        for (int i = op.axis(); i < xs.rank(); i++) inner *= (int) xs.dim(i);
        int outer = inner == 0 ? 0 : x.size() / inner;
        double[] xv = floats(x), r = new double[x.size()];
        double[] scale = args.size() > 1 ? floats(args.get(1)) : null;
        int[] si = scale == null ? null : Broadcast.indexMap(args.get(1).shape(), xs);
        DType t = x.dtype();
        double eps = Numerics.round(t, op.epsilon());
        for (int o = 0; o < outer; o++) {
            int base = o * inner;
            double sq = 0;
            for (int i = 0; i < inner; i++) sq += Numerics.round(t, xv[base + i] * xv[base + i]);
            double mean = Numerics.round(t, sq / inner);
            double inv = Numerics.round(t, 1 / Numerics.round(t, Math.sqrt(Numerics.round(t, mean + eps))));
            for (int i = 0; i < inner; i++) {
                double y = Numerics.round(t, xv[base + i] * inv);
                r[base + i] = scale == null ? y : y * scale[si[base + i]];
            }
        }
        return Tensor.ofDoubles(out.dtype(), out.shape(), r);
    }

    private static List<Tensor> layerNorm(Structured.LayerNorm op, List<Tensor> args, List<TensorType> out) {
        Tensor x = args.get(0);
        Shape xs = x.shape();
        int inner = 1;
        for (int i = op.axis(); i < xs.rank(); i++) inner *= (int) xs.dim(i);
        int outer = inner == 0 ? 0 : x.size() / inner;
        double[] xv = floats(x), r = new double[x.size()];
        double[] scale = floats(args.get(1));
        int[] si = Broadcast.indexMap(args.get(1).shape(), xs);
        double[] bias = args.size() > 2 ? floats(args.get(2)) : null;
        int[] bi = bias == null ? null : Broadcast.indexMap(args.get(2).shape(), xs);
        double[] means = new double[outer], inv = new double[outer];
        for (int o = 0; o < outer; o++) {
            int base = o * inner;
            double sum = 0;
            for (int i = 0; i < inner; i++) sum += xv[base + i];
            double mean = sum / inner, sq = 0;
            for (int i = 0; i < inner; i++) {
                double dv = xv[base + i] - mean;
                sq += dv * dv;
            }
            double is = 1 / Math.sqrt(sq / inner + op.epsilon());
            means[o] = mean;
            inv[o] = is;
            for (int i = 0; i < inner; i++) {
                int e = base + i;
                double y = (xv[e] - mean) * is * scale[si[e]];
                r[e] = bias == null ? y : y + bias[bi[e]];
            }
        }
        Tensor y = Tensor.ofDoubles(out.get(0).dtype(), out.get(0).shape(), r);
        if (!op.statsOutputs()) return List.of(y);
        return List.of(y, Tensor.ofDoubles(out.get(1).dtype(), out.get(1).shape(), means),
                Tensor.ofDoubles(out.get(2).dtype(), out.get(2).shape(), inv));
    }
}
