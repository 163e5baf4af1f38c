package dev.tcc.ir.interp;

import dev.tcc.ir.DType;
import dev.tcc.ir.Numerics;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;

import java.util.List;

/**
 * Reference semantics of {@link Structured.Attention}, one query row at a time. Values are rounded to Q's
 * type where ONNX's definition materialises a tensor (scaled Q and K, scores, capped scores, biased scores,
 * probabilities, output), so low-precision inputs behave as the reference does; sums are in double.
 */
final class AttentionEval {
    private AttentionEval() {}

    static List<Tensor> eval(Structured.Attention op, List<Tensor> args, List<TensorType> out) {
        Tensor q = args.get(0), k = args.get(1), v = args.get(2);
        Tensor mask = op.hasMask() ? args.get(3) : null;
        long[] lens = op.hasKvLengths() ? args.get(args.size() - 1).toLongs() : null;
        DType t = q.dtype(), st = op.softmaxType();
        int nb = (int) q.shape().dim(0), hq = (int) q.shape().dim(1), s = (int) q.shape().dim(2), d = (int) q.shape().dim(3);
        int hkv = (int) k.shape().dim(1), nt = (int) k.shape().dim(2), dv = (int) v.shape().dim(3), group = hq / hkv;
        double rootScale = Numerics.round(t, Math.sqrt(op.scale()));
        double[] qs = scaled(q, rootScale), ks = scaled(k, rootScale), vv = v.toDoubles();
        int maskLen = mask == null ? 0 : (int) mask.shape().dim(mask.shape().rank() - 1);
        int[] maskIdx = mask == null ? null : Broadcast.indexMap(mask.shape(), Shape.of(nb, hq, s, maskLen));
        double[] maskV = mask == null ? null : mask.toDoubles();
        boolean boolMask = mask != null && mask.dtype() == DType.BOOL;
        double[] y = new double[nb * hq * s * dv], qk = new double[nb * hq * s * nt];
        double[] bias = new double[nt], w = new double[nt];
        for (int b = 0; b < nb; b++) {
            long offset = lens != null ? lens[b] - s : op.causalOffset();
            for (int h = 0; h < hq; h++) {
                int kvBase = (b * hkv + h / group) * nt;
                for (int i = 0; i < s; i++) {
                    int row = (b * hq + h) * s + i, qo = row * d;
                    boolean allMasked = true;
                    for (int j = 0; j < nt; j++) {
                        double bj = 0;
                        if (mask != null) {
                            if (j >= maskLen) bj = Double.NEGATIVE_INFINITY;
                            else {
                                double mv = maskV[maskIdx[row * maskLen + j]];
                                bj = boolMask ? (mv != 0 ? 0 : Double.NEGATIVE_INFINITY) : mv;
                            }
                        }
                        if (op.causal() && j > i + offset) bj += Double.NEGATIVE_INFINITY;
                        long ahead = j - (i + offset);
                        if (op.leftWindow() >= 0 && -ahead > op.leftWindow() || op.rightWindow() >= 0 && ahead > op.rightWindow()) bj += Double.NEGATIVE_INFINITY;
                        if (lens != null && j >= lens[b]) bj += Double.NEGATIVE_INFINITY;
                        bias[j] = bj;
                        if (bj != Double.NEGATIVE_INFINITY) allMasked = false;
                        double dot = 0;
                        int ko = (kvBase + j) * d;
                        for (int e = 0; e < d; e++) dot += qs[qo + e] * ks[ko + e];
                        double sc = Numerics.round(t, dot);
                        double capped = op.softcap() > 0 ? Numerics.round(t, op.softcap() * Math.tanh(sc / op.softcap())) : sc;
                        w[j] = Numerics.round(t, capped + bj);
                        qk[row * nt + j] = switch (op.qkMode()) { case 0 -> sc; case 1 -> capped; default -> w[j]; };
                    }
                    softmax(w, st, t, allMasked);
                    if (op.qkMode() == 3) System.arraycopy(w, 0, qk, row * nt, nt);
                    int yo = row * dv;
                    for (int j = 0; j < nt; j++) {
                        double p = w[j];
                        if (p == 0) continue;
                        int vo = (kvBase + j) * dv;
                        for (int e = 0; e < dv; e++) y[yo + e] += p * vv[vo + e];
                    }
                }
            }
        }
        return List.of(Tensor.ofDoubles(t, out.get(0).shape(), y), Tensor.ofDoubles(t, out.get(1).shape(), qk));
    }

    private static double[] scaled(Tensor x, double f) {
        double[] r = x.toDoubles();
        for (int i = 0; i < r.length; i++) r[i] = Numerics.round(x.dtype(), r[i] * f);
        return r;
    }

    /**
     * In-place softmax of one row at {@code st}, then rounded to {@code t}; a fully masked row (or one whose
     * maximum is -inf) becomes zeros instead of NaN. For types narrower than 32 bits, like ONNX's function body,
     * every intermediate ({@code x - max}, its exp, the sum, the quotient) is a value of that type; wider types
     * keep them in double, as {@link StructuredEval}'s softmax does, and round the quotient once.
     */
    private static void softmax(double[] w, DType softmaxType, DType t, boolean allMasked) {
        // as for the softmax op: intermediates of a 32- or 64-bit softmax stay in double, rounded once at the end
        DType st = softmaxType.bits() < 32 ? softmaxType : DType.F64;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < w.length; j++) {
            w[j] = Numerics.round(st, w[j]);
            max = Math.max(max, w[j]);
        }
        if (allMasked || max == Double.NEGATIVE_INFINITY) {
            java.util.Arrays.fill(w, 0);
            return;
        }
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            w[j] = Numerics.round(st, Math.exp(Numerics.round(st, w[j] - max)));
            sum = StructuredEval.accumulate(st, sum, w[j]);
        }
        sum = Numerics.round(st, sum);
        for (int j = 0; j < w.length; j++) w[j] = Numerics.round(t, Numerics.round(softmaxType, w[j] / sum));
    }
}
