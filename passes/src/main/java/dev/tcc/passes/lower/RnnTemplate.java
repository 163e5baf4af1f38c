package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.Node;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Structured.RnnKind;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.MathFn;
import dev.tcc.ir.kernel.Memory;

import java.util.List;
import java.util.function.UnaryOperator;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * A whole RNN/GRU/LSTM layer in one kernel of one workgroup: the hidden (and cell) state of the whole
 * batch stays in workgroup memory (or in global scratch buffers when it does not fit) and the work-items
 * step through time together, a barrier between the phases of each step. Work-item {@code e} owns the
 * state elements {@code e, e + W, ...} (element = batch x hidden unit); every gate is two dot products
 * (input and recurrent weights), read through {@link Emitter#valueAt}. Directions run one after another.
 */
final class RnnTemplate {
    private RnnTemplate() {}

    static void lower(ProgramBuilder pb, Node node, Tuning.Rnn p) {
        Structured.Rnn op = (Structured.Rnn) node.op();
        List<Value> in = node.inputs();
        Value x = in.get(0), w = in.get(1), rw = in.get(2), bias = in.get(3), h0 = in.get(4);
        boolean lstm = op.kind() == RnnKind.LSTM;
        boolean gruReset = op.kind() == RnnKind.GRU && !op.linearBeforeReset();
        long steps = x.type().shape().dim(0), batch = x.type().shape().dim(1), inSize = x.type().shape().dim(2);
        long hid = op.hiddenSize(), bh = batch * hid;
        int dirs = op.directions();
        int gates = switch (op.kind()) { case RNN -> 1; case GRU -> 3; case LSTM -> 4; };
        int acts = switch (op.kind()) { case RNN -> 1; case GRU -> 2; case LSTM -> 3; };
        if (bh == 0) return;
        DType vt = Emitter.vt(x);
        int arrays = 2 + (lstm ? 2 : 0) + (gruReset ? 1 : 0);
        boolean local = (long) arrays * bh * (vt == DType.F64 ? 8 : 4) <= pb.target.localMemBytes() && bh <= Integer.MAX_VALUE;
        int width = pb.target.workgroup((int) Math.min(p.workgroup(), Long.highestOneBit(Math.max(1, bh - 1)) * 2));
        Emitter.Built b = Emitter.build(pb, pb.kernelName(op.kind().name().toLowerCase()), (em, kb) -> {
            em.tune("template", "rnn_single_workgroup");
            em.tune("workgroup", width);
            em.tune("state", local ? "workgroup" : "global");
            Memory h = state(em, kb, pb, local, node.name() + ".h", vt, bh);
            Memory hn = state(em, kb, pb, local, node.name() + ".hnew", vt, bh);
            Memory c = lstm ? state(em, kb, pb, local, node.name() + ".c", vt, bh) : null;
            Memory cn = lstm ? state(em, kb, pb, local, node.name() + ".cnew", vt, bh) : null;
            Memory rh = gruReset ? state(em, kb, pb, local, node.name() + ".rh", vt, bh) : null;
            kb.grid(Grid.of(1, width));
            kb.body(body -> {
                Scope s = new Scope(body, null);
                Expr lid = s.let("lid", localId(0));
                for (int dir = 0; dir < dirs; dir++) {
                    int d = dir;
                    boolean reverse = op.direction().equals("reverse") || dir == 1;
                    Gate g = new Gate(em, op, vt, x, w, rw, bias, lstm ? in.get(6) : null, h, d, gates, hid, inSize);
                    UnaryOperator<Expr> f = v -> activation(op, d * acts, v), gAct = acts > 1 ? v -> activation(op, d * acts + 1, v) : null,
                            hAct = acts > 2 ? v -> activation(op, d * acts + 2, v) : null;
                    each(s, lid, width, bh, (l, e) -> {
                        List<Expr> at = List.of(Ix.lit(d), l.let("b", Ix.div(e, hid)), l.let("u", Ix.rem(e, hid)));
                        l.store(h, e, em.valueAt(l, h0, at));
                        if (lstm) l.store(c, e, em.valueAt(l, in.get(5), at));
                    });
                    sync(s, local);
                    s.forRange("step", Ix.lit(0), Ix.lit(steps), (ls, step) -> {
                        Expr t = ls.let("t", reverse ? Ix.sub(Ix.lit(steps - 1), step) : step);
                        if (gruReset) {
                            each(ls, lid, width, bh, (l, e) -> {
                                Expr bb = l.let("b", Ix.div(e, hid)), u = l.let("u", Ix.rem(e, hid));
                                Expr r = f.apply(clip(op, l, add(g.input(l, 1, t, bb, u), g.recurrent(l, 1, bb, u))));
                                l.store(rh, e, mul(r, load(h, e)));
                            });
                            sync(ls, local);
                        }
                        each(ls, lid, width, bh, (l, e) -> {
                            Expr bb = l.let("b", Ix.div(e, hid)), u = l.let("u", Ix.rem(e, hid));
                            Expr hPrev = l.let("hp", load(h, e));
                            switch (op.kind()) {
                                case RNN -> l.store(hn, e, f.apply(clip(op, l, add(g.input(l, 0, t, bb, u), g.recurrent(l, 0, bb, u)))));
                                case GRU -> {
                                    Expr z = l.let("z", f.apply(clip(op, l, add(g.input(l, 0, t, bb, u), g.recurrent(l, 0, bb, u)))));
                                    Expr pre;
                                    if (op.linearBeforeReset()) {
                                        Expr r = f.apply(clip(op, l, add(g.input(l, 1, t, bb, u), g.recurrent(l, 1, bb, u))));
                                        pre = add(g.input(l, 2, t, bb, u), mul(r, g.recurrent(l, 2, bb, u)));
                                    } else {
                                        pre = add(g.input(l, 2, t, bb, u), g.dot(l, rh, 2, bb, u));
                                    }
                                    Expr cand = l.let("cand", gAct.apply(clip(op, l, pre)));
                                    l.store(hn, e, add(mul(sub(lit(vt, 1.0), z), cand), mul(z, hPrev)));
                                }
                                case LSTM -> {
                                    Expr cPrev = l.let("cp", load(c, e));
                                    Expr ig = l.let("ig", f.apply(clip(op, l, sum(g.input(l, 0, t, bb, u), g.recurrent(l, 0, bb, u), mul(g.peephole(l, 0, u), cPrev)))));
                                    Expr fg = l.let("fg", op.inputForget() ? sub(lit(vt, 1.0), ig)
                                            : f.apply(clip(op, l, sum(g.input(l, 2, t, bb, u), g.recurrent(l, 2, bb, u), mul(g.peephole(l, 2, u), cPrev)))));
                                    Expr cand = l.let("cand", gAct.apply(clip(op, l, add(g.input(l, 3, t, bb, u), g.recurrent(l, 3, bb, u)))));
                                    Expr cNew = l.let("cn", add(mul(fg, cPrev), mul(ig, cand)));
                                    Expr og = l.let("og", f.apply(clip(op, l, sum(g.input(l, 1, t, bb, u), g.recurrent(l, 1, bb, u), mul(g.peephole(l, 1, u), cNew)))));
                                    l.store(cn, e, cNew);
                                    l.store(hn, e, mul(og, hAct.apply(cNew)));
                                }
                            }
                        });
                        sync(ls, local);
                        each(ls, lid, width, bh, (l, e) -> {
                            Expr v = l.let("hv", load(hn, e));
                            l.store(h, e, v);
                            if (lstm) l.store(c, e, load(cn, e));
                            Expr y = l.let("y", Ix.add(Ix.mul(Ix.add(Ix.mul(t, dirs), Ix.lit(d)), bh), e));
                            em.store(l, node.outputs().get(0), y, v);
                        });
                        sync(ls, local);
                    });
                    each(s, lid, width, bh, (l, e) -> {
                        Expr at = l.let("yh", Ix.add(Ix.mul(Ix.lit(d), bh), e));
                        em.store(l, node.outputs().get(1), at, load(h, e));
                        if (lstm) em.store(l, node.outputs().get(2), at, load(c, e));
                    });
                    sync(s, local);
                }
            });
        });
        pb.launch(b, op.kind().name().toLowerCase());
    }

    private static Memory state(Emitter em, dev.tcc.ir.kernel.KernelBuilder kb, ProgramBuilder pb, boolean local, String name, DType vt, long n) {
        if (local) return kb.workgroupArray(name.replaceAll("[^A-Za-z0-9_]", "_"), vt, (int) n);
        return em.readsAndWrites(pb.scratch(name, vt, n));
    }

    private static void sync(Scope s, boolean local) {
        if (local) s.barrier();
        else s.barrierAll();
    }

    /** {@code body(e)} for the state elements {@code e = lid, lid + W, ... < n}. */
    private static void each(Scope s, Expr lid, int width, long n, java.util.function.BiConsumer<Scope, Expr> body) {
        s.forRange("e", lid, Ix.lit(n), width, body::accept);
    }

    private static Expr clip(Structured.Rnn op, Scope s, Expr v) {
        double c = op.clip();
        if (!(c > 0) || Double.isInfinite(c)) return v;
        return max(lit(v.type(), -c), min(lit(v.type(), c), v));
    }

    /** The {@code i}-th activation of the op applied to {@code v}. */
    static Expr activation(Structured.Rnn op, int i, Expr v) {
        String name = op.activations().get(i);
        DType t = v.type();
        Expr a = lit(t, op.activationAlpha().get(i)), b = lit(t, op.activationBeta().get(i));
        Expr zero = lit(t, 0.0), one = lit(t, 1.0);
        return switch (name) {
            case "relu" -> max(v, zero);
            case "tanh" -> call(MathFn.TANH, v);
            case "sigmoid" -> div(one, add(one, call(MathFn.EXP, neg(v))));
            case "affine" -> add(mul(a, v), b);
            case "leakyrelu" -> select(ge(v, zero), v, mul(a, v));
            case "thresholdedrelu" -> select(gt(v, a), v, zero);
            case "scaledtanh" -> mul(a, call(MathFn.TANH, mul(b, v)));
            case "hardsigmoid" -> max(zero, min(one, add(mul(a, v), b)));
            case "elu" -> select(ge(v, zero), v, mul(a, sub(call(MathFn.EXP, v), one)));
            case "softsign" -> div(v, add(one, abs(v)));
            case "softplus" -> call(MathFn.LOG, add(one, call(MathFn.EXP, v)));
            default -> throw new LoweringException("rnn: unknown activation '" + name + "'");
        };
    }

    /** The gate pre-activations of one direction: input and recurrent dot products plus their biases. */
    private record Gate(Emitter em, Structured.Rnn op, DType vt, Value x, Value w, Value r, Value bias, Value peep, Memory h, int dir,
                        int gates, long hid, long inSize) {

        /** {@code sum_i x[t, b, i] * W[dir, g*H + u, i] + Wb[dir, g*H + u]}. */
        Expr input(Scope s, int g, Expr t, Expr b, Expr u) {
            Expr rowIdx = s.let("wr", Ix.add(Ix.lit(g * hid), u));
            Expr.Var acc = s.var("sx", em.valueAt(s, bias, List.of(Ix.lit(dir), rowIdx)));
            s.forRange("i", Ix.lit(0), Ix.lit(inSize), (l, i) -> l.assign(acc, add(acc,
                    mul(em.valueAt(l, x, List.of(t, b, i)), em.valueAt(l, w, List.of(Ix.lit(dir), rowIdx, i))))));
            return acc;
        }

        /** {@code sum_j h[b, j] * R[dir, g*H + u, j] + Rb[dir, g*H + u]}. */
        Expr recurrent(Scope s, int g, Expr b, Expr u) { return dot(s, h, g, b, u); }

        /** {@code sum_j v[b, j] * R[dir, g*H + u, j] + Rb[dir, g*H + u]} for a state vector {@code v}. */
        Expr dot(Scope s, Memory v, int g, Expr b, Expr u) {
            Expr rowIdx = s.let("rr", Ix.add(Ix.lit(g * hid), u));
            Expr.Var acc = s.var("sh", em.valueAt(s, bias, List.of(Ix.lit(dir), Ix.add(Ix.lit(gates * hid), rowIdx))));
            Expr base = s.let("hb", Ix.mul(b, hid));
            s.forRange("k", Ix.lit(0), Ix.lit(hid), (l, k) -> l.assign(acc, add(acc,
                    mul(load(v, Ix.add(base, k)), em.valueAt(l, r, List.of(Ix.lit(dir), rowIdx, k))))));
            return acc;
        }

        /** The LSTM peephole weight {@code P[dir, g*H + u]} (gates i, o, f are 0, 1, 2). */
        Expr peephole(Scope s, int g, Expr u) {
            return em.valueAt(s, peep, List.of(Ix.lit(dir), Ix.add(Ix.lit(g * hid), u)));
        }
    }
}
