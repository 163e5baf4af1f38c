package dev.tcc.ir.interp;

import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Structured.RnnKind;
import dev.tcc.ir.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Recurrent layers checked against the ONNX equations written out by hand, and direction symmetry. */
class RnnEvalTest {
    private static Tensor f64(double[] v, long... dims) { return Tensor.ofDoubles(DType.F64, Shape.of(dims), v); }

    private static double sigmoid(double v) { return 1 / (1 + Math.exp(-v)); }

    /** One GRU step with hidden and input size 1, both reset placements. */
    @Test
    void gruStepFollowsTheOnnxEquations() {
        double x = 0.7, h0 = -0.4;
        double[] w = {0.5, -0.3, 0.8}, r = {0.2, 0.9, -0.6}, b = {0.1, 0.2, 0.3, -0.1, 0.05, 0.4};
        for (boolean lbr : new boolean[] {false, true}) {
            var op = new Structured.Rnn(RnnKind.GRU, 1, "forward", List.of("sigmoid", "tanh"), List.of(0.0, 0.0), List.of(0.0, 0.0), 0, lbr, false);
            List<Tensor> out = Interpreter.eval(op, List.of(f64(new double[] {x}, 1, 1, 1), f64(w, 1, 3, 1), f64(r, 1, 3, 1),
                    f64(b, 1, 6), f64(new double[] {h0}, 1, 1, 1)));
            double z = sigmoid(x * w[0] + h0 * r[0] + b[0] + b[3]);
            double rg = sigmoid(x * w[1] + h0 * r[1] + b[1] + b[4]);
            double cand = lbr ? Math.tanh(x * w[2] + b[2] + rg * (h0 * r[2] + b[5])) : Math.tanh(x * w[2] + b[2] + (rg * h0) * r[2] + b[5]);
            double want = (1 - z) * cand + z * h0;
            assertThat(out.get(1).getDouble(0)).as("linear_before_reset=" + lbr).isCloseTo(want, within(1e-12));
            assertThat(out.get(0).getDouble(0)).isCloseTo(want, within(1e-12));
        }
    }

    /** An LSTM step with peepholes, clipping and coupled input/forget gates. */
    @Test
    void lstmStepWithPeepholesClipAndInputForget() {
        double x = 2.0, h0 = 0.3, c0 = -0.5, clip = 0.8;
        double[] w = {0.9, -0.7, 0.4, 1.5}, r = {0.2, 0.1, -0.3, 0.6}, b = new double[8], p = {0.5, -0.2, 0.7};
        var op = new Structured.Rnn(RnnKind.LSTM, 1, "forward", List.of("sigmoid", "tanh", "tanh"), List.of(0.0, 0.0, 0.0),
                List.of(0.0, 0.0, 0.0), clip, false, true);
        List<Tensor> out = Interpreter.eval(op, List.of(f64(new double[] {x}, 1, 1, 1), f64(w, 1, 4, 1), f64(r, 1, 4, 1),
                f64(b, 1, 8), f64(new double[] {h0}, 1, 1, 1), f64(new double[] {c0}, 1, 1, 1), f64(p, 1, 3)));
        double i = sigmoid(Math.clamp(x * w[0] + h0 * r[0] + p[0] * c0, -clip, clip));
        double f = 1 - i;
        double g = Math.tanh(Math.clamp(x * w[3] + h0 * r[3], -clip, clip));
        double c = f * c0 + i * g;
        double o = sigmoid(Math.clamp(x * w[1] + h0 * r[1] + p[1] * c, -clip, clip));
        assertThat(out.get(2).getDouble(0)).isCloseTo(c, within(1e-12));
        assertThat(out.get(1).getDouble(0)).isCloseTo(o * Math.tanh(c), within(1e-12));
    }

    /** The backward half of a bidirectional RNN is the forward RNN run over the reversed sequence. */
    @Test
    void bidirectionalBackwardHalfIsTheForwardRnnOnTheReversedSequence() {
        Random rng = new Random(3);
        int seq = 4, batch = 2, in = 3, hid = 2;
        double[] x = new double[seq * batch * in], w = new double[2 * hid * in], r = new double[2 * hid * hid], b = new double[2 * 2 * hid];
        for (double[] a : new double[][] {x, w, r, b}) for (int i = 0; i < a.length; i++) a[i] = rng.nextGaussian();
        double[] xRev = new double[x.length];
        for (int t = 0; t < seq; t++) System.arraycopy(x, t * batch * in, xRev, (seq - 1 - t) * batch * in, batch * in);
        var bi = new Structured.Rnn(RnnKind.RNN, hid, "bidirectional", List.of("tanh", "relu"), List.of(0.0, 0.0), List.of(0.0, 0.0), 0, false, false);
        List<Tensor> both = Interpreter.eval(bi, List.of(f64(x, seq, batch, in), f64(w, 2, hid, in), f64(r, 2, hid, hid), f64(b, 2, 2 * hid),
                f64(new double[2 * batch * hid], 2, batch, hid)));
        var fwd = new Structured.Rnn(RnnKind.RNN, hid, "forward", List.of("relu"), List.of(0.0), List.of(0.0), 0, false, false);
        List<Tensor> one = Interpreter.eval(fwd, List.of(f64(xRev, seq, batch, in), f64(java.util.Arrays.copyOfRange(w, hid * in, 2 * hid * in), 1, hid, in),
                f64(java.util.Arrays.copyOfRange(r, hid * hid, 2 * hid * hid), 1, hid, hid), f64(java.util.Arrays.copyOfRange(b, 2 * hid, 4 * hid), 1, 2 * hid),
                f64(new double[batch * hid], 1, batch, hid)));
        for (int t = 0; t < seq; t++) {
            for (int k = 0; k < batch * hid; k++) {
                // Y[t, 1, ...] of the bidirectional layer is Y[seq-1-t, 0, ...] of the reversed run
                assertThat(both.get(0).getDouble((t * 2 + 1) * batch * hid + k)).isEqualTo(one.get(0).getDouble((seq - 1 - t) * batch * hid + k));
            }
        }
        for (int k = 0; k < batch * hid; k++) assertThat(both.get(1).getDouble(batch * hid + k)).isEqualTo(one.get(1).getDouble(k));
    }

    /** A shorter batch entry runs alone over its own prefix; the reverse direction starts at its last valid step. */
    @Test
    void sequenceLengthsCutEachBatchEntryShort() {
        Random rng = new Random(5);
        int seq = 3, batch = 2, in = 2, hid = 2;
        double[] x = new double[seq * batch * in], w = new double[2 * 3 * hid * in], r = new double[2 * 3 * hid * hid], b = new double[2 * 6 * hid];
        for (double[] a : new double[][] {x, w, r, b}) for (int i = 0; i < a.length; i++) a[i] = rng.nextGaussian();
        var gru = new Structured.Rnn(RnnKind.GRU, hid, "bidirectional", List.of("sigmoid", "tanh", "sigmoid", "tanh"), List.of(0.0, 0.0, 0.0, 0.0),
                List.of(0.0, 0.0, 0.0, 0.0), 0, false, false);
        Tensor lens = Tensor.ofLongs(DType.I32, Shape.of(2), new long[] {3, 2});
        List<Tensor> both = Interpreter.eval(gru, List.of(f64(x, seq, batch, in), f64(w, 2, 3 * hid, in), f64(r, 2, 3 * hid, hid), f64(b, 2, 6 * hid),
                f64(new double[2 * batch * hid], 2, batch, hid), lens));
        // batch entry 1 alone, over its first two steps
        double[] x1 = new double[2 * in];
        for (int t = 0; t < 2; t++) System.arraycopy(x, (t * batch + 1) * in, x1, t * in, in);
        List<Tensor> alone = Interpreter.eval(gru, List.of(f64(x1, 2, 1, in), f64(w, 2, 3 * hid, in), f64(r, 2, 3 * hid, hid), f64(b, 2, 6 * hid),
                f64(new double[2 * hid], 2, 1, hid)));
        for (int t = 0; t < seq; t++) {
            for (int dir = 0; dir < 2; dir++) {
                for (int k = 0; k < hid; k++) {
                    double got = both.get(0).getDouble(((t * 2 + dir) * batch + 1) * hid + k);
                    assertThat(got).isEqualTo(t < 2 ? alone.get(0).getDouble((t * 2 + dir) * hid + k) : 0.0);
                }
            }
        }
        for (int dir = 0; dir < 2; dir++) {
            for (int k = 0; k < hid; k++) assertThat(both.get(1).getDouble((dir * batch + 1) * hid + k)).isEqualTo(alone.get(1).getDouble(dir * hid + k));
        }
    }
}
