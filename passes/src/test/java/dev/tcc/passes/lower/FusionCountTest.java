package dev.tcc.passes.lower;

import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.ProgramInterpreter;
import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Op;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** How many kernels small graphs lower to: chains fuse, anchors take prologues and epilogues, reshapes alias. */
class FusionCountTest {
    private final GraphBuilder b = new GraphBuilder();

    private Value in(long... dims) { return b.input("x", TensorType.of(DType.F32, dims)); }

    private Value op(Op op, Value... args) { return b.add1(op.mnemonic(), op, args); }

    private Value un(UnaryFn f, Value x) { return op(new Elementwise.Unary(f), x); }

    private Value bin(BinaryFn f, Value x, Value y) { return op(new Elementwise.Binary(f), x, y); }

    private Value weights(long... dims) {
        return b.constant("w", SampleGraphs.random(DType.F32, Shape.of(dims), new Random(7)), "w");
    }

    private KernelProgram lower(Value... outs) {
        Graph g = b.build("g", List.of(outs), List.of(outs).stream().map(Value::name).toList(), true);
        KernelProgram p = Lowering.lower(g);
        Map<String, Tensor> inputs = new java.util.HashMap<>();
        Random r = new Random(3);
        g.inputs().forEach(v -> inputs.put(v.name(), SampleGraphs.random(v.type().dtype(), v.type().shape(), r)));
        Tensors.assertClose("fused graph", ProgramInterpreter.run(p, inputs), Interpreter.run(g, inputs), 1e-4, 1e-5);
        return p;
    }

    @Test
    void anElementwiseChainIsOneKernel() {
        Value x = in(4, 8), y = in(8);
        Value t = bin(BinaryFn.ADD, bin(BinaryFn.MUL, x, y), y);
        Value s = bin(BinaryFn.MUL, t, un(UnaryFn.SIGMOID, t));
        KernelProgram p = lower(un(UnaryFn.TANH, un(UnaryFn.EXP, s)));
        assertThat(p.kernelCount()).isEqualTo(1);
        assertThat(p.launches().getFirst().fused()).hasSize(6);
    }

    @Test
    void matmulTakesItsPrologueAndEpilogue() {
        Value x = in(32, 24);
        Value xt = op(new Movement.Transpose(List.of(1, 0)), x);
        Value mm = op(new Linalg.MatMul(), bin(BinaryFn.MUL, xt, in(1)), weights(32, 40));
        Value y = un(UnaryFn.RELU, bin(BinaryFn.ADD, mm, weights(40)));
        KernelProgram p = lower(op(new Movement.Reshape(List.of(24L, 4L, 10L)), y));
        assertThat(p.kernelCount()).isEqualTo(1);
        assertThat(p.launches().getFirst().anchor()).isEqualTo("matmul");
    }

    @Test
    void aValueReadTwiceGetsItsOwnKernel() {
        Value x = in(16, 16);
        Value shared = un(UnaryFn.EXP, bin(BinaryFn.ADD, x, x));
        Value a = op(new Reduction.Reduce(Reduction.ReduceFn.SUM, List.of(1), true), shared);
        Value c = bin(BinaryFn.DIV, shared, a);
        assertThat(lower(c).kernelCount()).isEqualTo(3);
    }

    @Test
    void aReductionFusesItsPrologueAndEpilogue() {
        Value x = in(3, 300);
        Value sq = bin(BinaryFn.MUL, x, x);
        Value mean = op(new Reduction.Reduce(Reduction.ReduceFn.MEAN, List.of(1), true), sq);
        Value inv = un(UnaryFn.RECIPROCAL, un(UnaryFn.SQRT, bin(BinaryFn.ADD, mean, b.constant("eps", Tensor.scalar(DType.F32, 1e-6), "eps"))));
        KernelProgram p = lower(inv);
        assertThat(p.kernelCount()).isEqualTo(1);
        assertThat(p.launches().getFirst().tuning()).containsEntry("template", "reduce_group");
    }

    @Test
    void normalisationAfterAnEmbeddingIsOneKernel() {
        Value ids = b.input("ids", TensorType.of(DType.I64, 2, 5));
        Value emb = op(new Movement.Gather(0), weights(50, 128), ids);
        Value sum = bin(BinaryFn.ADD, emb, weights(5, 128));
        Value ln = op(new Structured.LayerNorm(2, 1e-5, false, DType.F32), sum, weights(128), weights(128));
        assertThat(lower(ln).kernelCount()).isEqualTo(1);
    }

    @Test
    void reshapesOfBuffersAreAliases() {
        Value x = in(6, 4);
        Value r = op(new Movement.Reshape(List.of(24L)), x);
        Value sm = op(new Structured.Softmax(1, false), x);
        Value r2 = op(new Movement.Reshape(List.of(2L, 12L)), sm);
        KernelProgram p = lower(r, r2, sm);
        assertThat(p.kernelCount()).isEqualTo(1);
        assertThat(p.outputs().get(0).buffer()).isEqualTo(p.inputs().getFirst().buffer());
        assertThat(p.outputs().get(1).buffer()).isEqualTo(p.outputs().get(2).buffer());
    }

    @Test
    void convolutionTakesBatchNormAndActivationAsEpilogue() {
        Value x = in(1, 3, 10, 10);
        Value conv = op(new Linalg.Conv(List.of(1L, 1L), List.of(1L, 1L, 1L, 1L), List.of(1L, 1L), 1), x, weights(8, 3, 3, 3));
        Value bn = bin(BinaryFn.ADD, bin(BinaryFn.MUL, conv, weights(8, 1, 1)), weights(8, 1, 1));
        Value hs = bin(BinaryFn.MUL, bn, op(new Elementwise.Unary(UnaryFn.RELU), bn));
        assertThat(lower(hs).kernelCount()).isEqualTo(1);
    }
}
