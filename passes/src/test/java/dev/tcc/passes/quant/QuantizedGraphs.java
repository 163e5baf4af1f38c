package dev.tcc.passes.quant;

import dev.tcc.ir.DType;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import dev.tcc.passes.lower.SampleGraphs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Graphs whose weights {@link QuantizeWeights} has quantised (every weight, whatever its size), for checking the
 * kernels that dequantise in their prologue: the tiled and skinny matmuls, direct, implicit-GEMM and depthwise
 * convolutions and an embedding gather, with int8 per-channel and int4 blockwise (group 32, zero points) weights of
 * odd sizes (no multiple of the tiles, of the group, or of two elements).
 */
public final class QuantizedGraphs {
    private QuantizedGraphs() {}

    private static final List<String> WEIGHTED = List.of("matmul_tiled", "matmul_skinny", "conv", "conv_large");

    /** Every case for {@code seed}, int8 and int4. */
    public static List<SampleGraphs.Case> all(long seed) {
        Random r = new Random(seed);
        List<SampleGraphs.Case> base = new ArrayList<>();
        for (SampleGraphs.Case c : SampleGraphs.all(seed)) if (WEIGHTED.contains(c.name())) base.add(c);
        base.add(depthwise(r));
        base.add(embedding(r));
        List<SampleGraphs.Case> out = new ArrayList<>();
        for (QuantScheme s : QuantScheme.values()) {
            for (SampleGraphs.Case c : base) {
                Graph q = new QuantizeWeights(s, QuantizeWeights.DEFAULT_GROUP, 1).apply(c.graph());
                if (q.nodes().stream().noneMatch(n -> n.op() instanceof Dequantize)) throw new IllegalStateException(c.name() + ": nothing quantised");
                out.add(new SampleGraphs.Case(c.name() + "_" + s, c.template(), q, c.inputs()));
            }
        }
        return out;
    }

    /** A 3x3 depthwise convolution (one input channel per group): int4 has one block per output channel. */
    private static SampleGraphs.Case depthwise(Random r) {
        GraphBuilder b = new GraphBuilder();
        long c = 5 + r.nextInt(8), h = 6 + r.nextInt(9);
        Value x = b.input("x", TensorType.of(DType.F32, 1, c, h, h));
        Value w = b.constant("w", SampleGraphs.random(DType.F32, Shape.of(c, 1, 3, 3), r), "w");
        Value y = b.add1("conv", new Linalg.Conv(List.of(1L, 1L), List.of(1L, 1L, 1L, 1L), List.of(1L, 1L), c), x, w);
        return new SampleGraphs.Case("conv_depthwise", "conv_direct", b.build("conv_depthwise", List.of(y), List.of("y"), true),
                Map.of("x", SampleGraphs.random(DType.F32, x.type().shape(), r)));
    }

    /** Token embeddings: rows of a [V, D] table (D odd, so the packed table ends in half a byte) times 2. */
    private static SampleGraphs.Case embedding(Random r) {
        GraphBuilder b = new GraphBuilder();
        long v = 7 + r.nextInt(20), d = 2 * (20 + r.nextInt(40)) + 1, s = 3 + r.nextInt(6);
        Value ids = b.input("ids", TensorType.of(DType.I64, 1, s));
        Value table = b.constant("table", SampleGraphs.random(DType.F32, Shape.of(v, d), r), "table");
        Value e = b.add1("gather", new Movement.Gather(0), table, ids);
        Value two = b.constant("two", Tensor.scalar(DType.F32, 2), "two");
        Value y = b.add1("mul", new Elementwise.Binary(Elementwise.BinaryFn.MUL), e, two);
        long[] tokens = new long[(int) s];
        for (int i = 0; i < s; i++) tokens[i] = r.nextInt((int) v);
        return new SampleGraphs.Case("embedding", "pointwise", b.build("embedding", List.of(y), List.of("y"), true),
                Map.of("ids", Tensor.ofLongs(DType.I64, Shape.of(1, s), tokens)));
    }
}
