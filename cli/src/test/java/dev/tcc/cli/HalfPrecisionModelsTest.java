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
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.Pipeline;
import dev.tcc.passes.Precision;
import dev.tcc.frontend.onnx.Compare;
import dev.tcc.frontend.onnx.TensorCodec;
import dev.tcc.frontend.onnx.proto.Onnx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
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
        assertThat((double) r.after().weightBytes() / r.before().weightBytes()).as("f16 weights (one-element constants stay f32 literals)")
                .isLessThanOrEqualTo(0.501);
        double largest = Interpreter.run(g, samples).stream().flatMapToDouble(t -> java.util.Arrays.stream(t.toDoubles())).map(Math::abs).max().orElse(0);
        // an untrained export whose activations fade below f16's smallest normal (2^-14) on the way to outputs of 1e-10
        // (mobilenet_v3_small's) cannot be stored in f16: its outputs are then noise, which the table shows
        if (largest < 0x1p-14) return;
        for (AccuracyReport.OutputError e : r.errors()) {
            assertThat(e.cosine()).as(e.output() + " " + e.inputs()).isGreaterThanOrEqualTo(0.9999);
            if (e.top1Agreement() != null) assertThat(e.top1Agreement()).as(e.output() + " top-1").isEqualTo(1.0);
        }
    }

    /**
     * One WebGPU artefact, two kernel variants: the portable kernels pack f16 into u32 words, the {@code f16} variant
     * declares f16 buffers (shader-f16), and Dawn on lavapipe, which has shader-f16, runs the latter with the f32
     * model's outputs (ONNX Runtime's) to f16 accuracy. OpenCL renders the same code either way: no variant.
     */
    @Test
    void webgpuArtefactCarriesBothVariantsAndDawnPicksF16(@TempDir Path tmp) throws Exception {
        Path mlp = SharedData.models().resolve("mlp"), art = tmp.resolve("mlp-f16");
        Cli c = Cli.run("compile", mlp.resolve("model.onnx").toString(), "--target", "webgpu", "--precision", "f16", "-o", art.toString());
        assertThat(c.status()).as(c.err()).isZero();
        assertThat(c.out()).contains("kernel variant 'f16'").contains("linear_2 ").contains("weight bytes: 340,020 -> 170,016");
        assertThat(Files.readString(art.resolve("manifest.json"))).contains("\"variants\"").contains("\"accuracy\"");
        assertThat(Files.readString(art.resolve("kernels/k0_matmul.wgsl"))).contains("array<u32>").doesNotContain("enable f16");
        assertThat(Files.readString(art.resolve("kernels/k0_matmul.f16.wgsl"))).contains("enable f16").contains("array<f16>");
        Cli r = Cli.run("run", art.toString(), "--input", "x=" + mlp.resolve("test_data_set_0/input_0.pb"), "--output-dir", tmp.resolve("y").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("kernel variant: f16 (of base, f16)");
        var got = TensorCodec.decode(Onnx.TensorProto.parseFrom(Files.readAllBytes(tmp.resolve("y/linear_2.pb"))), null, "got");
        var want = TensorCodec.decode(Onnx.TensorProto.parseFrom(Files.readAllBytes(mlp.resolve("test_data_set_0/output_0.pb"))), null, "want");
        var cmp = Compare.compare(got, want, 1e-2, 2e-4);
        assertThat(cmp.ok()).as(String.valueOf(cmp.reason())).isTrue();

        Cli cl = Cli.run("compile", mlp.resolve("model.onnx").toString(), "--target", "opencl", "--precision", "f16", "-o", tmp.resolve("cl").toString());
        assertThat(cl.status()).as(cl.err()).isZero();
        assertThat(cl.out()).doesNotContain("kernel variant");
    }
}
