package dev.tcc.runtime.exec;

import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.passes.lower.SampleGraphs;
import dev.tcc.passes.lower.Tuning;
import dev.tcc.passes.quant.QuantizedGraphs;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.opencl.TestDevices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every lowering template on the OpenCL device (PoCL in CI) against the reference interpreter, on seeded
 * random shapes and inputs ({@link SampleGraphs}); float results within rtol 1e-3, atol 1e-5. Convolutions
 * are also run with each algorithm forced.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplatesOnDeviceTest {
    Device device;

    /** The device under test; other back-ends' twins override it. */
    Device openDevice() { return TestDevices.open(); }

    @BeforeAll void open() { device = openDevice(); }

    @AfterAll void close() { if (device != null) device.close(); }

    static Stream<SampleGraphs.Case> cases() {
        return Stream.of(11L, 12L).flatMap(seed -> SampleGraphs.all(seed).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheReferenceInterpreter(SampleGraphs.Case c) {
        KernelProgram p = Lowering.lower(c.graph(), device.profile());
        List<Tensor> got = Executor.run(p, device, c.inputs());
        List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
        assertClose(c.name(), got, want);
    }

    /** Split-K across workgroups: partial sums in a scratch buffer, added by a second kernel that runs the fused epilogue. */
    @org.junit.jupiter.api.Test
    void splitKAcrossWorkgroupsMatchesTheReferenceInterpreter() {
        for (SampleGraphs.Case c : List.of(SampleGraphs.tokensFeedForward(768, 96), SampleGraphs.tokensFeedForward(1000, 72))) {
            List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
            for (Tuning t : SampleGraphs.splitKGroups()) {
                KernelProgram p = Lowering.lower(c.graph(), device.profile(), t);
                assertThat(p.launches().stream().filter(l -> l.tuning().containsKey("split_k_groups"))).as(c.name()).hasSize(2);
                assertClose(c.name() + " with " + t.matmul().tiles(), Executor.run(p, device, c.inputs()), want);
            }
        }
    }

    /** Work-items' blocks spread over the tile in runs (Tuning.Tiles.run), on matmuls and implicit-GEMM convolutions. */
    @org.junit.jupiter.api.Test
    void spreadBlocksMatchTheReferenceInterpreter() {
        List<SampleGraphs.Case> cases = new java.util.ArrayList<>(SampleGraphs.convs(43, 3));
        cases.add(SampleGraphs.tokensFeedForward(200, 40));
        cases.addAll(SampleGraphs.aligned());
        for (SampleGraphs.Case c : cases) {
            List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
            for (Tuning t : SampleGraphs.spreadBlocks()) {
                KernelProgram p = Lowering.lower(c.graph(), device.profile(), t);
                assertThat(p.launches().stream().filter(l -> l.tuning().containsKey("run"))).as(c.name()).isNotEmpty();
                assertClose(c.name() + " with " + t.matmul().tiles(), Executor.run(p, device, c.inputs()), want);
            }
        }
    }

    static Stream<SampleGraphs.Case> quantised() { return QuantizedGraphs.all(15).stream(); }

    /** Matmuls, convolutions and gathers reading int8 and packed int4 weights, dequantised in the kernels. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("quantised")
    void dequantisingProloguesMatchTheReferenceInterpreter(SampleGraphs.Case c) {
        matchesTheReferenceInterpreter(c);
    }

    static Stream<SampleGraphs.Case> convs() { return SampleGraphs.convs(41, 10).stream(); }

    /** Direct and implicit-GEMM convolution, forced through the tuning, on random 1-D and 2-D convs. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("convs")
    void bothConvAlgorithmsMatchTheReferenceInterpreter(SampleGraphs.Case c) {
        List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
        for (Tuning.ConvAlgorithm a : List.of(Tuning.ConvAlgorithm.DIRECT, Tuning.ConvAlgorithm.IMPLICIT_GEMM)) {
            KernelProgram p = Lowering.lower(c.graph(), device.profile(), Tuning.DEFAULT.withConv(Tuning.Conv.forced(a)));
            assertClose(c.name() + " " + a, Executor.run(p, device, c.inputs()), want);
        }
    }

    /** Every point of the pointwise space (chunks, convolution runs) on elementwise chains, element formulas and direct convolutions. */
    @org.junit.jupiter.api.Test
    void everyPointwisePointMatchesTheReferenceInterpreter() {
        for (SampleGraphs.Case c : SampleGraphs.pointwiseCases(13, 3)) {
            List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
            for (Tuning.Pointwise pw : Tuning.Pointwise.space()) {
                KernelProgram p = Lowering.lower(c.graph(), device.profile(), SampleGraphs.directWith(pw));
                assertClose(c.name() + " with " + pw, Executor.run(p, device, c.inputs()), want);
            }
        }
    }

    /** Every point of the row space (group widths, thresholds, elements per work-item) on reductions, softmax and norms. */
    @org.junit.jupiter.api.Test
    void everyRowsPointMatchesTheReferenceInterpreter() {
        Tuning d = Tuning.DEFAULT;
        for (SampleGraphs.Case c : SampleGraphs.all(14)) {
            if (!c.template().equals("row")) continue;
            List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
            for (Tuning.Rows r : Tuning.Rows.space()) {
                KernelProgram p = Lowering.lower(c.graph(), device.profile(), new Tuning(d.pointwise(), d.matmul(), d.conv(), r, d.rnn(), d.attention()));
                assertClose(c.name() + " with " + r, Executor.run(p, device, c.inputs()), want);
            }
        }
    }

    static void assertClose(String what, List<Tensor> got, List<Tensor> want) {
        assertThat(got).as(what + ": outputs").hasSameSizeAs(want);
        for (int o = 0; o < got.size(); o++) {
            Tensor a = got.get(o), e = want.get(o);
            assertThat(a.type()).as(what + ": type of output " + o).isEqualTo(e.type());
            for (int i = 0; i < a.size(); i++) {
                double x = a.getDouble(i), y = e.getDouble(i);
                if (Double.isNaN(x) && Double.isNaN(y) || x == y) continue;
                if (!(Math.abs(x - y) <= 1e-5 + 1e-3 * Math.abs(y))) fail(what + ": output " + o + " element " + i + " is " + x + ", expected " + y);
            }
        }
    }
}
