package dev.tcc.ir;

import java.util.List;

/** Ops kept whole because their fused form is what a GPU wants: softmax, normalisation, recurrent cells. */
public sealed interface Structured extends Op {

    /** Softmax (or log-softmax) along one axis: {@code exp(x - max) / sum(exp(x - max))}. */
    record Softmax(int axis, boolean log) implements Structured {
        @Override public String mnemonic() { return "softmax"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            if (axis < 0 || axis >= in.get(0).rank()) throw new IrException("softmax: axis " + axis + " out of range for " + in.get(0));
            return List.of(in.get(0));
        }
    }

    /**
     * Layer normalisation over axes {@code [axis, rank)}: {@code (x - mean) / sqrt(var + epsilon) * scale + bias}
     * (bias optional), with the population variance. {@code scale} and {@code bias} broadcast against the
     * whole of {@code x} (numpy rules), so they are usually shaped like the normalised axes, but may also vary
     * along leading axes (instance normalisation uses a per-channel {@code [C,1,...,1]} scale). With
     * {@code statsOutputs}, also returns mean and 1/sqrt(var+eps) (shape with the normalised axes kept as 1,
     * type {@code statsType}).
     */
    record LayerNorm(int axis, double epsilon, boolean statsOutputs, DType statsType) implements Structured {
        @Override public String mnemonic() { return "layer_norm"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 2, 3);
            TensorType x = in.get(0);
            if (axis < 0 || axis >= x.rank()) throw new IrException("layer_norm: axis " + axis + " out of range for " + x);
            for (int i = 1; i < in.size(); i++) {
                Types.sameDType(this, x, in.get(i));
                if (!Types.broadcast(x.shape(), in.get(i).shape()).equals(x.shape())) throw new IrException("layer_norm: " + in.get(i) + " does not broadcast to " + x);
            }
            if (!statsOutputs) return List.of(x);
            long[] s = x.shape().dims();
            for (int i = axis; i < s.length; i++) s[i] = 1;
            TensorType stats = new TensorType(statsType, new Shape(s));
            return List.of(x, stats, stats);
        }
    }

    /**
     * Root-mean-square normalisation over axes {@code [axis, rank)}: {@code x * (1 / sqrt(mean(x^2) + epsilon))},
     * times {@code scale} when given (broadcast against {@code x}, numpy rules). No mean is subtracted (Llama's
     * and T5's norm). Rounding follows the decomposition exporters write, each step a value of x's type: the
     * squares, their mean (summed exactly), {@code mean + epsilon}, its square root, the reciprocal, the product
     * with {@code x}, and the product with {@code scale}; so the op computes exactly what the chain it replaces does.
     */
    record RmsNorm(int axis, double epsilon) implements Structured {
        @Override public String mnemonic() { return "rms_norm"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1, 2);
            TensorType x = in.get(0);
            if (!x.dtype().isFloat()) throw new IrException("rms_norm: " + x + " is not floating");
            if (axis < 0 || axis >= x.rank()) throw new IrException("rms_norm: axis " + axis + " out of range for " + x);
            if (in.size() == 2) {
                Types.sameDType(this, x, in.get(1));
                if (!Types.broadcast(x.shape(), in.get(1).shape()).equals(x.shape())) throw new IrException("rms_norm: " + in.get(1) + " does not broadcast to " + x);
            }
            return List.of(x);
        }
    }

    /** Kinds of recurrent layers. */
    enum RnnKind { RNN, GRU, LSTM }

    /**
     * A whole ONNX RNN/GRU/LSTM layer (layout 0). Inputs: X[seq,batch,in], W, R, B, initialH and, for LSTM,
     * initialC and P (the importer supplies zeros for absent ones), then optionally the integer sequence
     * lengths [batch]. Outputs: Y[seq,dirs,batch,hidden], Y_h (and Y_c for LSTM). Batch entry {@code b} with
     * length {@code L < seq} runs steps {@code 0..L-1} (the reverse direction starts at {@code L-1}); its
     * {@code Y} rows from {@code L} on are zero and its final states are those after its last step.
     *
     * <p>{@code direction} is forward, reverse or bidirectional. {@code activations} are lower-case ONNX
     * activation names (relu, tanh, sigmoid, affine, leakyrelu, thresholdedrelu, scaledtanh, hardsigmoid,
     * elu, softsign, softplus), one per gate function (f for RNN; f,g for GRU; f,g,h for LSTM) and per
     * direction; {@code activationAlpha} and {@code activationBeta} run parallel to them (defaults already
     * filled in). {@code clip > 0} clamps gate pre-activations to {@code [-clip, clip]}; otherwise no clipping.
     * {@code inputForget} (LSTM) couples the gates: {@code f = 1 - i}.
     */
    record Rnn(RnnKind kind, long hiddenSize, String direction, List<String> activations, List<Double> activationAlpha,
               List<Double> activationBeta, double clip, boolean linearBeforeReset, boolean inputForget) implements Structured {
        public Rnn { activations = List.copyOf(activations); activationAlpha = List.copyOf(activationAlpha); activationBeta = List.copyOf(activationBeta); }

        @Override public String mnemonic() { return "rnn"; }

        public int directions() { return direction.equals("bidirectional") ? 2 : 1; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            int base = kind == RnnKind.LSTM ? 7 : 5;
            Types.arity(this, in, base, base + 1);
            TensorType x = in.get(0);
            long seq = x.shape().dim(0), batch = x.shape().dim(1);
            if (in.size() > base && (!in.get(base).dtype().isInteger() || in.get(base).size() != batch)) {
                throw new IrException("rnn: sequence lengths must be integers [" + batch + "], got " + in.get(base));
            }
            TensorType y = TensorType.of(x.dtype(), seq, directions(), batch, hiddenSize);
            TensorType h = TensorType.of(x.dtype(), directions(), batch, hiddenSize);
            return kind == RnnKind.LSTM ? List.of(y, h, h) : List.of(y, h);
        }
    }

    /**
     * Scaled dot-product attention (ONNX Attention 23/24) on heads-first tensors {@code Q[B,Hq,S,D]},
     * {@code K[B,Hkv,T,D]}, {@code V[B,Hkv,T,Dv]}; {@code Hq} is a multiple of {@code Hkv} and query head
     * {@code h} reads key/value head {@code h / (Hq/Hkv)} (grouped-query attention). Optional inputs follow in
     * this order: the mask when {@code hasMask} (bool, true = attend, or an additive bias of Q's type; it
     * broadcasts to {@code [B,Hq,S,T']} with {@code T' <= T}, keys past {@code T'} are masked), then
     * {@code kvLengths} i64[B] when {@code hasKvLengths} (keys {@code j >= kvLengths[b]} are masked).
     *
     * <p>Per query row {@code i}: {@code s = (Q*sqrt(scale)) . (K*sqrt(scale))}, {@code c = softcap > 0 ?
     * softcap*tanh(s/softcap) : s}, {@code bias = mask + (causal and j > i + offset ? -inf : 0)} where
     * {@code offset} is {@code causalOffset}, or {@code kvLengths[b] - S} with kv lengths; a sliding window
     * further masks keys with {@code i + offset - j > leftWindow} or {@code j - (i + offset) > rightWindow}
     * (a negative bound is unbounded);
     * {@code p = softmax(c + bias)} computed at {@code softmaxType}, and a row whose bias is all {@code -inf}
     * gets {@code p = 0}; {@code Y = p V}. Outputs: {@code Y[B,Hq,S,Dv]} and {@code qk[B,Hq,S,T]}, which holds
     * {@code s} ({@code qkMode} 0), {@code c} (1), {@code c + bias} (2) or {@code p} (3).
     */
    record Attention(double scale, double softcap, boolean causal, long causalOffset, long leftWindow, long rightWindow,
                     boolean hasMask, boolean hasKvLengths, int qkMode, DType softmaxType) implements Structured {
        @Override public String mnemonic() { return "attention"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 3 + (hasMask ? 1 : 0) + (hasKvLengths ? 1 : 0));
            TensorType q = in.get(0), k = in.get(1), v = in.get(2);
            if (q.rank() != 4 || k.rank() != 4 || v.rank() != 4) throw new IrException("attention: Q, K, V must be 4-D, got " + q + ", " + k + ", " + v);
            Types.sameDType(this, q, k);
            Types.sameDType(this, q, v);
            long b = q.shape().dim(0), hq = q.shape().dim(1), s = q.shape().dim(2), hkv = k.shape().dim(1), t = k.shape().dim(2);
            if (k.shape().dim(0) != b || v.shape().dim(0) != b || v.shape().dim(1) != hkv || v.shape().dim(2) != t
                    || k.shape().dim(3) != q.shape().dim(3) || hkv == 0 || hq % hkv != 0) {
                throw new IrException("attention: shapes of Q " + q + ", K " + k + ", V " + v + " do not agree");
            }
            if (qkMode < 0 || qkMode > 3) throw new IrException("attention: qkMode " + qkMode + " is not 0..3");
            if (hasMask) {
                TensorType m = in.get(3);
                if (m.dtype() != DType.BOOL && m.dtype() != q.dtype()) throw new IrException("attention: mask " + m + " must be bool or " + q.dtype());
                long[] full = {b, hq, s, t};
                int off = 4 - m.rank();
                for (int i = 0; i < m.rank(); i++) {
                    long d = m.shape().dim(i), want = full[off + i];
                    boolean ok = off + i == 3 ? d <= want : d == 1 || d == want;
                    if (off < 0 || !ok) throw new IrException("attention: mask " + m + " does not broadcast to [" + b + "," + hq + "," + s + "," + t + "]");
                }
            }
            if (hasKvLengths) {
                TensorType l = in.get(in.size() - 1);
                if (l.dtype() != DType.I64 || l.size() != b) throw new IrException("attention: kv lengths must be i64[" + b + "], got " + l);
            }
            return List.of(TensorType.of(q.dtype(), b, hq, s, v.shape().dim(3)), TensorType.of(q.dtype(), b, hq, s, t));
        }
    }
}
