package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.ProgramInterpreter;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kernel lowered with the parameters chosen for its key, and the generic view of the tuning space. */
class PerKernelTuningTest {

    /** Two matmuls of different shapes: {@code x[32,24] . w1[24,40] . w2[40,16]}. */
    private static Graph twoMatmuls() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 32, 24));
        Value w1 = b.constant("w1", SampleGraphs.random(DType.F32, Shape.of(24, 40), new Random(1)), "w1");
        Value w2 = b.constant("w2", SampleGraphs.random(DType.F32, Shape.of(40, 16), new Random(2)), "w2");
        Value h = b.add1("mm1", new Linalg.MatMul(), x, w1);
        Value y = b.add1("mm2", new Linalg.MatMul(), h, w2);
        return b.build("g", List.of(y), List.of("y"), true);
    }

    @Test
    void theDefaultsRuleAndItsGpuPredicateAgree() {
        for (String type : new String[] {"GPU", "CPU", "OTHER", null}) {
            for (boolean gpuCode : new boolean[] {true, false}) {
                Tuning d = Tuning.defaults(type, gpuCode);
                assertThat(Tuning.gpuDefaults(type, gpuCode)).as(type + ", gpu code " + gpuCode)
                        .isEqualTo(d == Tuning.GPU_DEVICE || d == Tuning.GPU_DEFAULT);
            }
        }
        assertThat(Tuning.defaults("GPU", false)).isSameAs(Tuning.GPU_DEVICE);
        assertThat(Tuning.defaults("CPU", true)).isSameAs(Tuning.GPU_DEFAULT);
        assertThat(Tuning.defaults("CPU", false)).isSameAs(Tuning.CPU_DEVICE);
        assertThat(Tuning.defaults(null, false)).isSameAs(Tuning.DEFAULT);
    }

    @Test
    void eachKernelTakesTheTuningChosenForItsKeyAndRecordsTheKey() {
        Graph g = twoMatmuls();
        Tuning small = TuningSpace.with(Tuning.DEFAULT, Map.of("matmul", new Tuning.MatMul(new Tuning.Tiles(8, 8, 8, 1, 1, 0, true, true), Tuning.MatMul.SKINNY, 4, 8)));
        KernelTunings first = new KernelTunings() {
            @Override public Tuning forKernel(KernelKey k) { return k.inputs().getFirst().equals("f32[32,24]") ? small : Tuning.DEFAULT; }

            @Override public String source(KernelKey k) { return k.inputs().getFirst().equals("f32[32,24]") ? "tuned" : "default"; }
        };
        KernelProgram p = Lowering.lower(g, dev.tcc.passes.fusion.Fusion.plan(g), dev.tcc.ir.program.Profile.GENERIC, first);
        assertThat(p.kernelCount()).isEqualTo(2);
        Map<String, String> a = p.launches().get(0).tuning(), b = p.launches().get(1).tuning();
        assertThat(a).containsEntry("tile", "8x8x8").containsEntry("source", "tuned")
                .containsEntry("key", "matmul|matmul|f32[32,24],f32[24,40]->f32[32,40]");
        assertThat(b).containsEntry("tile", "32x16x16").containsEntry("source", "default")
                .containsEntry("key", "matmul|matmul|f32[32,40],f32[40,16]->f32[32,16]");
        // key, then source, on every JVM: the manifest (and its digest) lists a launch's tuning in this order
        assertThat(List.copyOf(a.keySet()).subList(a.size() - 2, a.size())).containsExactly("key", "source");
        Map<String, Tensor> in = new HashMap<>();
        in.put("x", SampleGraphs.random(DType.F32, Shape.of(32, 24), new Random(3)));
        Tensors.assertClose("per-kernel tuning", ProgramInterpreter.run(p, in), Interpreter.run(g, in), 1e-4, 1e-5);
    }

    @Test
    void candidatesAreTheProductOfTheKeysComponentSpacesWithTheBaseFirst() {
        KernelKey conv = new KernelKey("conv+pointwise", "conv", List.of(), List.of());
        List<Tuning> c = TuningSpace.candidates(conv, Tuning.DEFAULT);
        assertThat(c.getFirst()).isEqualTo(Tuning.DEFAULT);
        assertThat(c).doesNotHaveDuplicates().hasSize(Tuning.Conv.space().size() * Tuning.Pointwise.space().size());
        assertThat(c).allSatisfy(t -> assertThat(t.matmul()).isEqualTo(Tuning.DEFAULT.matmul()));
        assertThat(TuningSpace.get(c.get(1), "conv")).isIn(Tuning.Conv.space());
        assertThat(TuningSpace.components()).contains("pointwise", "matmul", "conv", "rows", "rnn", "attention");
    }

    @Test
    void aPointwiseKernelNeverAsksForMoreWorkgroupsThanEveryDeviceAllowsAlongOneDimension() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 1 << 24));
        Value y = b.add1("relu", new dev.tcc.ir.Elementwise.Unary(dev.tcc.ir.Elementwise.UnaryFn.RELU), x);
        Graph g = b.build("g", List.of(y), List.of("y"), true);
        // the GPU default computes one element per work-item: 65536 workgroups of 256 here, one too many
        KernelProgram p = Lowering.lower(g, dev.tcc.passes.fusion.Fusion.plan(g), dev.tcc.ir.program.Profile.GENERIC, KernelTunings.uniform(Tuning.GPU_DEFAULT));
        assertThat(p.launches()).singleElement().satisfies(l -> {
            assertThat(l.signature().grid().groups().getFirst()).isLessThanOrEqualTo(PointwiseTemplate.MAX_WORKGROUPS);
            assertThat(l.tuning()).containsEntry("chunk", "2");
        });
    }
}
