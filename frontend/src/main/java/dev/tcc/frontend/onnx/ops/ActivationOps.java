package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Types;
import dev.tcc.ir.Value;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Importers of ONNX activation functions, decomposed onto elementwise core ops. Attribute defaults are
 * ONNX's (float32 values, as the schema stores them).
 */
final class ActivationOps {
    private ActivationOps() {}

    static void register(OpRegistry r) {
        act(r, "LeakyRelu", (a, x) -> a.select(a.gt(x, a.c(0, x)), x, a.mul(x, a.c(a.n().attrFloat("alpha", 0.01f), x))));
        act(r, "Elu", (a, x) -> a.select(a.gt(x, a.c(0, x)), x, a.mul(a.c(a.n().attrFloat("alpha", 1), x), expm1(a, x))));
        act(r, "Selu", (a, x) -> {
            double alpha = a.n().attrFloat("alpha", 1.67326319217681884765625f), gamma = a.n().attrFloat("gamma", 1.05070102214813232421875f);
            Value neg = a.mul(a.c(alpha, x), expm1(a, x));
            return a.mul(a.select(a.gt(x, a.c(0, x)), x, neg), a.c(gamma, x));
        });
        act(r, "Celu", (a, x) -> {
            Value alpha = a.c(a.n().attrFloat("alpha", 1), x);
            Value neg = a.min(a.c(0, x), a.mul(alpha, expm1(a, a.div(x, alpha))));
            return a.add(a.max(a.c(0, x), x), neg);
        });
        act(r, "ThresholdedRelu", (a, x) -> a.select(a.gt(x, a.c(a.n().attrFloat("alpha", 1), x)), x, a.c(0, x)));
        act(r, "HardSigmoid", (a, x) -> hardSigmoid(a, x, a.n().attrFloat("alpha", 0.2f), a.n().attrFloat("beta", 0.5f)));
        act(r, "HardSwish", (a, x) -> a.mul(x, hardSigmoid(a, x, 1.0 / 6, 0.5)));
        act(r, "Softplus", ActivationOps::softplus);
        act(r, "Softsign", (a, x) -> a.div(x, a.add(a.c(1, x), a.un(UnaryFn.ABS, x))));
        act(r, "Mish", (a, x) -> a.mul(x, a.un(UnaryFn.TANH, softplus(a, x))));
        act(r, "Swish", (a, x) -> swish(a, x));
        // SwiGLU (opset 28): the gate's Swish times the second input, as the operator's function body computes it
        r.register("SwiGLU", n -> {
            Arith a = new Arith(n);
            return List.of(a.mul(swish(a, n.input(0)), n.input(1)));
        });
        act(r, "Gelu", ActivationOps::gelu);
        act(r, "Shrink", (a, x) -> {
            double lambd = a.n().attrFloat("lambd", 0.5), bias = a.n().attrFloat("bias", 0);
            Value inner = a.select(a.gt(x, a.c(lambd, x)), a.sub(x, a.c(bias, x)), a.c(0, x));
            return a.select(a.lt(x, a.c(-lambd, x)), a.add(x, a.c(bias, x)), inner);
        });
        r.register("PRelu", ActivationOps::prelu);
    }

    private static void act(OpRegistry r, String onnx, BiFunction<Arith, Value, Value> body) {
        r.register(onnx, n -> List.of(body.apply(new Arith(n), n.input(0))));
    }

    private static Value expm1(Arith a, Value x) { return a.un(UnaryFn.EXPM1, x); }

    /** {@code x * sigmoid(alpha * x)}, alpha the node's attribute (default 1). */
    private static Value swish(Arith a, Value x) {
        return a.mul(x, a.un(UnaryFn.SIGMOID, a.mul(a.c(a.n().attrFloat("alpha", 1), x), x)));
    }

    /** {@code max(0, min(1, alpha*x + beta))}. */
    private static Value hardSigmoid(Arith a, Value x, double alpha, double beta) {
        Value lin = a.add(a.mul(x, a.c(alpha, x)), a.c(beta, x));
        return a.max(a.c(0, x), a.min(a.c(1, x), lin));
    }

    /** {@code log(1 + exp(x))} computed as {@code max(x, 0) + log1p(exp(-|x|))}, which cannot overflow. */
    private static Value softplus(Arith a, Value x) {
        Value tail = a.un(UnaryFn.LOG1P, a.un(UnaryFn.EXP, a.un(UnaryFn.NEG, a.un(UnaryFn.ABS, x))));
        return a.add(a.max(x, a.c(0, x)), tail);
    }

    /** {@code 0.5x(1 + erf(x/sqrt 2))}, or with approximate=tanh {@code 0.5x(1 + tanh(sqrt(2/pi)(x + 0.044715x^3)))}. */
    private static Value gelu(Arith a, Value x) {
        String approx = a.n().attrString("approximate", "none");
        Value inner = switch (approx) {
            case "none" -> a.un(UnaryFn.ERF, a.mul(x, a.c(Math.sqrt(0.5), x)));
            case "tanh" -> {
                Value cube = a.mul(a.mul(x, x), x);
                Value arg = a.mul(a.c(Math.sqrt(2 / Math.PI), x), a.add(x, a.mul(a.c(0.044715, x), cube)));
                yield a.un(UnaryFn.TANH, arg);
            }
            default -> throw a.n().error("attribute 'approximate' must be none or tanh, got '" + approx + "'");
        };
        return a.mul(a.mul(a.c(0.5, x), x), a.add(a.c(1, x), inner));
    }

    /**
     * PRelu: {@code x > 0 ? x : x*slope}. A rank-1 slope that does not broadcast numpy-style is aligned with
     * the one axis of x of the same length (older exporters relied on this).
     */
    private static List<Value> prelu(NodeContext n) {
        Arith a = new Arith(n);
        Value x = n.input(0), slope = n.input(1);
        slope = ElementwiseOps.legacyBroadcast(n, x, slope);
        if (!broadcasts(x.type().shape(), slope.type().shape()) && slope.type().rank() == 1) {
            long d = slope.type().shape().dim(0);
            long[] dims = new long[x.type().rank()];
            int found = 0;
            for (int i = 0; i < dims.length; i++) {
                dims[i] = x.type().shape().dim(i) == d ? d : 1;
                if (dims[i] == d && d != 1) found++;
            }
            if (found != 1) throw n.error("slope " + slope.type() + " does not broadcast to " + x.type());
            slope = ElementwiseOps.reshape(n, slope, Shape.of(dims));
        }
        return List.of(a.select(a.gt(x, a.c(0, x)), x, a.mul(x, slope)));
    }

    private static boolean broadcasts(Shape a, Shape b) {
        try {
            Types.broadcast(a, b);
            return true;
        } catch (IrException e) {
            return false;
        }
    }
}
