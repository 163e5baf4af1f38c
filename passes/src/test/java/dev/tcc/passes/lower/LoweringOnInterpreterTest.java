package dev.tcc.passes.lower;

import dev.tcc.ir.program.Profile;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.ProgramInterpreter;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every template, lowered and run on the kernel interpreter (no device), agrees with the reference
 * interpreter on seeded random shapes and inputs. Scratch buffers start poisoned, so a kernel reading what
 * no kernel wrote fails here.
 */
class LoweringOnInterpreterTest {

    static Stream<SampleGraphs.Case> cases() {
        return Stream.of(1L, 2L).flatMap(seed -> SampleGraphs.all(seed).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithTheReferenceInterpreter(SampleGraphs.Case c) {
        KernelProgram p = Lowering.lower(c.graph());
        List<Tensor> got = ProgramInterpreter.run(p, c.inputs());
        List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
        Tensors.assertClose(c.name(), got, want, 1e-4, 1e-5);
    }

    @org.junit.jupiter.api.Test
    void doublesOnADeviceWithoutThemAreRefusedWithAReason() {
        dev.tcc.ir.GraphBuilder b = new dev.tcc.ir.GraphBuilder();
        dev.tcc.ir.Value x = b.input("x", dev.tcc.ir.TensorType.of(dev.tcc.ir.DType.F64, 4));
        dev.tcc.ir.Value y = b.add1("neg", new dev.tcc.ir.Elementwise.Unary(dev.tcc.ir.Elementwise.UnaryFn.NEG), x);
        dev.tcc.ir.Graph g = b.build("g", List.of(y), List.of("y"), true);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lowering.lower(g, new Profile("no-fp64 gpu", false, false, 256, 32768, 1L << 30)))
                .isInstanceOf(LoweringException.class).hasMessageContaining("f64").hasMessageContaining("no-fp64 gpu");
    }

    @org.junit.jupiter.api.Test
    void recurrentStateFallsBackToGlobalMemoryOnSmallDevices() {
        Profile tiny = new Profile("tiny", false, false, 32, 16, 1L << 30);
        for (SampleGraphs.Case c : SampleGraphs.all(6)) {
            if (!c.template().equals("rnn")) continue;
            KernelProgram p = Lowering.lower(c.graph(), tiny);
            org.assertj.core.api.Assertions.assertThat(p.launches().getFirst().tuning()).containsEntry("state", "global");
            Tensors.assertClose(c.name(), ProgramInterpreter.run(p, c.inputs()), Interpreter.run(c.graph(), c.inputs()), 1e-4, 1e-5);
        }
    }

    @org.junit.jupiter.api.Test
    void everyPointOfTheTuningSpaceComputesTheSame() {
        List<SampleGraphs.Case> cases = SampleGraphs.all(4);
        for (SampleGraphs.Case c : cases) {
            if (!List.of("matmul_tiled", "matmul_skinny", "conv_large", "softmax_", "log_softmax_", "reduce_sum_square_group", "gru", "attention").stream().anyMatch(c.name()::startsWith)) continue;
            List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
            for (int i = 0; i < 9; i++) {
                Tuning t = new Tuning(Tuning.Pointwise.space().get(i % 3), Tuning.MatMul.space().get(i), Tuning.Conv.space().get(i % 7), Tuning.Rows.space().get(i),
                        Tuning.Rnn.space().get(i % 3), Tuning.Attention.space().get(i % Tuning.Attention.space().size()));
                KernelProgram p = Lowering.lower(c.graph(), Profile.GENERIC, t);
                Tensors.assertClose(c.name() + " with " + t, ProgramInterpreter.run(p, c.inputs()), want, 1e-4, 1e-5);
            }
        }
    }

    /**
     * Every GEMM tiling of the matmul and convolution spaces, on shapes that are no multiple of the tiles and on one that
     * is, within a generic device's limits and within a GPU's (1024 work-items, where split-K blocks keep their split).
     */
    @org.junit.jupiter.api.Test
    void everyGemmTilingComputesTheSame() {
        List<SampleGraphs.Case> cases = new java.util.ArrayList<>(SampleGraphs.aligned());
        for (long seed : new long[] {4, 5}) cases.addAll(SampleGraphs.all(seed));
        for (SampleGraphs.Case c : cases) {
            if (!List.of("matmul_tiled", "matmul_skinny", "conv_large", "matmul_aligned").contains(c.name())) continue;
            List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
            for (Profile device : List.of(Profile.GENERIC, GPU)) {
                for (Tuning.MatMul mm : Tuning.MatMul.space()) {
                    Tuning t = new Tuning(Tuning.DEFAULT.pointwise(), mm, Tuning.DEFAULT.conv(), Tuning.DEFAULT.rows(), Tuning.DEFAULT.rnn(), Tuning.DEFAULT.attention());
                    Tensors.assertClose(c.name() + " on " + device.name() + " with " + mm, ProgramInterpreter.run(Lowering.lower(c.graph(), device, t), c.inputs()),
                            want, 1e-4, 1e-5);
                }
                for (Tuning.Conv cv : Tuning.Conv.space()) {
                    KernelProgram p = Lowering.lower(c.graph(), device, Tuning.DEFAULT.withConv(cv));
                    Tensors.assertClose(c.name() + " on " + device.name() + " with " + cv, ProgramInterpreter.run(p, c.inputs()), want, 1e-4, 1e-5);
                }
            }
        }
    }

    /** A GPU's limits: 1024 work-items, 48 KiB of workgroup memory. */
    private static final Profile GPU = new Profile("gpu", true, false, 1024, 48 * 1024, 1L << 30);

    /** The GPU defaults, whose GEMM tiles shrink for small products, on every template's cases. */
    @org.junit.jupiter.api.Test
    void theGpuDefaultsComputeTheSame() {
        for (SampleGraphs.Case c : SampleGraphs.all(7)) {
            List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
            for (Tuning t : List.of(Tuning.GPU_DEFAULT, Tuning.GPU_DEVICE)) {
                KernelProgram p = Lowering.lower(c.graph(), GPU, t);
                Tensors.assertClose(c.name() + " with " + t, ProgramInterpreter.run(p, c.inputs()), want, 1e-4, 1e-5);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void everyPointOfThePointwiseSpaceComputesTheSame() {
        for (SampleGraphs.Case c : SampleGraphs.pointwiseCases(5, 8)) {
            List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
            for (Tuning.Pointwise p : Tuning.Pointwise.space()) {
                KernelProgram prog = Lowering.lower(c.graph(), Profile.GENERIC, SampleGraphs.directWith(p));
                Tensors.assertClose(c.name() + " with " + p, ProgramInterpreter.run(prog, c.inputs()), want, 1e-4, 1e-5);
            }
        }
    }
}
