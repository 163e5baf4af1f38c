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

    /** Kinds of recurrent layers. */
    enum RnnKind { RNN, GRU, LSTM }

    /**
     * A whole ONNX RNN/GRU/LSTM layer (layout 0). Inputs: X[seq,batch,in], W, R, B, initialH and, for LSTM,
     * initialC and P; the importer supplies zeros for absent optional inputs and requires full-length
     * sequences. Outputs: Y[seq,dirs,batch,hidden], Y_h (and Y_c for LSTM).
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
            Types.arity(this, in, kind == RnnKind.LSTM ? 7 : 5);
            TensorType x = in.get(0);
            long seq = x.shape().dim(0), batch = x.shape().dim(1);
            TensorType y = TensorType.of(x.dtype(), seq, directions(), batch, hiddenSize);
            TensorType h = TensorType.of(x.dtype(), directions(), batch, hiddenSize);
            return kind == RnnKind.LSTM ? List.of(y, h, h) : List.of(y, h);
        }
    }
}
