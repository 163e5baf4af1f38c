package dev.tcc.passes;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Op;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Before/after graphs for {@code fold-constants} (followed by dead-code elimination where the expected graph is built). */
class FoldConstantsTest {
    private static final TensorType VEC3 = TensorType.of(DType.F32, 3);

    private static Tensor f32(double... v) { return Tensor.ofDoubles(DType.F32, Shape.of(v.length), v.clone()); }

    private static Graph foldThenDce(Graph g) { return Checked.apply(new EliminateDeadCode(), Checked.apply(new FoldConstants(), g)); }

    @Test
    void foldsAConstantChainInOneSweep() {
        // before: y = x + relu(-(a * b))  with a, b constants
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", VEC3);
        Value a = b.constant("ca", f32(1, 2, 3), "a");
        Value c = b.constant("cb", f32(4, -5, 6), "b");
        Value prod = b.add1("mul0", new Binary(BinaryFn.MUL), a, c);
        Value neg = b.add1("neg0", new Unary(UnaryFn.NEG), prod);
        Value r = b.add1("relu0", new Unary(UnaryFn.RELU), neg);
        Value y = b.add1("add0", new Binary(BinaryFn.ADD), x, r);
        Graph before = b.build("g", List.of(y), List.of("y"), true);

        // after: the chain is one constant relu(-(a*b)) = [0, 10, 0], keeping the value and node names
        GraphBuilder e = new GraphBuilder();
        Value ex = e.input("x", VEC3);
        Value er = e.add("relu0", new Op.Constant(f32(0, 10, 0)), List.of(), "relu").get(0);
        Value ey = e.add1("add0", new Binary(BinaryFn.ADD), ex, er);
        Graph expected = e.build("g", List.of(ey), List.of("y"), true);

        assertThat(r.name()).isEqualTo(er.name());
        assertThat(foldThenDce(before)).isEqualTo(Checked.graph(expected));
    }

    @Test
    void foldingKeepsDeadConstantsForDeadCodeElimination() {
        GraphBuilder b = new GraphBuilder();
        Value a = b.constant("ca", f32(1, 2, 3), "a");
        Value s = b.add1("add0", new Binary(BinaryFn.ADD), a, a);
        Graph before = b.build("g", List.of(s), List.of("s"), true);
        Graph folded = Checked.apply(new FoldConstants(), before);
        assertThat(folded.nodes()).hasSize(2).allMatch(n -> n.op() instanceof Op.Constant);
        assertThat(folded.nodes().get(1).name()).isEqualTo("add0");
        assertThat(((Op.Constant) folded.nodes().get(1).op()).value()).isEqualTo(f32(2, 4, 6));
        assertThat(new EliminateDeadCode().apply(folded).nodes()).hasSize(1);
    }

    @Test
    void leavesNodesWithARunTimeInputAlone() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", VEC3);
        Value a = b.constant("ca", f32(1, 2, 3), "a");
        Value y = b.add1("add0", new Binary(BinaryFn.MUL), x, a);
        Graph g = b.build("g", List.of(y), List.of("y"), true);
        assertThat(Checked.apply(new FoldConstants(), g)).isSameAs(g);
    }

    @Test
    void integerShapeArithmeticFolds() {
        // the kind of i64 arithmetic exporters emit around shapes: (dims * 2) - 1
        GraphBuilder b = new GraphBuilder();
        Value dims = b.constant("shape", Tensor.vector(DType.I64, 1, 3, 224, 224), "dims");
        Value two = b.constant("two", Tensor.scalar(DType.I64, 2), "two");
        Value one = b.constant("one", Tensor.scalar(DType.I64, 1), "one");
        Value m = b.add1("mul0", new Binary(BinaryFn.MUL), dims, two);
        Value s = b.add1("sub0", new Binary(BinaryFn.SUB), m, one);
        Graph g = foldThenDce(b.build("g", List.of(s), List.of("s"), true));
        assertThat(g.nodes()).singleElement().satisfies(n -> {
            assertThat(n.op()).isEqualTo(new Op.Constant(Tensor.vector(DType.I64, 1, 5, 447, 447)));
            assertThat(n.output().name()).isEqualTo(s.name());
        });
    }

    @Test
    void resultsLargerThanTheLimitAndTheInputsStayNodes() {
        GraphBuilder b = new GraphBuilder();
        Value col = b.constant("c", Tensor.ofDoubles(DType.F32, Shape.of(3, 1), new double[] {1, 2, 3}), "col");
        Value row = b.constant("r", Tensor.ofDoubles(DType.F32, Shape.of(1, 5), new double[] {1, 2, 3, 4, 5}), "row");
        Value outer = b.add1("add0", new Binary(BinaryFn.ADD), col, row); // 15 elements from 8
        Graph g = b.build("g", List.of(outer), List.of("o"), true);
        assertThat(Checked.apply(new FoldConstants(4), g)).isSameAs(g);
        assertThat(Checked.apply(new FoldConstants(15), g).nodes()).allMatch(n -> n.op() instanceof Op.Constant);
    }

    @Test
    void nodesTheInterpreterCannotEvaluateStay() {
        // index 7 is out of range for 3 elements: evaluating fails, so the node is left for run time
        GraphBuilder b = new GraphBuilder();
        Value a = b.constant("ca", f32(1, 2, 3), "a");
        Value idx = b.constant("ci", Tensor.vector(DType.I64, 7), "idx");
        Value gth = b.add1("gather0", new Movement.Gather(0), a, idx);
        Graph g = b.build("g", List.of(gth), List.of("o"), true);
        assertThat(Checked.apply(new FoldConstants(), g)).isSameAs(g);
    }
}
