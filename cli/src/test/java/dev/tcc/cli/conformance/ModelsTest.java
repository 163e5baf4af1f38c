package dev.tcc.cli.conformance;

import dev.tcc.cli.SharedData;
import dev.tcc.cli.targets.ReferenceTarget;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 12 real models of {@code shared/models} (dynamo and TorchScript exports) on the reference target,
 * through the default pass pipeline with {@code --verify}, against ONNX Runtime's outputs. Tagged
 * {@code conformance} (exclude with {@code -DexcludedGroups=conformance} for a quick build).
 */
@Tag("conformance")
class ModelsTest {
    @ParameterizedTest
    @ValueSource(strings = {"mlp", "mlp_ts", "gru_classifier", "gru_classifier_ts", "distilbert", "distilbert_ts", "t5_encoder",
            "t5_encoder_ts", "llama_tiny", "llama_tiny_ts", "mobilenet_v3_small", "mobilenet_v3_small_ts"})
    void modelPasses(String name) {
        Path dir = SharedData.models().resolve(name);
        assertThat(dir.resolve("model.onnx")).isRegularFile();
        var o = new ConformanceRunner.Options(new ReferenceTarget(), ConformanceSliceTest.verifyingDefaults(), null, null, Duration.ofSeconds(300), 1);
        CaseResult r = ConformanceRunner.run(List.of(dir), o, x -> { }).results().get(0);
        System.out.printf("%s (%.1f s)%n", r.line(), r.seconds());
        assertThat(r.line()).isEqualTo("PASS " + name);
    }
}
