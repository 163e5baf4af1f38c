package dev.tcc.passes;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Node;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InferShapesTest {
    private static final TensorType ROW = TensorType.of(DType.F32, 1, 4);
    private static final TensorType COL = TensorType.of(DType.F32, 3, 1);

    @Test
    void wellTypedGraphIsReturnedUnchanged() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", ROW), y = b.input("y", COL);
        Value s = b.add1("add0", new Binary(BinaryFn.ADD), x, y);
        Graph g = b.build("g", List.of(s), List.of("s"), true);
        assertThat(Checked.apply(new InferShapes(), g)).isSameAs(g);
    }

    @Test
    void staleInternalTypesAreReplacedByInferredOnes() {
        // before: add(x[1,4], y[3,1]) recorded as f32[1,4]; after: f32[3,4], also at its use
        Value x = new Value("x", ROW), y = new Value("y", COL);
        Value stale = new Value("s", ROW);
        Value r = new Value("r", TensorType.of(DType.F32, 3, 4));
        Graph before = new Graph("g", List.of(x, y), List.of(
                new Node("add0", new Binary(BinaryFn.ADD), List.of(x, y), List.of(stale)),
                new Node("relu0", new Unary(UnaryFn.RELU), List.of(stale), List.of(r))), List.of(r), List.of("r"));

        GraphBuilder b = new GraphBuilder();
        Value ex = b.input("x", ROW), ey = b.input("y", COL);
        Value es = b.add("add0", new Binary(BinaryFn.ADD), List.of(ex, ey), "s").get(0);
        Value er = b.add("relu0", new Unary(UnaryFn.RELU), List.of(es), "r").get(0);
        Graph expected = b.build("g", List.of(er), List.of("r"), true);

        assertThat(Verifier.problems(before)).isNotEmpty();
        Graph after = Checked.graph(new InferShapes().apply(before));
        assertThat(after).isEqualTo(Checked.graph(expected));
        assertThat(Verifier.problems(after)).isEmpty();
    }

    @Test
    void opThatRejectsItsInputsIsNamed() {
        Value x = new Value("x", ROW), w = new Value("w", TensorType.of(DType.F32, 5, 2));
        Value out = new Value("o", TensorType.of(DType.F32, 1, 2));
        Graph g = new Graph("g", List.of(x, w), List.of(new Node("mm7", new dev.tcc.ir.Linalg.MatMul(), List.of(x, w), List.of(out))),
                List.of(out), List.of("o"));
        assertThatThrownBy(() -> new InferShapes().apply(g)).isInstanceOf(IrException.class)
                .hasMessageContaining("node 'mm7' (matmul)").hasMessageContaining("inner dimensions");
    }

    @Test
    void changingAGraphOutputTypeIsAnError() {
        Value x = new Value("x", ROW), y = new Value("y", COL);
        Value stale = new Value("s", ROW);
        Graph g = new Graph("g", List.of(x, y), List.of(new Node("add0", new Binary(BinaryFn.ADD), List.of(x, y), List.of(stale))),
                List.of(stale), List.of("out"));
        assertThatThrownBy(() -> new InferShapes().apply(g)).hasMessageContaining("graph output 'out' is declared f32[1,4] but its value is f32[3,4]");
    }
}
