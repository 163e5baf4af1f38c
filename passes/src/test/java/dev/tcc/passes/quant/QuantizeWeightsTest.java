package dev.tcc.passes.quant;

import dev.tcc.ir.DType;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.ProgramInterpreter;
import dev.tcc.passes.FoldConstants;
import dev.tcc.passes.fusion.Fusion;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.passes.lower.SampleGraphs;
import dev.tcc.passes.lower.Tensors;
import dev.tcc.passes.lower.Tuning;
import dev.tcc.ir.program.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link Dequantize} op on the reference interpreter (values worked out by hand), the quantiser's rounding
 * error, and the quantised graphs lowered (weights dequantised in the kernels that read them) on the kernel
 * interpreter against the reference interpreter.
 */
class QuantizeWeightsTest {

    @Test
    void int8PerChannelDequantisesByHand() {
        Dequantize d = new Dequantize(8, 0, 0, DType.F32, List.of(2L, 2L));
        Tensor q = Tensor.ofLongs(DType.I8, Shape.of(2, 2), new long[] {1, -2, 3, 4});
        Tensor s = Tensor.ofDoubles(DType.F32, Shape.of(1, 2), new double[] {0.5, 0.25});
        assertThat(Interpreter.eval(d, List.of(q, s)).get(0).toDoubles()).containsExactly(0.5, -0.5, 1.5, 1.0);
    }

    /** Five elements in blocks of 2 along axis 1 of [1, 5]: bytes 0x21, 0x43, 0x0F hold 1, 2, 3, 4, 15. */
    @Test
    void packedInt4WithZeroPointsDequantisesByHand() {
        Dequantize d = new Dequantize(4, 1, 2, DType.F32, List.of(1L, 5L));
        Tensor s = Tensor.ofDoubles(DType.F16, Shape.of(1, 3), new double[] {1, 0.5, 2});
        Tensor zp = Tensor.ofLongs(DType.U8, Shape.of(1, 3), new long[] {0, 4, 8});
        Tensor u = Tensor.ofLongs(DType.U8, Shape.of(3), new long[] {0x21, 0x43, 0x0F});
        assertThat(Interpreter.eval(d, List.of(u, s, zp)).get(0).toDoubles()).containsExactly(1, 2, -0.5, 0, 14);
        Tensor i = Tensor.ofLongs(DType.I8, Shape.of(3), new long[] {0x21, 0x43, 0x0F});
        Tensor none = Tensor.ofLongs(DType.I8, Shape.of(1, 3), new long[] {0, 0, 0});
        assertThat(Interpreter.eval(d, List.of(i, s, none)).get(0).toDoubles()).containsExactly(1, 2, 1.5, 2, -2);
    }

    /**
     * Symmetric int8 rounds to the nearest step; int4's zero point is rounded too, which shifts the grid by up to
     * half a step, so a block's extremes may be up to one step away.
     */
    @ParameterizedTest
    @EnumSource(QuantScheme.class)
    void roundingErrorIsAtMostHalfAStepForInt8AndOneForInt4(QuantScheme scheme) {
        Tensor w = SampleGraphs.random(DType.F32, Shape.of(70, 45), new Random(3));
        WeightQuantizer.Quantized q = WeightQuantizer.quantize(w, scheme, 32, Set.of(1), 0);
        double[] back = Interpreter.eval(q.op(), q.inputs()).get(0).toDoubles();
        int[] si = q.op().scaleIndices(q.inputs().get(1).shape());
        assertThat(q.inputs().get(1).shape()).isEqualTo(scheme == QuantScheme.INT8 ? Shape.of(1, 45) : Shape.of(3, 45));
        for (int i = 0; i < back.length; i++) {
            double step = q.inputs().get(1).getDouble(si[i]);
            assertThat(Math.abs(back[i] - w.getDouble(i))).as("element " + i).isLessThanOrEqualTo(step * (scheme == QuantScheme.INT8 ? 0.5 : 1) * (1 + 1e-6));
        }
    }

    @Test
    void constantFoldingLeavesDequantisationInTheGraph() {
        for (SampleGraphs.Case c : QuantizedGraphs.all(1)) {
            Graph folded = new FoldConstants().apply(c.graph());
            assertThat(folded.nodes().stream().filter(n -> n.op() instanceof Dequantize).count()).as(c.name())
                    .isEqualTo(c.graph().nodes().stream().filter(n -> n.op() instanceof Dequantize).count());
        }
    }

    static Stream<SampleGraphs.Case> cases() { return Stream.of(1L, 2L).flatMap(seed -> QuantizedGraphs.all(seed).stream()); }

    /** The kernels read the packed integers (no buffer holds a dequantised weight) and compute what the interpreter does. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void loweredKernelsDequantiseInTheirPrologue(SampleGraphs.Case c) {
        KernelProgram p = Lowering.lower(c.graph());
        for (Node n : c.graph().nodes()) {
            if (n.op() instanceof Dequantize) assertThat(p.buffers()).extracting(KernelProgram.Buffer::name).doesNotContain(n.output().name());
        }
        long quantised = c.graph().nodes().stream().filter(n -> n.op() instanceof Op.Constant).mapToLong(n -> bytes(n.output().type().size(), n)).sum();
        assertThat((long) p.weights().length).as("weight bytes").isLessThanOrEqualTo(quantised + 64L * p.buffers().size());
        Tensors.assertClose(c.name(), ProgramInterpreter.run(p, c.inputs()), Interpreter.run(c.graph(), c.inputs()), 1e-4, 1e-5);
    }

    /** A kernel reading a quantised weight is tuned apart from the same kernel reading floats. */
    @Test
    void quantisedKernelsHaveTheirOwnTuningKey() {
        SampleGraphs.Case f32 = SampleGraphs.all(1).stream().filter(c -> c.name().equals("matmul_tiled")).findFirst().orElseThrow();
        for (QuantScheme s : QuantScheme.values()) {
            Graph q = new QuantizeWeights(s, 32, 1).apply(f32.graph());
            String key = Lowering.key(Fusion.plan(q), Fusion.plan(q).kernels().getFirst()).text();
            assertThat(key).isNotEqualTo(Lowering.key(Fusion.plan(f32.graph()), Fusion.plan(f32.graph()).kernels().getFirst()).text())
                    .contains(s == QuantScheme.INT8 ? "<i8" : "<u4/32");
        }
    }

    /**
     * A matmul's quantised weight is scaled where it costs least: int8 (a scale per column) once per column after the
     * reduction, int4 (a scale and zero point per block of 32 rows of K) once per slab of K, not per integer read.
     */
    @Test
    void matmulsScaleTheirWeightsOncePerColumnOrSlab() {
        SampleGraphs.Case f32 = SampleGraphs.all(1).stream().filter(c -> c.name().equals("matmul_tiled")).findFirst().orElseThrow();
        for (QuantScheme s : QuantScheme.values()) {
            Graph q = new QuantizeWeights(s, 32, 1).apply(f32.graph());
            KernelProgram p = Lowering.lower(q);
            assertThat(p.launches().getFirst().tuning().get("weight_scales")).as(s.toString())
                    .isEqualTo(s == QuantScheme.INT8 ? "per column, after the reduction" : "per block of 32, once a slab");
            Tensors.assertClose(s.toString(), ProgramInterpreter.run(p, f32.inputs()), Interpreter.run(q, f32.inputs()), 1e-4, 1e-5);
        }
    }

    /** Skinny int4 products fold their block scales under the GPU defaults' split-K too, and compute what the interpreter does. */
    @Test
    void splitKSkinnyProductsFoldBlockScalesPerSlab() {
        int folded = 0;
        for (long seed = 1; seed <= 6; seed++) {
            SampleGraphs.Case f32 = SampleGraphs.all(seed).stream().filter(c -> c.name().equals("matmul_skinny")).findFirst().orElseThrow();
            Graph q = new QuantizeWeights(QuantScheme.INT4, 32, 1).apply(f32.graph());
            for (Tuning t : List.of(Tuning.DEFAULT, Tuning.GPU_DEFAULT)) {
                KernelProgram p = Lowering.lower(q, Profile.GENERIC, t);
                if ("per block of 32, once a slab".equals(p.launches().getFirst().tuning().get("weight_scales"))) folded++;
                Tensors.assertClose(seed + " " + t.matmul().skinny(), ProgramInterpreter.run(p, f32.inputs()), Interpreter.run(q, f32.inputs()), 1e-4, 1e-5);
            }
        }
        assertThat(folded).as("lowerings that folded the block scales").isGreaterThan(0);
    }

    private static long bytes(long elements, Node n) { return elements * Math.max(1, n.output().type().dtype().bits() / 8); }
}
