package dev.tcc.passes;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.Node;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EliminateDeadCodeTest {
    private static final TensorType T = TensorType.of(DType.F32, 2, 2);

    @Test
    void removesUnusedChainsAndKeepsInputs() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", T);
        Value unusedIn = b.input("u", T);
        Value y = b.add1("neg0", new Unary(UnaryFn.NEG), x);
        Graph expected = b.build("g", List.of(y), List.of("y"), true);

        // before: the same plus a dead chain relu(x) * x that nothing returns
        Value dead1 = new Value("dead1", T), dead2 = new Value("dead2", T);
        List<Node> nodes = new ArrayList<>(expected.nodes());
        nodes.add(0, new Node("relu0", new Unary(UnaryFn.RELU), List.of(x), List.of(dead1)));
        nodes.add(new Node("mul0", new Binary(BinaryFn.MUL), List.of(dead1, x), List.of(dead2)));
        Graph before = expected.withNodes(nodes);

        Graph after = Checked.apply(new EliminateDeadCode(), before);
        assertThat(after).isEqualTo(expected);
        assertThat(after.inputs()).contains(unusedIn);
    }

    @Test
    void returnsTheSameGraphWhenNothingIsDead() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", T);
        Value y = b.add1("neg0", new Unary(UnaryFn.NEG), x);
        Graph g = b.build("g", List.of(y, x), List.of("y", "x"), true);
        assertThat(Checked.apply(new EliminateDeadCode(), g)).isSameAs(g);
    }
}
