package dev.tcc.passes;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CostModelTest {
    @Test
    void matmulIsTwoMNK() {
        GraphBuilder b = new GraphBuilder();
        Value a = b.input("a", TensorType.of(DType.F32, 2, 8, 16)); // batch 2, M 8, K 16
        Value w = b.input("w", TensorType.of(DType.F32, 16, 4));    // N 4
        Value y = b.add1("mm", new Linalg.MatMul(), a, w);
        CostModel.Cost c = CostModel.of(Checked.graph(b.build("g", List.of(y), List.of("y"), true)).nodes().get(0));
        assertThat(c.flops()).isEqualTo(2L * 2 * 8 * 4 * 16);
        assertThat(c.bytesRead()).isEqualTo(4L * (2 * 8 * 16 + 16 * 4));
        assertThat(c.bytesWritten()).isEqualTo(4L * 2 * 8 * 4);
    }

    @Test
    void groupedConvWithBias() {
        // x[1,8,10,10], w[16,2,3,3] with group 4 and pad 1: out [1,16,10,10]; 2 * Cin/g * k = 2*2*9 per output + 1 bias
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 1, 8, 10, 10));
        Value w = b.input("w", TensorType.of(DType.F32, 16, 2, 3, 3));
        Value bias = b.input("b", TensorType.of(DType.F32, 16));
        Value y = b.add1("conv", new Linalg.Conv(List.of(1L, 1L), List.of(1L, 1L, 1L, 1L), List.of(1L, 1L), 4), x, w, bias);
        Graph g = Checked.graph(b.build("g", List.of(y), List.of("y"), true));
        assertThat(y.type()).isEqualTo(TensorType.of(DType.F32, 1, 16, 10, 10));
        assertThat(CostModel.of(g.nodes().get(0)).flops()).isEqualTo(1600L * (2 * 2 * 9 + 1));
    }

    @Test
    void elementwiseAndReductionsPerElementAndTotalsPerOp() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F16, 4, 6));
        Value r = b.add1("relu", new Unary(UnaryFn.RELU), x);
        Value e = b.add1("exp", new Unary(UnaryFn.EXP), r);
        Value m = b.add1("mean", new Reduction.Reduce(Reduction.ReduceFn.MEAN, List.of(1), false), e);
        Graph g = Checked.graph(b.build("g", List.of(m), List.of("m"), true));
        assertThat(CostModel.perOp(g)).containsOnlyKeys("exp", "reduce", "relu");
        assertThat(CostModel.perOp(g).get("relu").cost()).isEqualTo(new CostModel.Cost(24, 48, 48));
        assertThat(CostModel.perOp(g).get("reduce").cost().flops()).isEqualTo(24 + 4);
        assertThat(CostModel.total(g)).isEqualTo(new CostModel.Cost(24 + 24 + 28, 48 * 3, 48 * 2 + 8));
    }
}
