package dev.tcc.passes.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tcc.ir.Tensor;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelPrinter;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;
import dev.tcc.ir.program.ProgramInterpreter;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.passes.lower.SampleGraphs;
import dev.tcc.passes.lower.Tuning;

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
        return new SimplifyKernels().apply(p);
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

    /** A pass remembers what it simplified: a program lowered again (as tcc tune does per candidate) gets the same kernels back. */
    @Test
    void aKernelSeenBeforeIsNotSimplifiedAgain() {
        SampleGraphs.Case c = SampleGraphs.all(1).getFirst();
        SimplifyKernels pass = new SimplifyKernels();
        KernelProgram first = pass.apply(Lowering.lower(c.graph())), again = pass.apply(Lowering.lower(c.graph()));
        assertThat(again.launches()).hasSameSizeAs(first.launches());
        for (int i = 0; i < first.launches().size(); i++) assertThat(again.launches().get(i).kernel()).isSameAs(first.launches().get(i).kernel());
        assertThat(again.launches()).isEqualTo(simplified(Lowering.lower(c.graph())).launches());
    }

    /** Other points of the tuning space give other tile and workgroup sizes, so other ranges to reason about. */
    @Test
    void acrossTheTuningSpace() {
        for (SampleGraphs.Case c : SampleGraphs.all(4)) {
            for (int i : new int[] {0, 4, 8}) {
                Tuning t = new Tuning(Tuning.Pointwise.space().get(i % 3), Tuning.MatMul.space().get(i), Tuning.Conv.space().get(i % 7),
                        Tuning.Rows.space().get(i), Tuning.Rnn.space().get(i % 3), Tuning.Attention.space().get(i % Tuning.Attention.space().size()));
                KernelProgram p = Lowering.lower(c.graph(), Profile.GENERIC, t);
                KernelProgram s = simplified(p);
                for (KernelProgram.Launch l : s.launches()) assertThat(KernelChecks.leftovers(l.kernel())).isEmpty();
                assertThat(ProgramInterpreter.run(s, c.inputs())).as(c.name() + " with " + t).isEqualTo(ProgramInterpreter.run(p, c.inputs()));
            }
        }
    }

    /** Prints how much shorter the sample kernels get (lines of text and tree nodes), for the record. */
    @Test
    void reportSizes() {
        int[] before = new int[5];
        int[] after = new int[5];
        int kernels = 0;
        for (SampleGraphs.Case c : SampleGraphs.all(1)) {
            for (KernelProgram.Launch l : Lowering.lower(c.graph()).launches()) {
                kernels++;
                measure(l.kernel(), before);
                measure(KernelSimplifier.simplify(l.kernel()), after);
            }
        }
        System.out.printf("simplified %d kernels: lines %d -> %d, nodes %d -> %d, id reads %d -> %d, loops %d -> %d, locals %d -> %d%n",
                kernels, before[0], after[0], before[1], after[1], before[2], after[2], before[3], after[3], before[4], after[4]);
        assertThat(after[1]).isLessThan(before[1]);
        assertThat(after[2]).isLessThan(before[2]);
    }

    /** Lines of text, tree nodes, reads of ids, loops and locals. */
    private static void measure(Kernel k, int[] into) {
        into[0] += KernelPrinter.print(k).split("\n").length;
        into[1] += Trees.size(k.body());
        Trees.forEachExpr(k.body(), e -> into[2] += e instanceof dev.tcc.ir.kernel.Expr.Builtin ? 1 : 0);
        Trees.forEachStmt(k.body(), s -> {
            into[3] += s instanceof dev.tcc.ir.kernel.Stmt.For ? 1 : 0;
            into[4] += s instanceof dev.tcc.ir.kernel.Stmt.Declare ? 1 : 0;
        });
    }
}
