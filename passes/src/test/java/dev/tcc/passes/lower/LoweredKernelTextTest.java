package dev.tcc.passes.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tcc.frontend.text.KernelParser;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelPrinter;
import dev.tcc.ir.program.KernelProgram;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kernel that lowering makes for the sample graphs survives print, parse and print again. */
class LoweredKernelTextTest {

    static Stream<SampleGraphs.Case> cases() {
        return Stream.of(1L, 2L).flatMap(seed -> SampleGraphs.all(seed).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyLoweredKernelRoundTrips(SampleGraphs.Case c) {
        List<Kernel> kernels = Lowering.lower(c.graph()).launches().stream().map(KernelProgram.Launch::kernel).toList();
        assertThat(kernels).isNotEmpty();
        for (Kernel k : kernels) {
            String text = KernelPrinter.print(k);
            Kernel back = KernelParser.parse(text);
            assertThat(KernelPrinter.print(back)).as(c.name() + " / " + k.name()).isEqualTo(text);
            assertThat(back).as(c.name() + " / " + k.name()).isEqualTo(k);
        }
        String all = String.join("\n", kernels.stream().map(KernelPrinter::print).toList());
        assertThat(KernelParser.parseAll(all)).isEqualTo(kernels);
    }
}
