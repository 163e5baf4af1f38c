package dev.tcc.passes.lower;

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
}
