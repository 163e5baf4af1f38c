package dev.tcc.passes.lower;

import dev.tcc.ir.program.Profile;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.ProgramInterpreter;
import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both convolution algorithms, forced through {@link Tuning.Conv}, agree with the reference interpreter on
 * seeded random 1-D and 2-D convolutions (groups, depthwise, strides, dilations, asymmetric pads, bias,
 * epilogues), run on the kernel interpreter; and the default picks implicit GEMM only for large convs.
 */
class ConvAlgorithmsTest {

    /** Tiles smaller than most of the convs, with blocks of 2 x 2 per work-item and B read directly. */
    private static final Tuning.Tiles SMALL = new Tuning.Tiles(4, 8, 4, 2, 2, 1, true, false);

    static Stream<SampleGraphs.Case> cases() { return SampleGraphs.convs(31, 14).stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bothAlgorithmsAgreeWithTheReferenceInterpreter(SampleGraphs.Case c) {
        List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
        for (Tuning.ConvAlgorithm a : List.of(Tuning.ConvAlgorithm.DIRECT, Tuning.ConvAlgorithm.IMPLICIT_GEMM)) {
            for (Tuning.Tiles tile : a == Tuning.ConvAlgorithm.DIRECT ? List.of(Tuning.Conv.TILES) : List.of(SMALL, Tuning.Conv.TILES, Tuning.MatMul.TILES)) {
                Tuning t = Tuning.DEFAULT.withConv(new Tuning.Conv(a, tile, 64, 64));
                KernelProgram p = Lowering.lower(c.graph(), Profile.GENERIC, t);
                assertThat(p.launches()).as(c.name()).hasSize(1);
                assertThat(p.launches().getFirst().tuning().get("template")).as(c.name() + " " + a)
                        .isEqualTo(a == Tuning.ConvAlgorithm.DIRECT ? "conv_direct" : "conv_implicit_gemm");
                Tensors.assertClose(c.name() + " " + a + " tile " + tile, ProgramInterpreter.run(p, c.inputs()), want, 1e-4, 1e-5);
            }
        }
    }

    @Test
    void defaultTakesImplicitGemmForLargeConvsOnly() {
        assertThat(template(conv(16, 16, 3, 12, 1))).isEqualTo("conv_implicit_gemm"); // K = 144, N = 144
        assertThat(template(conv(32, 32, 3, 12, 32))).isEqualTo("conv_direct");        // depthwise: K = 9
        assertThat(template(conv(16, 16, 3, 6, 1))).isEqualTo("conv_direct");          // N = 36
        assertThat(template(conv(4, 16, 3, 12, 1))).isEqualTo("conv_direct");          // K = 36
    }

    private static String template(Graph g) {
        return Lowering.lower(g).launches().getFirst().tuning().get("template");
    }

    private static Graph conv(long cin, long cout, long k, long hw, long group) {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 1, cin, hw, hw));
        Value w = b.constant("w", SampleGraphs.random(DType.F32, dev.tcc.ir.Shape.of(cout, cin / group, k, k), new java.util.Random(1)), "w");
        long p = k / 2;
        Value y = b.add1("conv", new Linalg.Conv(List.of(1L, 1L), List.of(p, p, p, p), List.of(1L, 1L), group), x, w);
        return b.build("conv", List.of(y), List.of("y"), true);
    }
}
