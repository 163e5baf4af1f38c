package dev.tcc.runtime.exec;

import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.passes.lower.SampleGraphs;
import dev.tcc.passes.lower.Tuning;
import dev.tcc.runtime.webgpu.TestWgslDevice;
import dev.tcc.runtime.webgpu.WgslDevice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

/**
 * {@link TemplatesOnDeviceTest}'s cases on WebGPU (Dawn on lavapipe in CI): every lowering template, lowered
 * for the adapter's profile and rendered to WGSL, against the reference interpreter, with the same
 * tolerances; and no WGSL compiler warning on any of them.
 */
class TemplatesOnWebGpuTest {
    private final WgslDevice device = TestWgslDevice.shared();

    @AfterAll static void compiledWithoutWarnings() { TestWgslDevice.assertNoWarnings(); }

    static Stream<SampleGraphs.Case> cases() { return TemplatesOnDeviceTest.cases(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheReferenceInterpreter(SampleGraphs.Case c) {
        KernelProgram p = Lowering.lower(c.graph(), device.profile());
        List<Tensor> got = Executor.run(p, device, c.inputs());
        TemplatesOnDeviceTest.assertClose(c.name(), got, Interpreter.run(c.graph(), c.inputs()));
    }

    @org.junit.jupiter.api.Test
    void splitKAcrossWorkgroupsMatchesTheReferenceInterpreter() {
        matchesWithEach(SampleGraphs.tokensFeedForward(1000, 72), SampleGraphs.splitKGroups());
    }

    @org.junit.jupiter.api.Test
    void spreadBlocksMatchTheReferenceInterpreter() {
        matchesWithEach(SampleGraphs.tokensFeedForward(200, 40), SampleGraphs.spreadBlocks());
    }

    /** {@code c} lowered with each of {@code tunings} against the reference interpreter. */
    private void matchesWithEach(SampleGraphs.Case c, List<Tuning> tunings) {
        List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
        for (Tuning t : tunings) {
            KernelProgram p = Lowering.lower(c.graph(), device.profile(), t);
            TemplatesOnDeviceTest.assertClose(c.name() + " with " + t.matmul().tiles(), Executor.run(p, device, c.inputs()), want);
        }
    }

    static Stream<SampleGraphs.Case> quantised() { return TemplatesOnDeviceTest.quantised(); }

    /** Int8 and packed int4 weights: WGSL reads the bytes out of 32-bit words. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("quantised")
    void dequantisingProloguesMatchTheReferenceInterpreter(SampleGraphs.Case c) {
        matchesTheReferenceInterpreter(c);
    }

    static Stream<SampleGraphs.Case> convs() { return TemplatesOnDeviceTest.convs(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("convs")
    void bothConvAlgorithmsMatchTheReferenceInterpreter(SampleGraphs.Case c) {
        List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
        for (Tuning.ConvAlgorithm a : List.of(Tuning.ConvAlgorithm.DIRECT, Tuning.ConvAlgorithm.IMPLICIT_GEMM)) {
            KernelProgram p = Lowering.lower(c.graph(), device.profile(), Tuning.DEFAULT.withConv(Tuning.Conv.forced(a)));
            TemplatesOnDeviceTest.assertClose(c.name() + " " + a, Executor.run(p, device, c.inputs()), want);
        }
    }
}
