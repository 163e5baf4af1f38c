package dev.tcc.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import java.util.List;
import java.util.function.Supplier;

import static dev.tcc.bench.OpModel.integer;
import static dev.tcc.bench.OpModel.ints;
import static dev.tcc.bench.OpModel.real;

/**
 * Convolutions, normalisations and attention at the shapes of real networks, each a one- or few-node ONNX
 * model run by tcc and by ONNX Runtime ({@value OrtRun#THREADS} threads on the host CPU, which PoCL shares).
 * Weights are initializers; inputs go in and outputs come out per invocation on both sides.
 */
public class OpBench extends OrtPeerBench {
    @Param({"conv3x3", "depthwise3x3", "conv1x1", "softmax", "layernorm", "attention"})
    public String op;

    /** An op's work per invocation and how to build its model. */
    record Case(Workload work, Supplier<OpModel> model) {}

    /** The case called {@code op}. */
    static Case of(String op) {
        return switch (op) {
            // ResNet's 56x56 stage
            case "conv3x3" -> conv(64, 64, 56, 3, 1);
            // MobileNet's depthwise stage
            case "depthwise3x3" -> conv(128, 128, 56, 3, 128);
            case "conv1x1" -> conv(128, 128, 56, 1, 1);
            // 4096 rows of 1024 (attention scores of 32 heads x 128 queries)
            case "softmax" -> new Case(Workload.bytes(2.0 * 4 * 4096 * 1024), () -> {
                OpModel.Builder g = new OpModel.Builder();
                g.node("Softmax", "y", List.of(g.input("x", 4096, 1024)), integer("axis", -1));
                return g.build("y", 4096, 1024);
            });
            // BERT-base activations: 4096 tokens of width 768
            case "layernorm" -> new Case(Workload.bytes(2.0 * 4 * 4096 * 768), () -> {
                OpModel.Builder g = new OpModel.Builder();
                g.node("LayerNormalization", "y", List.of(g.input("x", 4096, 768), g.weight("scale", 1, 768), g.weight("bias", 1, 768)),
                        integer("axis", -1), real("epsilon", 1e-5));
                return g.build("y", 4096, 768);
            });
            // BERT-base self-attention: 12 heads, 128 tokens, head size 64, written out as exporters do
            case "attention" -> new Case(Workload.flops(4.0 * 12 * 128 * 128 * 64), () -> {
                OpModel.Builder g = new OpModel.Builder();
                String kt = g.node("Transpose", "kt", List.of(g.input("k", 1, 12, 128, 64)), ints("perm", 0, 1, 3, 2));
                String s = g.node("MatMul", "s", List.of(g.input("q", 1, 12, 128, 64), kt));
                String scaled = g.node("Mul", "scaled", List.of(s, g.constant("scale", 1 / Math.sqrt(64))));
                String p = g.node("Softmax", "p", List.of(scaled), integer("axis", -1));
                g.node("MatMul", "y", List.of(p, g.input("v", 1, 12, 128, 64)));
                return g.build("y", 1, 12, 128, 64);
            });
            default -> throw new IllegalArgumentException("unknown op benchmark '" + op + "'");
        };
    }

    /** A same-padded stride-1 convolution with bias over {@code x[1, c, hw, hw]}. */
    private static Case conv(long c, long m, long hw, long kernel, long groups) {
        double flops = 2.0 * m * (c / groups) * kernel * kernel * hw * hw;
        return new Case(Workload.flops(flops), () -> {
            OpModel.Builder g = new OpModel.Builder();
            long p = kernel / 2;
            g.node("Conv", "y", List.of(g.input("x", 1, c, hw, hw), g.weight("w", 1 / Math.sqrt(c / groups * kernel * kernel), m, c / groups, kernel, kernel),
                    g.weight("bias", 1, m)), ints("kernel_shape", kernel, kernel), ints("pads", p, p, p, p), integer("group", groups));
            return g.build("y", 1, m, hw, hw);
        });
    }

    /** See {@link Workload}. */
    public static Workload work(String op) { return of(op).work(); }

    @Setup
    public void setup() {
        OpModel model = of(op).model().get();
        compare(op, TccRun.compile(model, device()), model.model().toByteArray(), model.inputs());
    }
}
