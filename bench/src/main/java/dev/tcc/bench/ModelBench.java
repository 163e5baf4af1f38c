package dev.tcc.bench;

import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.TestCase;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared real models ({@link BenchDevice#models}) on their stored inputs ({@code test_data_set_0}): one
 * inference per invocation, wall time, on tcc (OpenCL) and on ONNX Runtime ({@value OrtRun#THREADS} threads).
 */
public class ModelBench extends OrtPeerBench {
    @Param({"mlp", "mlp_ts", "gru_classifier", "gru_classifier_ts", "distilbert", "distilbert_ts", "t5_encoder", "t5_encoder_ts",
            "llama_tiny", "llama_tiny_ts", "mobilenet_v3_small", "mobilenet_v3_small_ts"})
    public String model;

    /** Models have no single work figure: the report shows times. */
    public static Workload work(String model) { return Workload.NONE; }

    @Setup
    public void setup() throws IOException {
        Path dir = BenchDevice.models().resolve(model);
        Path file = dir.resolve("model.onnx");
        TestCase c = TestCase.load(dir);
        compare(model, TccRun.compile(c.model(), file, ImportOptions.forInputs(c.inputs()), c.inputs(), device()), Files.readAllBytes(file), c.inputs());
    }
}
