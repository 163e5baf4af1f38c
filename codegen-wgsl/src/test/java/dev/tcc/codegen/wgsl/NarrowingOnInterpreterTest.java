package dev.tcc.codegen.wgsl;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.interp.KernelInterpreter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-render rules change no result: every kernel of the numeric jobs that uses 64-bit integers or
 * a rewritten construct runs on the kernel interpreter as written and after {@link WgslRules} and
 * {@link Int64Narrowing} (i64 buffers handed over as i32, as the host packs them), and the outputs agree
 * exactly.
 */
class NarrowingOnInterpreterTest {

    static Stream<NumericExport.Job> jobs() {
        return Stream.of(1L, 2L, 3L).flatMap(seed -> NumericExport.jobs(seed).stream())
                .filter(j -> j.kernel().typesUsed().stream().anyMatch(Int64Narrowing::wide));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobs")
    void narrowedKernelComputesTheSame(NumericExport.Job job) {
        Kernel original = job.kernel();
        Kernel narrowed;
        try {
            narrowed = Int64Narrowing.apply(WgslRules.apply(original)).kernel();
        } catch (WgslException refused) {
            return; // refused kernels are the golden files' business
        }
        List<Object> want = job.args().stream().map(NumericExport::copy).toList();
        KernelInterpreter.run(original, want.toArray());
        List<Object> got = new ArrayList<>();
        for (Object a : job.args()) got.add(a instanceof long[] l ? toInts(l) : NumericExport.copy(a));
        KernelInterpreter.run(narrowed, got.toArray());
        for (int i = 0; i < want.size(); i++) {
            Object w = want.get(i), g = got.get(i);
            if (w instanceof long[] l) assertThat((int[]) g).as("%s argument %d", job.name(), i).containsExactly(toInts(l));
            else if (!(w instanceof Number)) assertThat(g).as("%s argument %d", job.name(), i).isEqualTo(w);
        }
        assertThat(narrowed.typesUsed()).doesNotContain(DType.I64, DType.U64);
    }

    private static int[] toInts(long[] l) {
        int[] out = new int[l.length];
        for (int i = 0; i < l.length; i++) out[i] = Math.toIntExact(l[i]);
        return out;
    }
}
