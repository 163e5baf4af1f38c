package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.DType;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Structured.RnnKind;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.tcc.frontend.onnx.ops.LinalgSupport.*;

/**
 * Importers of ONNX RNN, GRU and LSTM onto {@link Structured.Rnn}: absent optional inputs become zeros,
 * sequence_lens is passed on unless it is known to be full length,
 * activations get their per-function alpha/beta defaults, and layout 1 (batch first) is transposed to and
 * from the core op's sequence-first layout.
 */
final class RnnOps {
    private RnnOps() {}

    static void register(OpRegistry r) {
        r.register("RNN", n -> convert(n, RnnKind.RNN));
        r.register("GRU", n -> convert(n, RnnKind.GRU));
        r.register("LSTM", n -> convert(n, RnnKind.LSTM));
    }

    private static List<Value> convert(NodeContext n, RnnKind kind) {
        Value x = n.input(0), w = n.input(1), r = n.input(2);
        DType t = x.type().dtype();
        boolean batchFirst = n.attrInt("layout", 0) != 0;
        if (x.type().rank() != 3) throw n.error("X must be 3-D, got " + x.type());
        if (batchFirst) x = transpose(n, x, 1, 0, 2);
        long seq = x.type().shape().dim(0), batch = x.type().shape().dim(1);
        String direction = n.attrString("direction", "forward");
        if (!List.of("forward", "reverse", "bidirectional").contains(direction)) throw n.error("direction '" + direction + "' is not forward, reverse or bidirectional");
        int dirs = direction.equals("bidirectional") ? 2 : 1;
        long hidden = n.attrInt("hidden_size", r.type().shape().dim(2));
        int gates = switch (kind) { case RNN -> 1; case GRU -> 3; case LSTM -> 4; };
        if (w.type().rank() != 3 || w.type().shape().dim(0) != dirs || w.type().shape().dim(1) != gates * hidden) {
            throw n.error("W " + w.type() + " must be [" + dirs + ", " + gates * hidden + ", input_size]");
        }
        Value b = n.hasInput(3) ? n.input(3) : zeros(n, t, dirs, 2L * gates * hidden);
        Value h0 = n.hasInput(5) ? n.input(5) : zeros(n, t, dirs, batch, hidden);
        List<Value> args = new ArrayList<>(List.of(x, w, r, b, h0));
        if (kind == RnnKind.LSTM) {
            args.add(n.hasInput(6) ? n.input(6) : zeros(n, t, dirs, batch, hidden));
            args.add(n.hasInput(7) ? n.input(7) : zeros(n, t, dirs, 3 * hidden));
        }
        if (n.hasInput(4) && !fullLength(n, seq)) args.add(n.input(4));
        List<String> acts = activations(n, kind, dirs);
        List<Double> alphas = new ArrayList<>(), betas = new ArrayList<>();
        activationParams(n, acts, alphas, betas);
        double clip = n.hasAttr("clip") ? n.attrFloat("clip", 0) : 0;
        var op = new Structured.Rnn(kind, hidden, direction, acts, alphas, betas, clip,
                n.attrInt("linear_before_reset", 0) != 0, n.attrInt("input_forget", 0) != 0);
        List<Value> outs = new ArrayList<>(n.emitAll(op, args));
        if (batchFirst) {
            outs.set(0, transpose(n, outs.get(0), 2, 0, 1, 3));
            for (int i = 1; i < outs.size(); i++) outs.set(i, transpose(n, outs.get(i), 1, 0, 2));
        }
        return outs;
    }

    /** True when sequence_lens is a known constant equal to the sequence length everywhere (it can then be dropped). */
    private static boolean fullLength(NodeContext n, long seq) {
        Tensor lens = n.constantOrNull(4);
        if (lens == null) return false;
        for (int i = 0; i < lens.size(); i++) if (lens.getLong(i) != seq) return false;
        return true;
    }

    private static List<String> activations(NodeContext n, RnnKind kind, int dirs) {
        List<String> dflt = switch (kind) {
            case RNN -> List.of("tanh");
            case GRU -> List.of("sigmoid", "tanh");
            case LSTM -> List.of("sigmoid", "tanh", "tanh");
        };
        List<String> given = n.attrStrings("activations", List.of());
        List<String> acts = new ArrayList<>();
        if (given.isEmpty()) {
            for (int d = 0; d < dirs; d++) acts.addAll(dflt);
        } else {
            for (String a : given) acts.add(a.toLowerCase(Locale.ROOT));
            // a single direction's list serves both directions
            if (acts.size() == dflt.size() && dirs == 2) acts.addAll(new ArrayList<>(acts));
        }
        if (acts.size() != dflt.size() * dirs) throw n.error("activations " + given + " must name " + dflt.size() * dirs + " functions");
        return acts;
    }

    /** Alphas and betas are consumed in order, each by the activations that take one (ONNX Runtime's rule). */
    private static void activationParams(NodeContext n, List<String> acts, List<Double> alphas, List<Double> betas) {
        List<Double> a = n.attrFloats("activation_alpha", List.of()), b = n.attrFloats("activation_beta", List.of());
        int ai = 0, bi = 0;
        for (String act : acts) {
            double[] dflt = switch (act) {
                case "affine" -> new double[] {1.0, 0.0};
                case "leakyrelu" -> new double[] {0.01, Double.NaN};
                case "thresholdedrelu", "elu" -> new double[] {1.0, Double.NaN};
                case "scaledtanh" -> new double[] {1.0, 1.0};
                case "hardsigmoid" -> new double[] {0.2, 0.5};
                case "relu", "tanh", "sigmoid", "softsign", "softplus" -> new double[] {Double.NaN, Double.NaN};
                default -> throw n.error("activation '" + act + "' is not supported");
            };
            alphas.add(Double.isNaN(dflt[0]) ? 0.0 : ai < a.size() ? a.get(ai++) : dflt[0]);
            betas.add(Double.isNaN(dflt[1]) ? 0.0 : bi < b.size() ? b.get(bi++) : dflt[1]);
        }
    }
}
