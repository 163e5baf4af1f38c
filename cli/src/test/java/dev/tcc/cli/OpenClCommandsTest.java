package dev.tcc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenCL side of the command line on this machine's OpenCL device (PoCL in CI): devices, compile to an
 * artefact, run the artefact, inspect --kernels, demo on the best target. No device is a failure, not a skip.
 */
class OpenClCommandsTest {
    @TempDir Path tmp;

    private static final Path MLP = Path.of("../examples/mlp");

    @Test
    void devicesListsAtLeastOneOpenClDevice() {
        Cli r = Cli.run("devices");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("platform").contains("features");
    }

    @Test
    void compiledArtefactRunsWithoutTheModelAndMatchesTheExpectedOutput() throws Exception {
        Path art = tmp.resolve("mlp-cl");
        Cli c = Cli.run("compile", MLP.resolve("model.onnx").toString(), "--target", "opencl", "-o", art.toString());
        assertThat(c.status()).as(c.err()).isZero();
        assertThat(c.out()).contains("3 kernels (from 5 ONNX nodes)");
        assertThat(art.resolve("manifest.json")).isRegularFile();
        assertThat(art.resolve("weights.bin")).isRegularFile();
        try (var s = Files.list(art.resolve("kernels"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".cl")).count()).isEqualTo(3);
        }
        Path outDir = tmp.resolve("out");
        Cli r = Cli.run("run", art.toString(), "--target", "opencl", "--input", "x=" + MLP.resolve("test_data_set_0/input_0.pb"),
                "--output-dir", outDir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 kernels").contains("linear_2");
        TestModels.assertDeviceOutputMatches(outDir.resolve("linear_2.pb"), MLP.resolve("test_data_set_0/output_0.pb"));
    }

    @Test
    void inspectListsTheKernels() {
        Cli r = Cli.run("inspect", MLP.resolve("model.onnx").toString(), "--kernels", "--target", "opencl");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 launches (the model has 5 ONNX nodes)").contains("matmul");
    }

    @Test
    void demoPicksTheOpenClTargetAndChecksTheResult() {
        Cli r = Cli.run("demo");
        assertThat(r.status()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("target  : opencl").contains("check   : OK");
    }

    @Test
    void runningAnArtefactWithTheWrongInputTypeIsAClearError() {
        Path art = tmp.resolve("mlp-cl");
        assertThat(Cli.run("compile", MLP.resolve("model.onnx").toString(), "-o", art.toString()).status()).isZero();
        Cli r = Cli.run("run", art.toString());
        assertThat(r.status()).isEqualTo(Tcc.EXIT_ERROR);
        assertThat(r.errLine()).contains("input 'x'").contains("is not given");
    }
}
