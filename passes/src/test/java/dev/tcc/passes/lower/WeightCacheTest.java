package dev.tcc.passes.lower;

import dev.tcc.ir.Graph;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;
import dev.tcc.passes.fusion.Fusion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lowerings through one {@link WeightCache} share the weight bytes while the same tensors sit at the same offsets. */
class WeightCacheTest {
    private static final Profile GPU = new Profile("gpu", true, false, 1024, 48 * 1024, 1L << 30);

    private static KernelProgram lower(Graph g, Tuning t, WeightCache cache) {
        return Lowering.lower(g, Fusion.plan(g), GPU, KernelTunings.uniform(t), cache);
    }

    @Test
    void candidatesOfOneModelShareTheWeightsAndEachMatchesAFreshLowering() {
        Graph g = SampleGraphs.tokensFeedForward(768, 96).graph();
        WeightCache cache = new WeightCache();
        KernelProgram first = lower(g, Tuning.GPU_DEVICE, cache);
        // another tiling (as the tuner's candidates differ): other kernels, the same tensors at the same offsets
        KernelProgram other = lower(g, SampleGraphs.splitKGroups().getFirst(), cache);
        assertThat(other.launches()).isNotEqualTo(first.launches());
        assertThat(other.weights()).isSameAs(first.weights());
        assertThat(other.weights()).isEqualTo(Lowering.lower(g, GPU, SampleGraphs.splitKGroups().getFirst()).weights());
        assertThat(first.weights().length).isGreaterThanOrEqualTo(768 * 96 * 4);
    }

    @Test
    void anotherGraphGetsItsOwnWeights() {
        WeightCache cache = new WeightCache();
        Graph a = SampleGraphs.tokensFeedForward(768, 96).graph(), b = SampleGraphs.tokensFeedForward(200, 40).graph();
        KernelProgram pa = lower(a, Tuning.GPU_DEVICE, cache);
        KernelProgram pb = lower(b, Tuning.GPU_DEVICE, cache);
        assertThat(pb.weights()).isNotSameAs(pa.weights()).isEqualTo(Lowering.lower(b, GPU, Tuning.GPU_DEVICE).weights());
        // and back: the cache holds one model's weights, so a re-encodes, to the same bytes
        KernelProgram again = lower(a, Tuning.GPU_DEVICE, cache);
        assertThat(again.weights()).isNotSameAs(pa.weights()).isEqualTo(pa.weights());
    }
}
