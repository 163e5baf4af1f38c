package dev.tcc.passes;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;
import dev.tcc.ir.program.ProgramInterpreter;
import dev.tcc.passes.lower.Tensors;
import dev.tcc.passes.lower.Tuning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * Property test of the whole pipeline: seeded random small graphs (elementwise chains with shared values,
 * matmuls, softmaxes, reductions, layer norms, reshapes and transposes, and scaled dot-product attention in the
 * exporters' decomposed form) go through the default graph passes (rewrite rules included), fusion, lowering and
 * the kernel passes (memory plan included), run on the program interpreter, and agree with the reference
 * interpreter on the graph as built.
 */
class RandomGraphsTest {

    static LongStream seeds() { return LongStream.rangeClosed(1, 60); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void thePipelineComputesWhatTheGraphMeans(long seed) {
        Random r = new Random(seed);
        Graph g = randomGraph(r);
        Map<String, Tensor> in = new HashMap<>();
        for (Value v : g.inputs()) in.put(v.name(), randomTensor(v.type(), r));
        PassRunner runner = PassRunner.defaults();
        Graph optimised = runner.run(g).graph();
        KernelProgram p = runner.lower(optimised, Profile.GENERIC, Tuning.DEFAULT).program();
        Tensors.assertClose("seed " + seed + "\n" + IrText.print(g), ProgramInterpreter.run(p, in), Interpreter.run(g, in), 1e-4, 1e-5);
    }

    private static Tensor randomTensor(TensorType t, Random r) {
        double[] d = new double[(int) t.size()];
        for (int i = 0; i < d.length; i++) d[i] = r.nextGaussian();
        return Tensor.ofDoubles(t.dtype(), t.shape(), d);
    }

    /** Values of shape [m, n] built step by step; each step reads earlier values, so some are read several times. */
    static Graph randomGraph(Random r) {
        GraphBuilder b = new GraphBuilder();
        int m = 2 + r.nextInt(5), n = 2 + r.nextInt(5);
        TensorType t = TensorType.of(DType.F32, m, n);
        List<Value> values = new ArrayList<>();
        values.add(b.input("x", t));
        if (r.nextBoolean()) values.add(b.input("y", t));
        int steps = 3 + r.nextInt(7);
        for (int i = 0; i < steps; i++) {
            Value a = values.get(r.nextInt(values.size())), c = values.get(r.nextInt(values.size()));
            String name = "n" + i;
            Value v = switch (r.nextInt(11)) {
                case 0 -> b.add1(name, new Unary(List.of(UnaryFn.NEG, UnaryFn.EXP, UnaryFn.TANH, UnaryFn.SIGMOID, UnaryFn.RELU).get(r.nextInt(5))), a);
                case 1, 2 -> b.add1(name, new Binary(List.of(BinaryFn.ADD, BinaryFn.MUL, BinaryFn.SUB, BinaryFn.MAX).get(r.nextInt(4))), a, c);
                case 3 -> b.add1(name, new Binary(BinaryFn.MUL), a, b.constant(name + "_c", Tensor.scalar(DType.F32, r.nextInt(3) == 0 ? 1 : 0.5), "c"));
                case 4 -> b.add1(name, new Linalg.MatMul(), a, b.constant(name + "_w", randomTensor(TensorType.of(DType.F32, n, n), r), "w"));
                case 5 -> b.add1(name, new Structured.Softmax(1, false), a);
                case 6 -> b.add1(name, new Binary(BinaryFn.SUB), a, b.add1(name + "_r", new Reduction.Reduce(Reduction.ReduceFn.MEAN, List.of(1), true), a));
                case 7 -> b.add1(name, new Structured.LayerNorm(1, 1e-5, false, DType.F32), a, b.constant(name + "_g", Tensor.filled(TensorType.of(DType.F32, n), 1.5), "g"));
                case 8 -> {
                    Value tr = b.add1(name + "_t", new Movement.Transpose(List.of(1, 0)), a);
                    Value back = b.add1(name + "_r", new Movement.Reshape(List.of((long) m, (long) n)), b.add1(name + "_f", new Movement.Reshape(List.of((long) m * n)), tr));
                    yield b.add1(name, new Binary(BinaryFn.ADD), back, c);
                }
                case 9 -> b.add1(name, new Unary(UnaryFn.NEG), b.add1(name + "_n", new Unary(UnaryFn.NEG), a));
                default -> attention(b, name, a, c, r);
            };
            values.add(v);
        }
        Value last = values.getLast();
        List<Value> outs = new ArrayList<>(List.of(last));
        Value extra = values.get(r.nextInt(values.size()));
        if (r.nextBoolean() && !extra.equals(last)) outs.add(extra);
        return b.build("random", outs, outs.stream().map(v -> "out_" + v.name()).toList(), true);
    }

    /** Attention over one head of [m, n] queries and keys, decomposed as exporters write it. */
    private static Value attention(GraphBuilder b, String name, Value q, Value kv, Random r) {
        long m = q.type().shape().dim(0), n = q.type().shape().dim(1);
        Value q4 = b.add1(name + "_q", new Movement.Reshape(List.of(1L, 1L, m, n)), q);
        Value k4 = b.add1(name + "_k", new Movement.Reshape(List.of(1L, 1L, m, n)), kv);
        Value kt = b.add1(name + "_kt", new Movement.Transpose(List.of(0, 1, 3, 2)), k4);
        Value c = b.constant(name + "_s", Tensor.scalar(DType.F32, 1 / Math.sqrt(Math.sqrt(n))), "s");
        Value scores = b.add1(name + "_qk", new Linalg.MatMul(), b.add1(name + "_qs", new Binary(BinaryFn.MUL), q4, c),
                b.add1(name + "_ks", new Binary(BinaryFn.MUL), kt, c));
        if (r.nextBoolean()) {
            double[] mask = new double[(int) (m * m)];
            for (int i = 0; i < m; i++) for (int j = 0; j < m; j++) mask[(int) (i * m + j)] = j <= i ? 0 : Double.NEGATIVE_INFINITY;
            scores = b.add1(name + "_mask", new Binary(BinaryFn.ADD), scores, b.constant(name + "_m", Tensor.ofDoubles(DType.F32, dev.tcc.ir.Shape.of(m, m), mask), "m"));
        }
        Value p = b.add1(name + "_p", new Structured.Softmax(3, false), scores);
        Value y = b.add1(name + "_pv", new Linalg.MatMul(), p, k4);
        return b.add1(name, new Movement.Reshape(List.of(m, n)), y);
    }
}
