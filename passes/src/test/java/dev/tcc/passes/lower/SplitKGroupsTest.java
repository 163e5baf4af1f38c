package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;
import dev.tcc.ir.program.ProgramInterpreter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Split-K across workgroups ({@link Tuning.Tiles#gk}): partial sums of K ranges in a scratch buffer, added by a second
 * kernel that runs the fused epilogue; as many splits as reach 256 workgroups, none for a large product.
 */
class SplitKGroupsTest {
    private static final Profile GPU = new Profile("gpu", true, false, 1024, 48 * 1024, 1L << 30);

    private static Tuning.Tiles fit(Tuning.Tiles t, long m, long n, long k) {
        return TiledGemm.fit(t, new TiledGemm.Dims(m, n, k, 1, DType.F32), GPU, 4);
    }

    @Test
    void splitsOnlyAsFarAsItTakesToReachTheWorkgroupsAndNeverALargeProduct() {
        // CLIP's feed-forward down projection on 77 tokens: 2 x 12 tiles of 64 x 64, split 8 ways into 192 workgroups
        assertThat(fit(Tuning.MatMul.SPLIT_64, 77, 768, 3072).gk()).isEqualTo(8);
        // its up projection: 2 x 48 = 96 tiles; 4 splits reach 384 (2 would give 192)
        assertThat(fit(Tuning.MatMul.SPLIT_64, 77, 3072, 768).gk()).isEqualTo(4);
        assertThat(fit(Tuning.MatMul.SPLIT_64, 4096, 4096, 4096).gk()).isEqualTo(1);
        // no more splits than slabs of K: K = 32 is two slabs of 16
        assertThat(fit(Tuning.MatMul.SPLIT_64, 77, 64, 32).gk()).isEqualTo(2);
    }

    /**
     * With the GPU start's least number of workgroups (the tuner keeps it), a split tiling counts its splits before it
     * shrinks: 2 x 12 tiles of 64 x 64 split 8 ways are 192 workgroups, so the tile halves once (3 x 12 of 32 x 64, 2 x 4
     * a work-item, 288 workgroups) instead of shrinking to 16 x 16 of 1 x 1 split 2 ways.
     */
    @Test
    void splitsCountTowardTheLeastNumberOfWorkgroupsBeforeTilesShrink() {
        Tuning.Tiles down = fit(Tuning.MatMul.SPLIT_64.withMinGroups(256), 77, 768, 3072);
        assertThat(List.of(down.bm(), down.bn(), down.tm(), down.tn(), down.gk())).containsExactly(32, 64, 2, 4, 8);
        Tuning.Tiles up = fit(Tuning.MatMul.SPLIT_64.withMinGroups(256), 77, 3072, 768);
        assertThat(List.of(up.bm(), up.bn(), up.tm(), up.tn(), up.gk())).containsExactly(64, 64, 4, 4, 4);
        // without splits the same start shrinks as before
        Tuning.Tiles plain = fit(new Tuning.Tiles(64, 64, 16, 4, 4, 1, true, true).withMinGroups(256), 77, 768, 3072);
        assertThat(List.of(plain.bm(), plain.bn(), plain.tm(), plain.tn(), plain.gk())).containsExactly(16, 16, 1, 1, 1);
    }

    @Test
    void twoKernelsComputeTheFusedProductAsTheGraphDoes() {
        for (int[] kn : new int[][] {{768, 96}, {200, 40}, {1000, 72}}) { // K a multiple of the slab, or not; N of the tile, or not
            SampleGraphs.Case c = SampleGraphs.tokensFeedForward(kn[0], kn[1]);
            Graph g = c.graph();
            Map<String, Tensor> in = c.inputs();
            List<Tensor> want = Interpreter.run(g, in);
            for (Tuning tuning : SampleGraphs.splitKGroups()) {
                Tuning.Tiles t = tuning.matmul().tiles();
                KernelProgram p = Lowering.lower(g, GPU, tuning);
                List<KernelProgram.Launch> split = p.launches().stream().filter(l -> l.tuning().containsKey("split_k_groups")).toList();
                assertThat(split).as("K %d: the partial sums and the kernel that adds them", kn[0]).hasSize(2);
                assertThat(split.get(1).fused()).as("the epilogue runs in the second kernel").isNotEmpty();
                assertThat(split).allSatisfy(l -> assertThat(l.tuning()).containsKey("key")); // both timed as one kernel key by the tuner
                // the K ranges are summed apart and then added: another order of rounding than one running sum, so the
                // device templates' tolerance (a sum of 1000 products near zero after cancellation moved by 1.1e-5)
                Tensors.assertClose("K " + kn[0] + " N " + kn[1] + " with " + t, ProgramInterpreter.run(p, in), want, 1e-3, 1e-5);
            }
        }
    }

    /** Int8 and int4 weights (per column, per block of K) under the split tilings: block scales fold inside each K range. */
    @Test
    void quantisedWeightsSplitTheSame() {
        int split = 0;
        for (SampleGraphs.Case c : dev.tcc.passes.quant.QuantizedGraphs.all(15)) {
            List<Tensor> want = Interpreter.run(c.graph(), c.inputs());
            for (Tuning tuning : SampleGraphs.splitKGroups()) {
                KernelProgram p = Lowering.lower(c.graph(), GPU, tuning);
                split += (int) p.launches().stream().filter(l -> l.tuning().containsKey("split_k_groups")).count();
                Tensors.assertClose(c.name() + " with " + tuning.matmul().tiles(), ProgramInterpreter.run(p, c.inputs()), want, 1e-3, 1e-5);
            }
        }
        assertThat(split).as("launches of split products among the quantised cases").isPositive();
    }
}
