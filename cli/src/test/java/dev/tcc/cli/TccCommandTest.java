package dev.tcc.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tcc.cli.exec.NpyTest;
import dev.tcc.cli.exec.TensorFiles;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.ir.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tcc command end to end, in-process, on cases the reference target passes today. */
class TccCommandTest {
    @TempDir Path tmp;

    static Path nodeCase(String name) { return SharedData.nodeCase(name); }

    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "compile", "run", "bench", "tune", "conformance", "inspect", "profile", "devices"})
    void everyCommandHasHelp(String sub) {
        Cli r = sub.isEmpty() ? Cli.run("--help") : Cli.run(sub, "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Usage: tcc" + (sub.isEmpty() ? "" : " " + sub));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void versionAndUsageErrors() {
        assertThat(Cli.run("--version").out()).startsWith("tcc ").contains("Java 25");
        Cli none = Cli.run();
        assertThat(none.status()).isEqualTo(Tcc.EXIT_USAGE);
        assertThat(none.errLine()).isEqualTo("tcc: give a command: demo, compile, run, bench, tune, conformance, inspect, profile, devices or fuzz (see 'tcc --help')");
        Cli bad = Cli.run("run", "--frobnicate", "m.onnx");
        assertThat(bad.status()).isEqualTo(Tcc.EXIT_USAGE);
        assertThat(bad.errLine()).isEqualTo("tcc run: Unknown option: '--frobnicate' (see 'tcc run --help')");
        Cli target = Cli.run("run", nodeCase("test_add").resolve("model.onnx").toString(), "--target", "vulkan9");
        assertThat(target.status()).isEqualTo(Tcc.EXIT_ERROR);
        assertThat(target.errLine()).isEqualTo("tcc run: error: unknown target 'vulkan9'; available targets: opencl, webgpu, vulkan, reference");
    }

    @Test
    void runWritesOutputsThatMatchTheExpectedOnes() throws IOException {
        Path dir = nodeCase("test_add");
        Path out = tmp.resolve("out");
        Cli r = Cli.run("run", dir.resolve("model.onnx").toString(), "--target", "reference",
                "--input", "x=" + dir.resolve("test_data_set_0/input_0.pb"), "--input", "y=" + dir.resolve("test_data_set_0/input_1.pb"),
                "--output-dir", out.toString(), "--verify");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("on reference: import").contains("sum: f32[3,4,5] min ").contains("-> " + out.resolve("sum.pb"));
        Tensor expected = TestCase.load(dir).expected().get(0);
        assertThat(TensorFiles.read(out.resolve("sum.pb"))).isEqualTo(expected);
    }

    @Test
    void runReadsNpyInputsAndASingleUnnamedInput() throws IOException {
        ByteBuffer d = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : new float[] {1, -2, 3, -4, 5, -6}) d.putFloat(f);
        Path x = Files.write(tmp.resolve("x.npy"), NpyTest.npy(1, "<f4", false, "(2, 3)", d.array()));
        Path model = TestModels.write(tmp.resolve("neg.onnx"), TestModels.unary("Neg", "y"));
        Cli r = Cli.run("run", model.toString(), "--input", x.toString(), "-o", tmp.resolve("o").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(TensorFiles.read(tmp.resolve("o/y.pb")).toDoubles()).containsExactly(-1, 2, -3, 4, -5, 6);
    }

    @Test
    void passOptionsDumpAndTime() {
        Path dir = nodeCase("test_relu");
        Cli r = Cli.run("run", dir.resolve("model.onnx").toString(), "--input", "x=" + dir.resolve("test_data_set_0/input_0.pb"),
                "--dump-ir=before:infer-shapes", "--time-passes", "--passes", "infer-shapes,eliminate-dead-code");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("// IR before infer-shapes\ngraph @").contains("relu(%x)").contains("eliminate-dead-code").doesNotContain("fold-constants");
        Cli bad = Cli.run("run", dir.resolve("model.onnx").toString(), "--passes", "fuse-everything");
        assertThat(bad.errLine()).startsWith("tcc run: error: unknown pass 'fuse-everything'; known passes: infer-shapes");
    }

    @Test
    void inspectShowsInterfaceHistogramParametersAndCosts() {
        // y = x[batch,4] * w[4] + b[4]: 1 FLOP per element each, 2 * 8 = 16 FLOPs with --shape x=2,4
        var w = dev.tcc.frontend.onnx.TensorCodec.encode(Tensor.ofDoubles(dev.tcc.ir.DType.F32, dev.tcc.ir.Shape.of(4), new double[] {1, 2, 3, 4}), "w");
        var b = dev.tcc.frontend.onnx.TensorCodec.encode(Tensor.ofDoubles(dev.tcc.ir.DType.F32, dev.tcc.ir.Shape.of(4), new double[4]), "b");
        GraphProto g = GraphProto.newBuilder().setName("g").addInput(TestModels.value("x", TestModels.FLOAT, "batch", 4))
                .addOutput(TestModels.value("y", TestModels.FLOAT, "batch", 4)).addInitializer(w).addInitializer(b)
                .addNode(TestModels.node("scale", "Mul", List.of("x", "w"), List.of("xw")))
                .addNode(TestModels.node("bias", "Add", List.of("xw", "b"), List.of("y"))).build();
        Path model = TestModels.write(tmp.resolve("lin.onnx"), TestModels.model(17, g));
        Cli r = Cli.run("inspect", model.toString(), "--shape", "x=2,4");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("inputs:\n  x                        f32[batch,4]\n")
                .contains("outputs:\n  y                        f32[batch,4]\n")
                .contains("parameters: 8 (32 B in 2 initializers)")
                .containsPattern("  Add +1\n").containsPattern("  Mul +1\n")
                .containsPattern("  mul +1 +8 +80 B\n")
                .containsPattern("  add +1 +8 +80 B\n")
                .contains("total: 16 FLOPs, 160 bytes moved (unfused)");
        Cli dflt = Cli.run("inspect", model.toString());
        assertThat(dflt.out()).contains("note: input 'x' f32[batch,4] taken as [1,4]").contains("total: 8 FLOPs");
    }

    @Test
    void conformanceReportsEveryCaseAndWritesJson() throws IOException {
        Path json = tmp.resolve("r/report.json");
        Path root = SharedData.shared().resolve("onnx-tests/node");
        Cli r = Cli.run("conformance", root.toString(), "--target", "reference", "--filter", "^test_(add|neg|bernoulli)$", "--json", json.toString(), "-j", "2");
        assertThat(r.status()).isZero();
        assertThat(r.out().lines().toList()).containsExactly("PASS test_add",
                "SKIP test_bernoulli: uses the random op Bernoulli; its expected outputs were drawn from numpy's random generator and cannot be reproduced",
                "PASS test_neg", "2 passed, 0 failed, 1 skipped");
        JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertThat(o.get("target").getAsString()).isEqualTo("reference");
        assertThat(o.getAsJsonArray("cases")).hasSize(3);
        assertThat(o.get("passed").getAsInt()).isEqualTo(2);
        JsonObject add = o.getAsJsonArray("cases").asList().stream().map(e -> e.getAsJsonObject())
                .filter(c -> c.get("name").getAsString().equals("test_add")).findFirst().orElseThrow();
        assertThat(add.get("status").getAsString()).isEqualTo("PASS");
        assertThat(add.get("reason").isJsonNull()).isTrue();
        assertThat(add.get("max_abs_error").getAsDouble()).isZero();
        assertThat(add.get("seconds").getAsDouble()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void strictFailsWhenACaseFails() {
        Path model = TestModels.write(tmp.resolve("c1/model.onnx"), TestModels.unary("Neg", "y"));
        TestModels.writeTensor(tmp.resolve("c1/test_data_set_0/input_0.pb"), Tensor.ofDoubles(dev.tcc.ir.DType.F32, dev.tcc.ir.Shape.of(2, 3), new double[] {1, 2, 3, 4, 5, 6}));
        TestModels.writeTensor(tmp.resolve("c1/test_data_set_0/output_0.pb"), Tensor.ofDoubles(dev.tcc.ir.DType.F32, dev.tcc.ir.Shape.of(2, 3), new double[] {-1, -2, -3, -4, -5, -7}));
        assertThat(model).exists();
        Cli lenient = Cli.run("conformance", tmp.resolve("c1").toString());
        assertThat(lenient.status()).isZero();
        assertThat(lenient.out()).startsWith("FAIL c1: output 'y': 1/6 elements differ; first at 5: got -6.0, expected -7.0").endsWith("0 passed, 1 failed, 0 skipped\n");
        assertThat(Cli.run("conformance", tmp.resolve("c1").toString(), "--strict").status()).isEqualTo(Tcc.EXIT_ERROR);
        assertThat(Cli.run("conformance", tmp.resolve("c1").toString(), "--atol", "1.5").out()).startsWith("PASS c1\n");
    }
}
