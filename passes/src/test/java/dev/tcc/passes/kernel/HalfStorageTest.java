package dev.tcc.passes.kernel;

import dev.tcc.ir.DType;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.ProgramInterpreter;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.passes.lower.SampleGraphs;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kernel pass {@code store-f16} on every sample graph (each kernel template): the program keeps its f32
 * interface, halves its f32 weights, and on the kernel interpreter computes what {@link HalfStorage#reference}
 * computes on the graph interpreter (f16-rounded stored tensors, f32 arithmetic) — no farther from it than from the f32
 * graph.
 */
class HalfStorageTest {
    static Stream<SampleGraphs.Case> cases() { return SampleGraphs.all(3).stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void programComputesItsReferenceGraph(SampleGraphs.Case c) {
        KernelProgram p = Lowering.lower(c.graph());
        KernelProgram h = new HalfStorage().apply(p).verify();
        for (KernelProgram.Binding b : Stream.concat(p.inputs().stream(), p.outputs().stream()).toList()) {
            assertThat(h.buffer(b.buffer()).storage()).as(b.name()).isEqualTo(p.buffer(b.buffer()).storage());
        }
        long f32Weights = 0, f16Weights = 0;
        for (KernelProgram.Buffer b : p.buffers()) {
            if (b.role() != KernelProgram.Role.WEIGHT || b.storage() != DType.F32) continue;
            assertThat(h.buffer(b.name()).storage()).as(b.name()).isEqualTo(DType.F16);
            f32Weights += b.bytes();
            f16Weights += h.buffer(b.name()).bytes();
        }
        assertThat(f16Weights * 2).isEqualTo(f32Weights);

        List<Tensor> f32 = Interpreter.run(c.graph(), c.inputs());
        List<Tensor> want = Interpreter.run(HalfStorage.reference(c.graph()), c.inputs());
        List<Tensor> got = ProgramInterpreter.run(h, c.inputs());
        for (int o = 0; o < got.size(); o++) {
            if (!got.get(o).dtype().isFloat()) {
                assertThat(got.get(o)).as(c.name()).isEqualTo(want.get(o));
                continue;
            }
            double[] g = got.get(o).toDoubles(), w = want.get(o).toDoubles(), f = f32.get(o).toDoubles();
            double scale = 1, toReference = 0, toF32 = 0;
            for (int i = 0; i < g.length; i++) {
                scale = Math.max(scale, Math.abs(w[i]));
                toReference = Math.max(toReference, Math.abs(g[i] - w[i]));
                toF32 = Math.max(toF32, Math.abs(g[i] - f[i]));
            }
            // stored values that f32 sums in another order put on the other side of an f16 rounding step differ by
            // one f16 ulp (2^-11 relative), which later ops may carry a little further
            assertThat(toReference).as(c.name() + " output " + o + " against the f16-storage reference").isLessThanOrEqualTo(4 * 0x1p-11 * scale);
            // (tables lowering builds, such as resize's tap weights, are f16 weights too, which the reference graph leaves
            // f32; read-write buffers, such as scatter's, stay f32, which the reference graph rounds)
            if (toF32 > 0) assertThat(toReference).as(c.name() + ": no farther from the f16-storage reference than from f32").isLessThanOrEqualTo(toF32);
        }
    }
}
