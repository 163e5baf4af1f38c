package dev.tcc.passes;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.ir.Dequantize;
import dev.tcc.passes.quant.QuantScheme;
import dev.tcc.passes.quant.QuantizeWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code merge-matmuls}: which matmuls merge, what the merged graph looks like, and that it computes the same values. */
class MergeMatMulsTest {
    private static final Random RANDOM = new Random(7);

    private static Tensor random(long... dims) {
        double[] v = new double[Math.toIntExact(Shape.of(dims).size())];
        for (int i = 0; i < v.length; i++) v[i] = RANDOM.nextGaussian();
        return Tensor.ofDoubles(DType.F32, Shape.of(dims), v);
    }

    private static long count(Graph g, Class<? extends Op> op) { return g.nodes().stream().filter(n -> op.isInstance(n.op())).count(); }

    private static void assertSameValues(Graph before, Graph after, Value x) {
        Map<String, Tensor> in = Map.of(x.name(), random(x.type().shape().dims()));
        List<Tensor> want = Interpreter.run(before, in), got = Interpreter.run(after, in);
        assertThat(got).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            assertThat(got.get(i).type()).isEqualTo(want.get(i).type());
            double[] w = want.get(i).toDoubles(), g = got.get(i).toDoubles();
            for (int j = 0; j < w.length; j++) assertThat(g[j]).as("output %d element %d", i, j).isCloseTo(w[j], org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    /** Query, key and value projections of one input (widths 8, 4, 4 as with grouped keys), each with a bias, read as heads. */
    private static Graph projections(boolean biases) { return projections(biases, 6); }

    private static Graph projections(boolean biases, long k) {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 1, 5, k));
        List<Value> outs = new ArrayList<>();
        long[] widths = {8, 4, 4};
        for (int i = 0; i < widths.length; i++) {
            Value w = b.constant("w" + i, random(k, widths[i]), "w");
            Value r = b.add1("proj" + i, new Linalg.MatMul(), x, w);
            if (biases) {
                Value bias = b.constant("b" + i, random(widths[i]), "b");
                r = i == 1 ? b.add1("bias" + i, new Binary(BinaryFn.ADD), bias, r) : b.add1("bias" + i, new Binary(BinaryFn.ADD), r, bias);
            }
            outs.add(b.add1("heads" + i, new Movement.Reshape(List.of(1L, 5L, widths[i] / 2, 2L)), r));
        }
        return b.build("g", outs, List.of("q", "k", "v"), true);
    }

    @Test
    void projectionsOfOneInputBecomeOneMatMulAndOneBiasAddWhoseSlicesTheyRead() {
        Graph before = projections(true);
        Graph after = Checked.apply(new MergeMatMuls(), before);

        assertThat(count(after, Linalg.MatMul.class)).isEqualTo(1);
        assertThat(count(after, Binary.class)).isEqualTo(1);
        assertThat(count(after, Movement.Slice.class)).isEqualTo(3);
        Node mm = after.nodes().stream().filter(n -> n.op() instanceof Linalg.MatMul).findFirst().orElseThrow();
        assertThat(mm.name()).isEqualTo("proj0+proj1+proj2");
        assertThat(mm.output().type()).isEqualTo(TensorType.of(DType.F32, 1, 5, 16));
        // one merged weight and one merged bias are the only constants left
        assertThat(after.nodes().stream().filter(n -> n.op() instanceof Op.Constant).map(n -> n.output().type().shape()))
                .containsExactly(Shape.of(6, 16), Shape.of(16));
        assertSameValues(before, after, before.inputs().get(0));
    }

    @Test
    void projectionsWithoutBiasesMergeToo() {
        Graph before = projections(false);
        Graph after = Checked.apply(new MergeMatMuls(), before);
        assertThat(count(after, Linalg.MatMul.class)).isEqualTo(1);
        assertThat(count(after, Binary.class)).isZero();
        assertSameValues(before, after, before.inputs().get(0));
    }

    @Test
    void matMulsOfOtherInputsDepthsOrComputedWeightsAndGraphOutputsStayAsTheyAre() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 3, 6));
        Value y = b.input("y", TensorType.of(DType.F32, 3, 6));
        Value z = b.input("z", TensorType.of(DType.F32, 3, 5));
        Value w = b.input("w", TensorType.of(DType.F32, 6, 4));
        // x by a constant and x by a graph input: only one constant weight, nothing to merge
        Value a = b.add1("a", new Linalg.MatMul(), x, b.constant("wa", random(6, 4), "wa"));
        Value c = b.add1("c", new Linalg.MatMul(), x, w);
        // y and z by constants: other left operands
        Value d = b.add1("d", new Linalg.MatMul(), y, b.constant("wd", random(6, 4), "wd"));
        Value e = b.add1("e", new Linalg.MatMul(), z, b.constant("we", random(5, 4), "we"));
        // x by a second constant whose result is a graph output: kept whole
        Value f = b.add1("f", new Linalg.MatMul(), x, b.constant("wf", random(6, 4), "wf"));
        Value s = b.add1("s", new Binary(BinaryFn.ADD), b.add1("s0", new Binary(BinaryFn.ADD), a, c), b.add1("s1", new Binary(BinaryFn.ADD), d, e));
        Graph before = b.build("g", List.of(s, f), List.of("s", "f"), true);
        assertThat(new MergeMatMuls().apply(Checked.graph(before))).isSameAs(before);
    }

    @Test
    void biasedAndUnbiasedProjectionsMergeSeparately() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 4, 6));
        List<Value> outs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Value r = b.add1("p" + i, new Linalg.MatMul(), x, b.constant("w" + i, random(6, 3), "w"));
            if (i % 2 == 0) r = b.add1("bias" + i, new Binary(BinaryFn.ADD), r, b.constant("b" + i, random(3), "b"));
            outs.add(b.add1("relu" + i, new dev.tcc.ir.Elementwise.Unary(dev.tcc.ir.Elementwise.UnaryFn.RELU), r));
        }
        Graph before = b.build("g", outs, List.of("o0", "o1", "o2", "o3"), true);
        Graph after = Checked.apply(new MergeMatMuls(), before);
        assertThat(after.nodes().stream().filter(n -> n.op() instanceof Linalg.MatMul).map(Node::name)).containsExactly("p0+p2", "p1+p3");
        assertSameValues(before, after, x);
    }

    @Test
    void aMergedGraphMergesNothingMoreSoItsLoweringsShareTheWeights() {
        // the tuner merges its graph once: lowering then keeps the merged weight tensors, which the weight cache matches
        // by identity, instead of making new ones per candidate
        Graph merged = new MergeMatMuls().apply(projections(true));
        assertThat(new MergeMatMuls().apply(merged)).isSameAs(merged);
        PassRunner runner = new PassRunner(List.of(), PassRunner.Options.NONE);
        dev.tcc.passes.lower.WeightCache cache = new dev.tcc.passes.lower.WeightCache();
        var first = runner.lower(merged, dev.tcc.ir.program.Profile.GENERIC, dev.tcc.passes.lower.KernelTunings.uniform(dev.tcc.passes.lower.Tuning.DEFAULT), cache);
        var other = runner.lower(merged, dev.tcc.ir.program.Profile.GENERIC, dev.tcc.passes.lower.KernelTunings.uniform(dev.tcc.passes.lower.Tuning.GPU_DEFAULT), cache);
        assertThat(first.graph()).isSameAs(merged);
        assertThat(other.program().weights()).isSameAs(first.program().weights());
    }

    @ParameterizedTest
    @ValueSource(strings = {"int8", "int4"})
    void quantisedProjectionsMergeUnderOneDequantisation(String scheme) {
        // int8 with a scale per column; int4 in blocks of 32 along K (64), pairs along K
        Graph quantised = Checked.apply(new QuantizeWeights(QuantScheme.parse(scheme), 32, 1), projections(true, 64));
        assertThat(count(quantised, Dequantize.class)).isEqualTo(3);
        Graph after = Checked.apply(new MergeMatMuls(), quantised);
        assertThat(count(after, Linalg.MatMul.class)).isEqualTo(1);
        Node dq = after.nodes().stream().filter(n -> n.op() instanceof Dequantize).findFirst().orElseThrow();
        assertThat(count(after, Dequantize.class)).isEqualTo(1);
        assertThat(dq.output().type()).isEqualTo(TensorType.of(DType.F32, 64, 16));
        // the same dequantised weights, so the same values to the last bit
        assertSameValues(quantised, after, quantised.inputs().get(0));
    }

    @Test
    void int4WeightsPairedAlongNStayApart() {
        // without blocks, int4 pairs run along N: laying such weights side by side could split pairs, so they do not merge
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 3, 8));
        List<Value> outs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Dequantize dq = new Dequantize(4, 0, 0, DType.F32, List.of(8L, 6L));
            long[] packed = new long[Math.toIntExact(dq.packedBytes())];
            for (int j = 0; j < packed.length; j++) packed[j] = RANDOM.nextInt(256);
            Value q = b.constant("q" + i, Tensor.ofLongs(DType.U8, Shape.of(packed.length), packed), "q");
            Value scale = b.constant("s" + i, random(1, 6), "s");
            Value w = b.add1("dq" + i, dq, q, scale);
            outs.add(b.add1("p" + i, new Linalg.MatMul(), x, w));
        }
        Graph g = b.build("g", outs, List.of("a", "b"), true);
        assertThat(new MergeMatMuls().apply(Checked.graph(g))).isSameAs(g);
    }
}
