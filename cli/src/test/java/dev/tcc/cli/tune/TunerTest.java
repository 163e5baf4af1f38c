package dev.tcc.cli.tune;

import dev.tcc.cli.exec.SampleInputs;
import dev.tcc.compiler.Compiler;
import dev.tcc.frontend.onnx.Compare;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.lower.KernelTunings;
import dev.tcc.passes.lower.Tuning;
import dev.tcc.passes.lower.TuningSpace;
import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Backends;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.Devices;
import dev.tcc.runtime.exec.Executor;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The autotuner on this machine's OpenCL device (PoCL in CI) on the example MLP, with a small search. */
class TunerTest {
    private static final Path MLP = Path.of("../examples/mlp");

    @Test
    void theChosenParametersComputeTheOnnxRuntimeOutputs() {
        Path file = MLP.resolve("model.onnx");
        ModelProto m = OnnxImporter.readModel(file);
        Map<String, Tensor> inputs = SampleInputs.forModel(file, m, Map.of());
        Compiler.Options o = Compiler.Options.DEFAULT.withImports(ImportOptions.forInputs(inputs));
        Graph g = Compiler.optimise(m, file, o).optimised();
        Backend cl = Backends.byName("opencl");
        DeviceInfo info = Devices.select(cl, null);
        try (Device d = cl.open(info)) {
            List<Tuner.KernelResult> results = new Tuner(g, o.runner(), cl.profile(info), d, inputs,
                    new Tuner.Options(Duration.ofSeconds(60), false, 2, 2)).tune((done, total, key) -> { });
            assertThat(results).hasSize(3).allSatisfy(r -> {
                assertThat(r.key().anchor()).isEqualTo("matmul");
                assertThat(r.bestMs()).isPositive().isLessThanOrEqualTo(r.defaultMs());
            });
            assertThat(results.stream().mapToInt(r -> r.tried() + r.skipped() + r.rejected()).sum()).as("candidates beyond the defaults").isGreaterThan(3);
            KernelTunings chosen = k -> results.stream().filter(r -> r.key().equals(k)).findFirst().orElseThrow().best();
            KernelProgram p = o.runner().lower(g, cl.profile(info), chosen).program();
            List<Tensor> got = Executor.run(p, d, inputs);
            TestCase expected = TestCase.load(MLP, m);
            var cmp = Compare.compare(got.getFirst(), expected.expected().getFirst(), 1e-3, 1e-5);
            assertThat(cmp.ok()).as(String.valueOf(cmp.reason())).isTrue();
        }
    }

    @Test
    void anEarlierKeysChoiceIsTriedRightAfterTheDefault() {
        List<Tuning> space = TuningSpace.candidates(TuningDbTest.MATMUL, Tuning.DEFAULT);
        Tuning last = space.getLast();
        // the winner of a conv key carries its own conv choice too; only the matmul component matters for a matmul key
        Tuning winner = last.withConv(Tuning.Conv.forced(Tuning.ConvAlgorithm.DIRECT));
        List<Tuning> ordered = Tuner.ordered(TuningDbTest.MATMUL, Tuning.DEFAULT, List.of(winner), false);
        assertThat(ordered).hasSameSizeAs(space).containsExactlyInAnyOrderElementsOf(space);
        assertThat(ordered.get(0)).isEqualTo(space.getFirst());
        assertThat(ordered.get(1)).isEqualTo(last);
        assertThat(Tuner.ordered(TuningDbTest.MATMUL, Tuning.DEFAULT, List.of(), false)).isEqualTo(space);
    }

    @Test
    void onAGpuTheGpuTilingsComeRightAfterTheDefault() {
        List<Tuning> space = TuningSpace.candidates(TuningDbTest.MATMUL, Tuning.GPU_DEFAULT);
        List<Tuning> ordered = Tuner.ordered(TuningDbTest.MATMUL, Tuning.GPU_DEFAULT, List.of(), true);
        // every candidate of the space, plus the GPU tilings built from the start (not drawn from the space: its
        // candidates carry DEFAULT's other parameters), so no longer the same size as the space
        assertThat(ordered).containsAll(space);
        assertThat(ordered.getFirst()).isEqualTo(Tuning.GPU_DEFAULT);
        // each GPU tiling as the start with only that tiling changed: the start's least number of workgroups and its
        // split-K GEMV tiling stay
        Tuning.MatMul start = Tuning.GPU_DEFAULT.matmul();
        // (the start's own tiling, 32 x 64 split across 8 workgroups, is one of them: it comes first, once)
        List<Tuning.Tiles> gpuTiles = Tuning.MatMul.GPU_TILES.stream().map(t -> t.withMinGroups(start.tiles().minGroups()))
                .filter(t -> !t.equals(start.tiles())).toList();
        assertThat(gpuTiles).hasSize(Tuning.MatMul.GPU_TILES.size() - 1);
        int gpu = gpuTiles.size();
        List<Tuning.MatMul> next = ordered.subList(1, 1 + gpu).stream().map(Tuning::matmul).toList();
        assertThat(next).extracting(Tuning.MatMul::tiles).isEqualTo(gpuTiles);
        assertThat(next).allSatisfy(m -> assertThat(m.skinny()).isEqualTo(start.skinny()));
        // then the GPU's batch-1 tilings, but the start's own (the split-K default) only once, first
        List<Tuning.Tiles> skinny = ordered.subList(1 + gpu, gpu + Tuning.MatMul.GPU_SKINNY.size()).stream().map(t -> t.matmul().skinny()).toList();
        assertThat(skinny).isEqualTo(Tuning.MatMul.GPU_SKINNY.subList(1, Tuning.MatMul.GPU_SKINNY.size()));
        assertThat(Tuning.MatMul.GPU_SKINNY.getFirst()).isEqualTo(start.skinny());
        assertThat(ordered).doesNotHaveDuplicates();
    }
}
