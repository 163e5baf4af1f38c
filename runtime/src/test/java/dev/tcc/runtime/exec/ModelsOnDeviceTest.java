package dev.tcc.runtime.exec;

import dev.tcc.frontend.onnx.Compare;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.opencl.TestDevices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real models from the shared folder ({@code -Dtcc.shared}): the small ones run on the OpenCL device and
 * match ONNX Runtime's outputs; the transformer encoders compile to fewer than half as many kernels as they
 * have ONNX nodes. (All twelve models run with {@link OpenClSmoke}; that takes minutes on PoCL.)
 */
class ModelsOnDeviceTest {
    private static Device device;

    @BeforeAll static void open() { device = TestDevices.open(); }

    @AfterAll static void close() { if (device != null) device.close(); }

    static Path model(String name) {
        String p = System.getProperty("tcc.shared");
        Path shared = p != null ? Path.of(p) : Path.of("../../shared");
        if (!Files.isDirectory(shared.resolve("models"))) shared = Path.of("../shared");
        Path dir = shared.resolve("models").resolve(name);
        assertThat(dir).as("model folder (the shared folder beside the checkout)").isDirectory();
        return dir;
    }

    private static Graph load(TestCase c) {
        return OnnxImporter.importModel(c.model(), c.dir(), c.dir().resolve("model.onnx").toString(), ImportOptions.forInputs(c.inputs()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mlp", "mlp_ts", "gru_classifier", "gru_classifier_ts"})
    void runsAndMatchesOnnxRuntime(String name) {
        TestCase c = TestCase.load(model(name));
        Graph g = load(c);
        KernelProgram p = Lowering.lower(g, device.profile());
        Map<String, Tensor> feed = new HashMap<>();
        g.inputs().forEach(v -> feed.put(v.name(), c.inputs().get(v.name())));
        List<Tensor> out = Executor.run(p, device, feed);
        for (int i = 0; i < out.size(); i++) {
            // atol 1e-5: float32 on the device against ONNX Runtime's float32, summed in another order (cli's Tolerance.UNLISTED_ON_DEVICE)
            Compare.Result r = Compare.compare(out.get(i), c.expected().get(i), 1e-3, 1e-5);
            assertThat(r.reason()).as(name + " output " + c.outputNames().get(i)).isNull();
        }
    }

    @Test
    void encodersFuseToLessThanHalfTheirNodes() {
        for (String name : List.of("distilbert", "distilbert_ts", "t5_encoder", "llama_tiny")) {
            TestCase c = TestCase.load(model(name));
            KernelProgram p = Lowering.lower(load(c));
            assertThat(p.kernelCount()).as(name + " kernels vs " + c.model().getGraph().getNodeCount() + " ONNX nodes")
                    .isLessThan(c.model().getGraph().getNodeCount() / 2);
        }
    }
}
