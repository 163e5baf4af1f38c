package dev.tcc.passes.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tcc.ir.Tensor;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelPrinter;
import dev.tcc.passes.lower.KernelProgram;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.passes.lower.ProgramInterpreter;
import dev.tcc.passes.lower.SampleGraphs;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample graph's program, simplified kernel by kernel, gives bit-identical outputs on the kernel
 * interpreter, and no simplified kernel keeps an unread local or a loop of at most one trip.
 */
class SimplifiedProgramsTest {

    static Stream<SampleGraphs.Case> cases() {
        return Stream.of(1L, 2L).flatMap(seed -> SampleGraphs.all(seed).stream());
    }

    static KernelProgram simplified(KernelProgram p) {
        List<KernelProgram.Launch> launches = p.launches().stream().map(l -> new KernelProgram.Launch(
                KernelSimplifier.simplify(l.kernel()), l.args(), l.anchor(), l.fused(), l.tuning(), l.source())).toList();
        return new KernelProgram(p.name(), p.buffers(), p.inputs(), p.outputs(), launches, p.weights());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputsAreIdenticalAndNothingIsLeftToSimplify(SampleGraphs.Case c) {
        KernelProgram p = Lowering.lower(c.graph());
        KernelProgram s = simplified(p);
        for (KernelProgram.Launch l : s.launches()) {
            assertThat(KernelChecks.leftovers(l.kernel())).as(KernelPrinter.print(l.kernel())).isEmpty();
            assertThat(KernelSimplifier.simplify(l.kernel())).as("simplifying twice changes nothing").isEqualTo(l.kernel());
        }
        List<Tensor> want = ProgramInterpreter.run(p, c.inputs());
        List<Tensor> got = ProgramInterpreter.run(s, c.inputs());
        assertThat(got).as(c.name()).isEqualTo(want);
    }

    /** Prints how much shorter the sample kernels get (lines of text and tree nodes), for the record. */
    @Test
    void reportSizes() {
        int linesBefore = 0, linesAfter = 0, nodesBefore = 0, nodesAfter = 0, kernels = 0;
        for (SampleGraphs.Case c : SampleGraphs.all(1)) {
            for (KernelProgram.Launch l : Lowering.lower(c.graph()).launches()) {
                Kernel k = l.kernel();
                Kernel s = KernelSimplifier.simplify(k);
                kernels++;
                linesBefore += KernelPrinter.print(k).split("\n").length;
                linesAfter += KernelPrinter.print(s).split("\n").length;
                nodesBefore += Trees.size(k.body());
                nodesAfter += Trees.size(s.body());
            }
        }
        System.out.printf("simplified %d kernels: %d -> %d lines, %d -> %d nodes%n", kernels, linesBefore, linesAfter, nodesBefore, nodesAfter);
        assertThat(nodesAfter).isLessThan(nodesBefore);
    }
}
