package dev.tcc.compiler;

import dev.tcc.codegen.opencl.OpenClCodegen;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.MemoryPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the graph rewrite rules and the memory plan do to the real models of {@code ../shared/models}, read off
 * the launch list the manifest records: each transformer layer's attention is exactly one {@code attention}
 * launch (no {@code softmax} launch, no matmul over the score matrix), each norm is one kernel, and the planned
 * activations stay at most half the naive sum where the issue asks for it.
 */
class GraphOptimisationTest {
    private static Path model(String name) {
        Path m = Path.of(System.getProperty("tcc.shared", "../../shared")).resolve("models").resolve(name).resolve("model.onnx");
        assertThat(m).as("the shared models (../shared/models beside the checkout)").exists();
        return m;
    }

    private static KernelProgram compile(String name) {
        return Compiler.compile(model(name), new OpenClCodegen(), Compiler.Options.DEFAULT).rendered();
    }

    private static long launches(KernelProgram p, String anchor) {
        return p.launches().stream().filter(l -> l.anchor().equals(anchor)).count();
    }

    /** Two layers each, five norms each (embedding or input norm, two per layer, or two per layer and a final one). */
    @ParameterizedTest
    @ValueSource(strings = {"distilbert", "distilbert_ts", "t5_encoder", "t5_encoder_ts", "llama_tiny", "llama_tiny_ts"})
    void attentionIsOneKernelPerLayerAndNormsOneEach(String name) {
        KernelProgram p = compile(name);
        assertThat(launches(p, "attention")).as(name + " attention launches").isEqualTo(2);
        assertThat(launches(p, "softmax")).as(name + " softmax launches").isZero();
        String norm = name.startsWith("distilbert") ? "layer_norm" : "rms_norm";
        assertThat(launches(p, norm)).as(name + " " + norm + " launches").isEqualTo(5);
        assertThat(launches(p, "reduce")).as(name + " reductions left of decomposed norms").isZero();
        assertThat(p.launches()).filteredOn(l -> l.anchor().equals("attention"))
                .allSatisfy(l -> assertThat(l.tuning()).containsEntry("template", "attention_row"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mobilenet_v3_small", "mobilenet_v3_small_ts", "distilbert", "distilbert_ts"})
    void plannedActivationsAreAtMostHalfTheNaiveSum(String name) {
        KernelProgram p = compile(name);
        long planned = p.memory().plannedBytes(p.buffers()), naive = MemoryPlan.naiveBytes(p.buffers());
        assertThat(planned).as(name + ": planned " + planned + " of naive " + naive).isLessThanOrEqualTo(naive / 2);
        assertThat(p.memory().naiveBytes()).isEqualTo(naive);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mlp", "gru_classifier", "t5_encoder", "llama_tiny"})
    void everyModelHasAPlanNoLargerThanNaive(String name) {
        KernelProgram p = compile(name);
        assertThat(p.memory().isNone()).isFalse();
        assertThat(p.memory().plannedBytes(p.buffers())).isLessThanOrEqualTo(MemoryPlan.naiveBytes(p.buffers()));
        assertThat(List.copyOf(p.memory().slots())).allSatisfy(s -> assertThat(s.buffers()).hasSizeGreaterThan(1));
    }
}
