package dev.tcc.cli;

import dev.tcc.cli.targets.Target;
import dev.tcc.cli.targets.Targets;
import dev.tcc.compiler.Compiler;
import dev.tcc.compiler.accuracy.AccuracyReport;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.Pipeline;
import dev.tcc.passes.Precision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --precision f16} on real models on every target's device (PoCL, Vulkan and Dawn on lavapipe in CI): the
 * f16-storage program's outputs against the f32 model on the reference interpreter, on the model's sample inputs and
 * a seeded random set, through the shared {@link AccuracyReport}. Two small models per target by default;
 * {@code -Dtcc.f16.models=all} runs all 12 and prints each table (the figures of the f16 error table).
 */
class HalfPrecisionModelsTest {
    private static final List<String> ALL = List.of("mlp", "mlp_ts", "gru_classifier", "gru_classifier_ts", "distilbert", "distilbert_ts",
            "t5_encoder", "t5_encoder_ts", "llama_tiny", "llama_tiny_ts", "mobilenet_v3_small", "mobilenet_v3_small_ts");

    static Stream<Arguments> cases() {
        List<String> models = "all".equals(System.getProperty("tcc.f16.models")) ? ALL : List.of("mlp", "gru_classifier");
        return Stream.of("opencl", "vulkan", "webgpu").flatMap(t -> models.stream().map(m -> Arguments.of(t, m)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void f16StorageStaysCloseToF32(String target, String model) {
        Path file = SharedData.models().resolve(model).resolve("model.onnx");
        ModelProto m = OnnxImporter.readModel(file);
        Map<String, Tensor> samples = TestCase.load(file.getParent(), m).inputs();
        Graph g = Compiler.optimise(m, file, Compiler.Options.DEFAULT.withImports(ImportOptions.forInputs(samples))).optimised();
        PassRunner f16 = new PassRunner(Pipeline.defaults(), Pipeline.kernelDefaults(Precision.F16), PassRunner.Options.NONE);
        AccuracyReport r;
        try (Target.Prepared p = Targets.byName(target).prepare(g, f16)) {
            r = AccuracyReport.compare(g, p::run, CompileCommand.halfStorageFootprint(g), samples, 1, 11);
        }
        System.out.printf("%s on %s, f16 storage against f32:%n%s", model, target, r.table());
        assertThat(r.after().weightBytes() * 2).as("f16 weights").isLessThanOrEqualTo(r.before().weightBytes() + 64);
        for (AccuracyReport.OutputError e : r.errors()) {
            assertThat(e.cosine()).as(e.output() + " " + e.inputs()).isGreaterThanOrEqualTo(0.9999);
            if (e.top1Agreement() != null) assertThat(e.top1Agreement()).as(e.output() + " top-1").isEqualTo(1.0);
        }
    }
}
