package dev.tcc.passes;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Graph;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Node;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifierTest {
    private static final TensorType T = TensorType.of(DType.F32, 4);
    private final Value x = new Value("x", T), a = new Value("a", T), b = new Value("b", T);

    private Graph graph(List<Node> nodes, Value out) { return new Graph("g", List.of(x), nodes, List.of(out), List.of("out")); }

    @Test
    void wellFormedGraphHasNoProblems() {
        Graph g = graph(List.of(new Node("n1", new Unary(UnaryFn.NEG), List.of(x), List.of(a)),
                new Node("n2", new Binary(BinaryFn.ADD), List.of(a, x), List.of(b))), b);
        assertThat(Checked.graph(g)).isSameAs(g);
    }

    @Test
    void useBeforeDefinition() {
        Graph g = graph(List.of(new Node("n2", new Binary(BinaryFn.ADD), List.of(a, x), List.of(b)),
                new Node("n1", new Unary(UnaryFn.NEG), List.of(x), List.of(a))), b);
        assertThat(Verifier.problems(g)).containsExactly("node 'n2' (add): uses %a before it is defined (or it is never defined)");
    }

    @Test
    void valueDefinedTwice() {
        Graph g = graph(List.of(new Node("n1", new Unary(UnaryFn.NEG), List.of(x), List.of(a)),
                new Node("n2", new Unary(UnaryFn.RELU), List.of(x), List.of(a))), a);
        assertThat(Verifier.problems(g)).containsExactly("node 'n2' (relu): defines %a, which is already defined");
    }

    @Test
    void outputTypeDifferentFromInference() {
        Value wrong = new Value("a", TensorType.of(DType.F32, 2, 2));
        Graph g = graph(List.of(new Node("n1", new Unary(UnaryFn.NEG), List.of(x), List.of(wrong))), wrong);
        assertThat(Verifier.problems(g)).containsExactly("node 'n1' (neg): outputs are typed [f32[2,2]] but the op infers [f32[4]]");
    }

    @Test
    void useWithAnotherTypeThanItsDefinition() {
        Value stale = new Value("a", TensorType.of(DType.F16, 4));
        Graph g = graph(List.of(new Node("n1", new Unary(UnaryFn.NEG), List.of(x), List.of(a)),
                new Node("n2", new Unary(UnaryFn.RELU), List.of(stale), List.of(new Value("c", stale.type())))), a);
        assertThat(Verifier.problems(g)).containsExactly("node 'n2' (relu): uses %a as f16[4] but it is defined as f32[4]");
    }

    @Test
    void undefinedOutputAndRejectedInputs() {
        Value y = new Value("y", TensorType.of(DType.F32, 3));
        Graph g = graph(List.of(new Node("n1", new Binary(BinaryFn.ADD), List.of(x, y), List.of(a))), b);
        assertThat(Verifier.problems(g)).hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("node 'n1' (add): its op rejects its inputs: shapes cannot broadcast"))
                .contains("graph output 0 ('out'): %b is not defined");
        assertThatThrownBy(() -> Verifier.verify(g, "after pass 'p'")).isInstanceOf(IrException.class)
                .hasMessageStartingWith("invalid IR after pass 'p' in graph 'g': node 'n1' (add): uses %y before it is defined");
    }
}
