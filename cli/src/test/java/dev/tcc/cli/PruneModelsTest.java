package dev.tcc.cli;

import dev.tcc.cli.targets.DeviceTarget;
import dev.tcc.cli.targets.Target;
import dev.tcc.cli.targets.Targets;
import dev.tcc.compiler.Compiler;
import dev.tcc.compiler.accuracy.AccuracyReport;
import dev.tcc.frontend.onnx.Compare;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.prune.PruneSpec;
import dev.tcc.passes.prune.Pruning;
import dev.tcc.runtime.opencl.OpenClBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pruning of the real models (random weights, so the errors are those of pruning without fine-tuning): the
 * FLOPs and weight bytes saved by channel pruning, the sparsity of magnitude and 2:4 pruning, the error against
 * the unpruned model on its sample input (reference interpreter), and one pruned model run on OpenCL.
 */
class PruneModelsTest {
    private record Pruned(Graph before, Pruning.Result result, AccuracyReport report, Map<String, Tensor> inputs) {
        double bytes() { return (double) report.after().weightBytes() / report.before().weightBytes(); }

        double flops() { return (double) report.after().flops() / report.before().flops(); }
    }

    private static Pruned prune(String model, String spec) {
        Path dir = SharedData.models().resolve(model), file = dir.resolve("model.onnx");
        Map<String, Tensor> inputs = TestCase.load(dir).inputs();
        Compiler.Optimised opt = Compiler.optimise(OnnxImporter.readModel(file), file,
                Compiler.Options.DEFAULT.withImports(ImportOptions.forInputs(inputs)));
        Pruning.Result r = Pruning.prune(opt.optimised(), PruneSpec.parse(spec));
        return new Pruned(opt.optimised(), r, AccuracyReport.compare(opt.optimised(), r.graph(), inputs, 0, 0), inputs);
    }

    @Test
    void channelPruningOfMobileNetCutsFlopsAndWeightsByAQuarter() {
        Pruned p = prune("mobilenet_v3_small", "channels:0.3");
        assertThat(p.flops()).isLessThanOrEqualTo(0.75);
        assertThat(p.bytes()).isLessThanOrEqualTo(0.75);
        // the residual streams are pruned with their branches; the 10 class scores stay
        assertThat(p.result().details()).filteredOn(d -> d.startsWith("kept") && d.contains("residual")).isEmpty();
        assertThat(p.result().details()).filteredOn(d -> d.startsWith("kept") && d.contains("graph output of a single producer")).hasSize(1);

        Pruned inner = prune("mobilenet_v3_small", "channels:0.3:inner");
        assertThat(inner.flops()).isLessThanOrEqualTo(0.75);
        assertThat(inner.bytes()).isGreaterThan(p.bytes());
        // the residual streams' channels (10 producers) and the class scores stay
        assertThat(inner.result().details()).filteredOn(d -> d.startsWith("kept") && d.contains("residual")).hasSize(10);
        assertThat(inner.result().details()).filteredOn(d -> d.startsWith("kept") && d.contains("graph output")).hasSize(1);
    }

    /**
     * The residual width shrinks through the whole model, token embedding included, and the output keeps its shape
     * with zeros in the removed channels: with random weights, whose channels are all alike, that alone bounds the
     * cosine near sqrt(0.7) = 0.84. {@code :inner} keeps the width and the output, and loses far less.
     */
    @Test
    void channelPruningOfDistilBertShrinksTheWidthHeadsAndHiddenUnitsAndRunsOnOpenCl() {
        Pruned p = prune("distilbert", "channels:0.3");
        assertThat(p.flops()).isLessThanOrEqualTo(0.75);
        assertThat(p.bytes()).isLessThanOrEqualTo(0.75);
        assertThat(p.result().details()).anyMatch(d -> d.startsWith("pruned") && d.contains("node_embedding")
                && d.contains("graph output layer_norm_4 keeps its shape"));
        assertThat(p.report().worstCosine()).isBetween(0.75, 0.9);

        Pruned inner = prune("distilbert", "channels:0.3:inner");
        assertThat(inner.flops()).isLessThanOrEqualTo(0.75);
        // the residual width (the output's) stays, and the token embedding table is a quarter of the weights
        assertThat(inner.bytes()).isBetween(p.bytes(), 0.80);
        assertThat(inner.report().worstCosine()).isGreaterThan(0.99);

        assertRunsOnOpenCl(p);
    }

    /** Residual streams through RMS norms (T5, Llama) and a conv net's, pruned, run on OpenCL as on the interpreter. */
    @ParameterizedTest
    @ValueSource(strings = {"t5_encoder", "llama_tiny", "mobilenet_v3_small"})
    void prunedResidualStreamsRunOnOpenCl(String model) {
        Pruned p = prune(model, "channels:0.3");
        assertThat(p.bytes()).isLessThanOrEqualTo(0.75);
        assertRunsOnOpenCl(p);
    }

    /** Pruned distilbert (its residual output expanded back by a gather) on the other targets' devices, Vulkan and Dawn. */
    @ParameterizedTest
    @ValueSource(strings = {"vulkan", "webgpu"})
    void prunedDistilBertRunsOnVulkanAndWebGpu(String target) {
        assertRuns(prune("distilbert", "channels:0.3"), Targets.byName(target));
    }

    private static void assertRunsOnOpenCl(Pruned p) { assertRuns(p, new DeviceTarget(new OpenClBackend(), null)); }

    private static void assertRuns(Pruned p, Target target) {
        Tensor want = Interpreter.run(p.result().graph(), p.inputs()).getFirst();
        try (Target.Prepared device = target.prepare(p.result().graph(), PassRunner.defaults())) {
            Compare.Result c = Compare.compare(device.run(p.inputs()).getFirst(), want, 1e-3, 1e-4);
            assertThat(c.ok()).as(c.reason()).isTrue();
        }
    }

    @Test
    void magnitudeAndTwoOfFourReachHalfSparsityOnDistilBert() {
        for (String spec : new String[] {"magnitude:0.5", "2:4"}) {
            Pruned p = prune("distilbert", spec);
            assertThat(p.result().sparsity()).as(spec).isEqualTo(0.5);
            assertThat(p.bytes()).as(spec).isEqualTo(1.0);
            assertThat(p.report().worstCosine()).as(spec).isGreaterThan(0.99);
        }
    }
}
