package dev.tcc.passes.lower;

import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.ir.kernel.KernelPrinter;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;
import dev.tcc.ir.program.ProgramInterpreter;
import dev.tcc.passes.quant.QuantizedGraphs;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Work-items whose block of C is spread over the tile in runs ({@link Tuning.Tiles#run}): every element of C is still
 * computed once and right, for matmuls, implicit-GEMM convolutions and dequantised weights, with tiles that divide the
 * product or not; and run 0 (or a run as long as the block) lowers exactly the contiguous blocks of before.
 */
class SpreadBlocksTest {
    private static final Profile GPU = new Profile("gpu", true, false, 1024, 48 * 1024, 1L << 30);

    @Test
    void spreadBlocksComputeWhatTheGraphDoes() {
        List<SampleGraphs.Case> cases = new ArrayList<>(SampleGraphs.all(21));
        cases.addAll(SampleGraphs.convs(22, 6));
        cases.addAll(QuantizedGraphs.all(23));
        cases.add(SampleGraphs.tokensFeedForward(200, 40));
        int spread = 0;
        for (SampleGraphs.Case c : cases) {
            List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
            for (Tuning tuning : SampleGraphs.spreadBlocks()) {
                KernelProgram p = Lowering.lower(c.graph(), GPU, tuning);
                spread += (int) p.launches().stream().filter(l -> l.tuning().containsKey("run")).count();
                Tensors.assertClose(c.name() + " with " + tuning.matmul().tiles(), ProgramInterpreter.run(p, c.inputs()), want, 1e-4, 1e-5);
            }
        }
        assertThat(spread).as("launches with spread blocks among the cases").isGreaterThan(cases.size());
    }

    /** The GPU default's tiling (8 x 8 blocks in runs of 4) where its blocks stay 8 x 8: a 64 x 128 x 64 product. */
    @Test
    void theGpuDefaultsSpreadBlocksComputeTheProduct() {
        Tuning tuning = Tuning.DEFAULT.withMatMul(new Tuning.MatMul(Tuning.MatMul.SPREAD_4, Tuning.MatMul.SKINNY, 4, 16));
        assertThat(Tuning.GPU_DEVICE.matmul().tiles().run()).isEqualTo(Tuning.MatMul.SPREAD_4.run());
        for (SampleGraphs.Case c : SampleGraphs.aligned()) {
            KernelProgram p = Lowering.lower(c.graph(), GPU, tuning);
            assertThat(p.launches()).anySatisfy(l -> assertThat(l.tuning()).containsEntry("block", "8x8").containsEntry("run", "4"));
            Tensors.assertClose(c.name(), ProgramInterpreter.run(p, c.inputs()), Interpreter.run(c.graph(), c.inputs()), 1e-4, 1e-5);
        }
    }

    @Test
    void aRunAsLongAsTheBlockIsTheContiguousBlock() {
        SampleGraphs.Case c = SampleGraphs.tokensFeedForward(200, 40);
        Tuning.Tiles contiguous = new Tuning.Tiles(32, 64, 16, 2, 4, 1, true, true);
        // the launch's tuning notes name the run; the kernels are the same
        assertThat(render(c, contiguous.withRun(4))).isEqualTo(render(c, contiguous));
        assertThat(render(c, contiguous.withRun(1))).isNotEqualTo(render(c, contiguous));
    }

    @Test
    void runIsZeroOrAPowerOfTwo() {
        assertThatThrownBy(() -> new Tuning.Tiles(32, 64, 16, 2, 4, 1, true, true).withRun(3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run must be 0 or a power of two, got 3");
    }

    private static String render(SampleGraphs.Case c, Tuning.Tiles t) {
        KernelProgram p = Lowering.lower(c.graph(), GPU, Tuning.DEFAULT.withMatMul(new Tuning.MatMul(t, Tuning.MatMul.SKINNY, 4, 16)));
        return p.launches().stream().map(l -> KernelPrinter.print(l.kernel())).reduce("", String::concat);
    }
}
