package dev.tcc.ir.interp;

import dev.tcc.ir.IrException;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Structured.RnnKind;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;

import java.util.List;

/**
 * Reference semantics of {@link Structured.Rnn}: the ONNX RNN, GRU and LSTM equations, step by step in
 * double. Gate order in W, R and B follows ONNX: GRU {@code z, r, h}; LSTM {@code i, o, f, c}; peepholes
 * {@code P = [Pi, Po, Pf]}.
 */
final class RnnEval {
    private RnnEval() {}

    static List<Tensor> eval(Structured.Rnn op, List<Tensor> args, List<TensorType> out) {
        double[] x = args.get(0).toDoubles(), w = args.get(1).toDoubles(), r = args.get(2).toDoubles(), bias = args.get(3).toDoubles();
        double[] h0 = args.get(4).toDoubles();
        boolean lstm = op.kind() == RnnKind.LSTM;
        double[] c0 = lstm ? args.get(5).toDoubles() : null, peep = lstm ? args.get(6).toDoubles() : null;
        int steps = (int) args.get(0).shape().dim(0), batch = (int) args.get(0).shape().dim(1), inSize = (int) args.get(0).shape().dim(2);
        int base = lstm ? 7 : 5;
        long[] lens = new long[batch];
        for (int b = 0; b < batch; b++) lens[b] = args.size() > base ? Math.clamp(args.get(base).getLong(b), 0, steps) : steps;
        int hid = (int) op.hiddenSize(), dirs = op.directions();
        int gates = switch (op.kind()) { case RNN -> 1; case GRU -> 3; case LSTM -> 4; };
        int acts = switch (op.kind()) { case RNN -> 1; case GRU -> 2; case LSTM -> 3; };
        if (op.activations().size() != acts * dirs) {
            throw new IrException("rnn: " + op.kind() + " with " + dirs + " direction(s) needs " + acts * dirs + " activations, got " + op.activations());
        }
        int gh = gates * hid;
        double[] y = new double[steps * dirs * batch * hid], yh = new double[dirs * batch * hid], yc = new double[dirs * batch * hid];
        double[] xw = new double[gh], hr = new double[gh], rh = new double[hid];
        for (int dir = 0; dir < dirs; dir++) {
            boolean reverse = op.direction().equals("reverse") || dir == 1;
            Act f = act(op, dir * acts), g = acts > 1 ? act(op, dir * acts + 1) : null, hAct = acts > 2 ? act(op, dir * acts + 2) : null;
            int wOff = dir * gh * inSize, rOff = dir * gh * hid, bOff = dir * 2 * gh, pOff = dir * 3 * hid;
            double[] h = new double[batch * hid], c = new double[batch * hid];
            System.arraycopy(h0, dir * batch * hid, h, 0, batch * hid);
            if (lstm) System.arraycopy(c0, dir * batch * hid, c, 0, batch * hid);
            for (int step = 0; step < steps; step++) {
                double[] hNew = h.clone();
                for (int b = 0; b < batch; b++) {
                    if (step >= lens[b]) continue;
                    int t = reverse ? (int) lens[b] - 1 - step : step;
                    int xo = (t * batch + b) * inSize, ho = b * hid;
                    for (int k = 0; k < gh; k++) {
                        double sx = bias[bOff + k], sh = bias[bOff + gh + k];
                        int wr = wOff + k * inSize, rr = rOff + k * hid;
                        for (int i = 0; i < inSize; i++) sx += x[xo + i] * w[wr + i];
                        for (int j = 0; j < hid; j++) sh += h[ho + j] * r[rr + j];
                        xw[k] = sx;
                        hr[k] = sh;
                    }
                    switch (op.kind()) {
                        case RNN -> {
                            for (int j = 0; j < hid; j++) hNew[ho + j] = f.apply(clip(op, xw[j] + hr[j]));
                        }
                        case GRU -> {
                            // reset gate first: the candidate needs all of r when linear_before_reset is 0
                            for (int j = 0; j < hid; j++) rh[j] = f.apply(clip(op, xw[hid + j] + hr[hid + j])) * h[ho + j];
                            for (int j = 0; j < hid; j++) {
                                double z = f.apply(clip(op, xw[j] + hr[j]));
                                double pre;
                                if (op.linearBeforeReset()) {
                                    double rg = f.apply(clip(op, xw[hid + j] + hr[hid + j]));
                                    pre = xw[2 * hid + j] + rg * hr[2 * hid + j];
                                } else {
                                    double s = bias[bOff + gh + 2 * hid + j];
                                    int rr = rOff + (2 * hid + j) * hid;
                                    for (int i = 0; i < hid; i++) s += rh[i] * r[rr + i];
                                    pre = xw[2 * hid + j] + s;
                                }
                                double cand = g.apply(clip(op, pre));
                                hNew[ho + j] = (1 - z) * cand + z * h[ho + j];
                            }
                        }
                        case LSTM -> {
                            for (int j = 0; j < hid; j++) {
                                double cPrev = c[ho + j];
                                double in = f.apply(clip(op, xw[j] + hr[j] + peep[pOff + j] * cPrev));
                                double fg = op.inputForget() ? 1 - in : f.apply(clip(op, xw[2 * hid + j] + hr[2 * hid + j] + peep[pOff + 2 * hid + j] * cPrev));
                                double cand = g.apply(clip(op, xw[3 * hid + j] + hr[3 * hid + j]));
                                double cNew = fg * cPrev + in * cand;
                                double o = f.apply(clip(op, xw[hid + j] + hr[hid + j] + peep[pOff + hid + j] * cNew));
                                c[ho + j] = cNew;
                                hNew[ho + j] = o * hAct.apply(cNew);
                            }
                        }
                    }
                    System.arraycopy(hNew, ho, y, ((t * dirs + dir) * batch + b) * hid, hid);
                }
                h = hNew;
            }
            System.arraycopy(h, 0, yh, dir * batch * hid, batch * hid);
            System.arraycopy(c, 0, yc, dir * batch * hid, batch * hid);
        }
        Tensor ty = Tensor.ofDoubles(out.get(0).dtype(), out.get(0).shape(), y);
        Tensor th = Tensor.ofDoubles(out.get(1).dtype(), out.get(1).shape(), yh);
        return lstm ? List.of(ty, th, Tensor.ofDoubles(out.get(2).dtype(), out.get(2).shape(), yc)) : List.of(ty, th);
    }

    private static double clip(Structured.Rnn op, double v) {
        double c = op.clip();
        return c > 0 && !Double.isInfinite(c) ? Math.max(-c, Math.min(c, v)) : v;
    }

    private interface Act { double apply(double v); }

    private static Act act(Structured.Rnn op, int i) {
        String name = op.activations().get(i);
        double a = op.activationAlpha().get(i), b = op.activationBeta().get(i);
        return switch (name) {
            case "relu" -> v -> Math.max(v, 0);
            case "tanh" -> Math::tanh;
            case "sigmoid" -> v -> 1 / (1 + Math.exp(-v));
            case "affine" -> v -> a * v + b;
            case "leakyrelu" -> v -> v >= 0 ? v : a * v;
            case "thresholdedrelu" -> v -> v > a ? v : 0;
            case "scaledtanh" -> v -> a * Math.tanh(b * v);
            case "hardsigmoid" -> v -> Math.max(0, Math.min(1, a * v + b));
            case "elu" -> v -> v >= 0 ? v : a * (Math.exp(v) - 1);
            case "softsign" -> v -> v / (1 + Math.abs(v));
            case "softplus" -> v -> Math.log1p(Math.exp(v));
            default -> throw new IrException("rnn: unknown activation '" + name + "'");
        };
    }
}
