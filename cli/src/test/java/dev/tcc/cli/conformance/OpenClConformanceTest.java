package dev.tcc.cli.conformance;

import dev.tcc.cli.SharedData;
import dev.tcc.cli.targets.DeviceTarget;
import dev.tcc.runtime.opencl.OpenClBackend;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenCL target on this machine's device (PoCL in CI): the 12 real models and the fixed slice of ONNX node
 * cases, each compiled to kernels, run on the device and compared with the expected outputs. A missing device
 * fails these tests; it never skips them.
 */
@Tag("conformance")
class OpenClConformanceTest {
    static final List<String> MODELS = List.of("mlp", "mlp_ts", "gru_classifier", "gru_classifier_ts", "distilbert", "distilbert_ts",
            "t5_encoder", "t5_encoder_ts", "llama_tiny", "llama_tiny_ts", "mobilenet_v3_small", "mobilenet_v3_small_ts");

    private static ConformanceRunner.Summary run(List<Path> dirs) { return run(new DeviceTarget(new OpenClBackend(), null), dirs); }

    /** The conformance runner on {@code target} with the verifying pipeline and up to 4 jobs. */
    static ConformanceRunner.Summary run(DeviceTarget target, List<Path> dirs) {
        var o = new ConformanceRunner.Options(target, ConformanceSliceTest.verifyingDefaults(), null, null, Duration.ofSeconds(300),
                ConformanceSliceTest.jobs());
        return ConformanceRunner.run(dirs, o, r -> System.out.println(r.line()));
    }

    @Test
    void allTwelveModelsPassOnOpenCl() {
        ConformanceRunner.Summary s = run(MODELS.stream().map(m -> SharedData.models().resolve(m)).toList());
        List<String> notPassed = s.results().stream().filter(r -> r.status() != CaseResult.Status.PASS).map(CaseResult::line).toList();
        assertThat(notPassed).as("models not passing on OpenCL").isEmpty();
        assertThat(s.results()).hasSize(12);
    }

    @Test
    void theConformanceSlicePassesOnOpenCl() throws IOException {
        List<Path> dirs = Stream.of(ConformanceSliceTest.slice().toArray(String[]::new)).map(SharedData::nodeCase).toList();
        ConformanceRunner.Summary s = run(dirs);
        System.out.println("OpenCL conformance slice: " + s.line());
        List<String> notPassed = s.results().stream().filter(r -> r.status() == CaseResult.Status.FAIL).map(CaseResult::line).toList();
        assertThat(notPassed).as("slice cases failing on OpenCL").isEmpty();
    }
}
