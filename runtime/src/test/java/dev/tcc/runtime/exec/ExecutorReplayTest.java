package dev.tcc.runtime.exec;

import dev.tcc.frontend.onnx.Compare;
import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.lower.SampleGraphs;
import dev.tcc.passes.lower.Tuning;
import dev.tcc.passes.lower.TuningSpace;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.opencl.TestDevices;
import dev.tcc.runtime.vulkan.VulkanTestDevices;
import dev.tcc.runtime.webgpu.TestWgslDevice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A loaded program replays launches bound once: on every target, runs with new inputs compute the reference
 * interpreter's results each time, launches time on the device, and a candidate lowering that needs the same buffers
 * is switched to in place ({@link Executor#relaunch}) while one that needs other buffers is refused.
 */
class ExecutorReplayTest {

    /** {@code x[24,32] . w[32,16]}: one tiled matmul kernel at the default parameters. */
    private static Graph model() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 24, 32));
        Value w = b.constant("w", SampleGraphs.random(DType.F32, Shape.of(32, 16), new Random(5)), "w");
        return b.build("g", List.of(b.add1("mm", new Linalg.MatMul(), x, w)), List.of("y"), true);
    }

    private static Device open(String target) {
        return switch (target) {
            case "opencl" -> TestDevices.open();
            case "vulkan" -> VulkanTestDevices.open();
            default -> TestWgslDevice.shared();
        };
    }

    private static void assertMatches(List<Tensor> got, Graph g, Map<String, Tensor> in) {
        var cmp = Compare.compare(got.getFirst(), Interpreter.run(g, in).getFirst(), 1e-3, 1e-5);
        assertThat(cmp.ok()).as(String.valueOf(cmp.reason())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"opencl", "vulkan", "webgpu"})
    void replaysWithNewInputsAndSwitchesToACandidateInPlace(String target) {
        Graph g = model();
        Device d = open(target);
        try {
            PassRunner runner = PassRunner.defaults();
            KernelProgram p = runner.lower(g, d.profile(), Tuning.DEFAULT).program();
            try (Executor e = Executor.load(p, d)) {
                for (int seed = 1; seed <= 3; seed++) {
                    Map<String, Tensor> in = Map.of("x", SampleGraphs.random(DType.F32, Shape.of(24, 32), new Random(seed)));
                    assertMatches(e.run(in), g, in);
                }
                long[] times = e.timeLaunches();
                assertThat(times).hasSize(p.kernelCount());
                assertThat(java.util.Arrays.stream(times).min().orElseThrow()).isPositive();
                Tuning tile8 = TuningSpace.with(Tuning.DEFAULT, Map.of("matmul", new Tuning.MatMul(new Tuning.Tiles(8, 8, 8, 1, 1, 0, true, true), Tuning.MatMul.SKINNY, 4, 8)));
                KernelProgram candidate = runner.lower(g, d.profile(), tile8).program();
                assertThat(candidate.launches().getFirst().tuning()).containsEntry("tile", "8x8x8");
                assertThat(e.relaunch(candidate)).isTrue();
                Map<String, Tensor> in = Map.of("x", SampleGraphs.random(DType.F32, Shape.of(24, 32), new Random(9)));
                assertMatches(e.run(in), g, in);
                assertThat(e.program()).isSameAs(candidate);
                KernelProgram other = runner.lower(negated(), d.profile(), Tuning.DEFAULT).program();
                assertThat(e.relaunch(other)).as("another model's buffers").isFalse();
                assertThat(e.program()).isSameAs(candidate);
            }
        } finally {
            if (!target.equals("webgpu")) d.close();
        }
    }

    private static Graph negated() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 24, 32));
        return b.build("h", List.of(b.add1("neg", new dev.tcc.ir.Elementwise.Unary(dev.tcc.ir.Elementwise.UnaryFn.NEG), x)), List.of("y"), true);
    }
}
