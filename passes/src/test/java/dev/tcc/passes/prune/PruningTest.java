package dev.tcc.passes.prune;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pruning on small graphs, checked against independent references: the weights kept are the largest, and a
 * channel-pruned graph computes what the unpruned graph computes with the removed channels' weights zeroed
 * in their consumer (on the reference interpreter).
 */
class PruningTest {
    private final Random rnd = new Random(7);

    @Test
    void parsesSpecs() {
        assertThat(PruneSpec.parse("magnitude:0.5")).isEqualTo(new PruneSpec(PruneSpec.Kind.MAGNITUDE, 0.5, 0, 0));
        assertThat(PruneSpec.parse("2:4")).isEqualTo(new PruneSpec(PruneSpec.Kind.N_OF_M, 0.5, 2, 4));
        assertThat(PruneSpec.parse("channels:0.3")).isEqualTo(new PruneSpec(PruneSpec.Kind.CHANNELS, 0.3, 0, 0));
        assertThat(PruneSpec.parse("channels:0.3:inner")).isEqualTo(new PruneSpec(PruneSpec.Kind.INNER_CHANNELS, 0.3, 0, 0));
        assertThat(PruneSpec.parse("channels:0.3:inner")).hasToString("channels:0.3:inner");
        for (String bad : List.of("magnitude:1.5", "4:2", "channels", "rows:0.3")) {
            assertThatThrownBy(() -> PruneSpec.parse(bad)).hasMessageContaining("bad prune spec");
        }
    }

    @Test
    void magnitudeZeroesTheSmallestFractionOfEachWeight() {
        Graph g = mlp(8, 10, 6);
        Pruning.Result r = Pruning.prune(g, PruneSpec.parse("magnitude:0.3")); // 24 of w1's 80 weights, 18 of w2's 60
        assertThat(r.sparsity()).isEqualTo(42 / 140.0);
        double[] before = weight(g, "w1").toDoubles(), after = weight(r.graph(), "w1").toDoubles();
        double threshold = Arrays.stream(before).map(Math::abs).sorted().toArray()[24];
        for (int i = 0; i < before.length; i++) assertThat(after[i]).isEqualTo(Math.abs(before[i]) >= threshold ? before[i] : 0);
    }

    @Test
    void twoOfFourKeepsTheTwoLargestOfEveryFourAlongK() {
        Graph g = mlp(8, 12, 6);
        Pruning.Result r = Pruning.prune(g, PruneSpec.parse("2:4"));
        assertThat(r.sparsity()).isEqualTo(0.5);
        Tensor before = weight(g, "w1"), after = weight(r.graph(), "w1"); // [K=8, H=12]
        for (int col = 0; col < 12; col++) {
            for (int k0 = 0; k0 < 8; k0 += 4) {
                int c = col, k = k0;
                Integer[] group = IntStream.range(k, k + 4).boxed().sorted(Comparator.comparingDouble(i -> -Math.abs(before.getDouble(i * 12 + c))))
                        .toArray(Integer[]::new);
                for (int rank = 0; rank < 4; rank++) {
                    int i = group[rank] * 12 + col;
                    assertThat(after.getDouble(i)).isEqualTo(rank < 2 ? before.getDouble(i) : 0);
                }
            }
        }
    }

    @Test
    void channelPruningOfAnMlpRemovesTheWeakestHiddenUnits() {
        Graph g = mlp(8, 16, 6);
        Pruning.Result r = Pruning.prune(g, PruneSpec.parse("channels:0.3")); // 16 - floor(4.8) = 12 stay, a multiple of 4
        assertThat(weight(r.graph(), "w1").shape()).isEqualTo(Shape.of(8, 12));
        assertThat(weight(r.graph(), "w2").shape()).isEqualTo(Shape.of(12, 6));
        int[] dropped = weakestColumns(weight(g, "w1"), 4);
        Graph reference = withWeight(g, "w2", w -> zeroSlices(w, 0, dropped));
        assertSameOutputs(r.graph(), reference, Map.of("x", random(Shape.of(3, 8))));
    }

    @Test
    void channelPruningFollowsConvDepthwiseConvChains() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 1, 3, 6, 6));
        Value h = b.add1("conv1", conv(1, 1), x, b.constant("w", random(Shape.of(8, 3, 3, 3)), "c1"), b.constant("w", random(Shape.of(8)), "b1"));
        h = b.add1("relu", new Elementwise.Unary(Elementwise.UnaryFn.RELU), h);
        h = b.add1("dw", conv(1, 8), h, b.constant("w", random(Shape.of(8, 1, 3, 3)), "dw"), b.constant("w", random(Shape.of(8)), "dwb"));
        Value y = b.add1("conv2", conv(0, 1), h, b.constant("w", random(Shape.of(4, 8, 1, 1)), "c2"));
        Graph g = b.build("chain", List.of(y), List.of("y"), false);

        Pruning.Result r = Pruning.prune(g, PruneSpec.parse("channels:0.5"));
        assertThat(weight(r.graph(), "dw").shape()).isEqualTo(Shape.of(4, 1, 3, 3));
        assertThat(r.graph().nodes().stream().filter(n -> n.name().equals("dw")).map(n -> ((Linalg.Conv) n.op()).group())).containsExactly(4L);
        int[] dropped = weakestRows(weight(g, "c1"), 4);
        Graph reference = withWeight(g, "c2", w -> zeroSlices(w, 1, dropped));
        assertSameOutputs(r.graph(), reference, Map.of("x", random(Shape.of(1, 3, 6, 6))));
    }

    @Test
    void keptCountsAreRoundedUpToMultiplesOfFour() {
        Pruning.Result r = Pruning.prune(mlp(8, 12, 6), PruneSpec.parse("channels:0.3")); // 12 - 3 = 9 rounds up to 12
        assertThat(weight(r.graph(), "w1").shape()).isEqualTo(Shape.of(8, 12));
        assertThat(r.details()).anyMatch(d -> d.startsWith("kept") && d.contains("too few channels"));
    }

    @Test
    void channelsMeetingTheGraphInputStayWhole() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 2, 8));
        Value h = b.add1("mm", new Linalg.MatMul(), x, b.constant("w", random(Shape.of(8, 8)), "w"));
        Value y = b.add1("residual", new Elementwise.Binary(Elementwise.BinaryFn.ADD), h, x);
        Graph g = b.build("res", List.of(y), List.of("y"), false);
        Pruning.Result r = Pruning.prune(g, PruneSpec.parse("channels:0.5"));
        assertThat(weight(r.graph(), "w").shape()).isEqualTo(Shape.of(8, 8));
        assertThat(r.details()).singleElement().asString().contains("kept").contains("meeting a value computed elsewhere");
    }

    @Test
    void aSingleProducersOutputChannelsStayWhole() {
        Pruning.Result r = Pruning.prune(mlp(8, 16, 8), PruneSpec.parse("channels:0.5"));
        assertThat(weight(r.graph(), "w2").shape()).isEqualTo(Shape.of(8, 8)); // rows: the hidden units; columns: the output
        assertThat(r.details()).anyMatch(d -> d.startsWith("kept") && d.contains("graph output of a single producer"));
    }

    /**
     * {@code h = table[ids]; y = h + relu(h @ w1)}: the embedding and the branch that adds into it are one residual
     * group. Pruned, the output keeps its shape with zeros in the removed channels; that is what the unpruned graph
     * computes with the removed channels' table and {@code w1} columns zeroed.
     */
    @Test
    void aResidualStreamIsPrunedAsOneGroupAndTheOutputKeepsItsShape() {
        Graph g = residualStream();
        Pruning.Result r = Pruning.prune(g, PruneSpec.parse("channels:0.5"));
        assertThat(weight(r.graph(), "table").shape()).isEqualTo(Shape.of(10, 4));
        assertThat(weight(r.graph(), "w1").shape()).isEqualTo(Shape.of(4, 4));
        assertThat(r.details()).singleElement().asString().startsWith("pruned    4 of    8 channels of emb, fc1")
                .contains("keeps its shape, the removed channels read 0");
        int[] dropped = weakestSummed(weight(g, "table"), weight(g, "w1"), 4);
        Graph reference = withWeight(withWeight(g, "table", w -> zeroSlices(w, 1, dropped)), "w1", w -> zeroSlices(w, 1, dropped));
        Map<String, Tensor> in = Map.of("ids", Tensor.vector(DType.I64, 3, 0, 9, 4));
        assertThat(Interpreter.run(r.graph(), in).getFirst().shape()).isEqualTo(Shape.of(4, 8));
        assertSameOutputs(r.graph(), reference, in);
    }

    @Test
    void innerChannelPruningLeavesResidualStreamsWhole() {
        Pruning.Result r = Pruning.prune(residualStream(), PruneSpec.parse("channels:0.5:inner"));
        assertThat(weight(r.graph(), "table").shape()).isEqualTo(Shape.of(10, 8));
        assertThat(r.details()).hasSize(2).allMatch(d -> d.startsWith("kept") && d.contains("residual connection"));
    }

    /** {@code layer_norm(x @ w0) @ w1}: the norm's scale and bias shrink with the channels, and it normalises over the kept ones. */
    @Test
    void channelsPassThroughALayerNorm() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 3, 8));
        Value h = b.add1("fc0", new Linalg.MatMul(), x, b.constant("w", random(Shape.of(8, 8)), "w0"));
        h = b.add1("ln", new Structured.LayerNorm(1, 1e-5, false, DType.F32), h,
                b.constant("w", random(Shape.of(8)), "scale"), b.constant("w", random(Shape.of(8)), "bias"));
        Value y = b.add1("fc1", new Linalg.MatMul(), h, b.constant("w", random(Shape.of(8, 6)), "w1"));
        Pruning.Result r = Pruning.prune(b.build("ln", List.of(y), List.of("y"), false), PruneSpec.parse("channels:0.5"));
        assertThat(weight(r.graph(), "w0").shape()).isEqualTo(Shape.of(8, 4));
        assertThat(weight(r.graph(), "scale").shape()).isEqualTo(Shape.of(4));
        assertThat(weight(r.graph(), "bias").shape()).isEqualTo(Shape.of(4));
        assertThat(weight(r.graph(), "w1").shape()).isEqualTo(Shape.of(4, 6));
        assertThat(r.details()).anyMatch(d -> d.startsWith("pruned") && d.contains("1 normalisations now over the kept channels"));
        assertThat(Interpreter.run(r.graph(), Map.of("x", random(Shape.of(3, 8)))).getFirst().shape()).isEqualTo(Shape.of(3, 6));
    }

    private Graph residualStream() {
        GraphBuilder b = new GraphBuilder();
        Value ids = b.input("ids", TensorType.of(DType.I64, 4));
        Value h = b.add1("emb", new Movement.Gather(0), b.constant("w", random(Shape.of(10, 8)), "table"), ids);
        Value r = b.add1("fc1", new Linalg.MatMul(), h, b.constant("w", random(Shape.of(8, 8)), "w1"));
        r = b.add1("relu", new Elementwise.Unary(Elementwise.UnaryFn.RELU), r);
        Value y = b.add1("residual", new Elementwise.Binary(Elementwise.BinaryFn.ADD), h, r);
        return b.build("res", List.of(y), List.of("y"), false);
    }

    /** {@code relu(x @ w1 + b1) @ w2}. */
    private Graph mlp(int k, int h, int n) {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 3, k));
        Value a = b.add1("fc1", new Linalg.MatMul(), x, b.constant("w", random(Shape.of(k, h)), "w1"));
        a = b.add1("bias", new Elementwise.Binary(Elementwise.BinaryFn.ADD), a, b.constant("w", random(Shape.of(h)), "b1"));
        a = b.add1("relu", new Elementwise.Unary(Elementwise.UnaryFn.RELU), a);
        Value y = b.add1("fc2", new Linalg.MatMul(), a, b.constant("w", random(Shape.of(h, n)), "w2"));
        return b.build("mlp", List.of(y), List.of("y"), false);
    }

    private static Linalg.Conv conv(long pad, long group) {
        return new Linalg.Conv(List.of(1L, 1L), List.of(pad, pad, pad, pad), List.of(1L, 1L), group);
    }

    private Tensor random(Shape s) {
        double[] d = new double[Math.toIntExact(s.size())];
        for (int i = 0; i < d.length; i++) d[i] = rnd.nextGaussian();
        return Tensor.ofDoubles(DType.F32, s, d);
    }

    /** The constant of {@code g} named {@code name} (or its pruned copy). */
    private static Tensor weight(Graph g, String name) {
        return g.nodes().stream().filter(n -> n.op() instanceof Op.Constant && n.output().name().startsWith(name))
                .map(n -> ((Op.Constant) n.op()).value()).findFirst().orElseThrow();
    }

    private static Graph withWeight(Graph g, String name, UnaryOperator<Tensor> f) {
        return g.withNodes(g.nodes().stream().map(n -> n.op() instanceof Op.Constant c && n.output().name().equals(name)
                ? new Node(n.name(), new Op.Constant(f.apply(c.value())), n.inputs(), n.outputs()) : n).toList());
    }

    /** The {@code count} columns of a matrix with the smallest L2 norms. */
    private static int[] weakestColumns(Tensor w, int count) {
        int rows = (int) w.shape().dim(0), cols = (int) w.shape().dim(1);
        double[] norm = new double[cols];
        for (int i = 0; i < rows * cols; i++) norm[i % cols] += w.getDouble(i) * w.getDouble(i);
        return IntStream.range(0, cols).boxed().sorted(Comparator.comparingDouble(c -> norm[c])).limit(count).mapToInt(i -> i).toArray();
    }

    /** The {@code count} columns with the smallest sum of their L2 norms in {@code a} and {@code b}. */
    private static int[] weakestSummed(Tensor a, Tensor b, int count) {
        int cols = (int) a.shape().dim(1);
        double[] score = new double[cols];
        for (Tensor w : List.of(a, b)) {
            double[] sq = new double[cols];
            for (int i = 0; i < w.size(); i++) sq[i % cols] += w.getDouble(i) * w.getDouble(i);
            for (int c = 0; c < cols; c++) score[c] += Math.sqrt(sq[c]);
        }
        return IntStream.range(0, cols).boxed().sorted(Comparator.comparingDouble(c -> score[c])).limit(count).mapToInt(i -> i).toArray();
    }

    /** The {@code count} slices along axis 0 with the smallest L2 norms. */
    private static int[] weakestRows(Tensor w, int count) {
        int rows = (int) w.shape().dim(0), len = w.size() / rows;
        double[] norm = new double[rows];
        for (int i = 0; i < w.size(); i++) norm[i / len] += w.getDouble(i) * w.getDouble(i);
        return IntStream.range(0, rows).boxed().sorted(Comparator.comparingDouble(c -> norm[c])).limit(count).mapToInt(i -> i).toArray();
    }

    /** {@code w} with the slices {@code idx} along {@code axis} (0 or 1) zeroed. */
    private static Tensor zeroSlices(Tensor w, int axis, int[] idx) {
        long[] d = w.shape().dims();
        int inner = 1;
        for (int i = axis + 1; i < d.length; i++) inner *= (int) d[i];
        double[] v = w.toDoubles();
        for (int i = 0; i < v.length; i++) {
            int slice = (int) ((i / inner) % d[axis]);
            if (Arrays.stream(idx).anyMatch(s -> s == slice)) v[i] = 0;
        }
        return Tensor.ofDoubles(w.dtype(), w.shape(), v);
    }

    private static void assertSameOutputs(Graph pruned, Graph reference, Map<String, Tensor> in) {
        double[] got = Interpreter.run(pruned, in).getFirst().toDoubles(), want = Interpreter.run(reference, in).getFirst().toDoubles();
        assertThat(got).hasSameSizeAs(want);
        for (int i = 0; i < got.length; i++) assertThat(got[i]).isCloseTo(want[i], org.assertj.core.data.Offset.offset(1e-4 * (1 + Math.abs(want[i]))));
    }
}
