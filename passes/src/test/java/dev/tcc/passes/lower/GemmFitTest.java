package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.program.Profile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@link TiledGemm#fit} shrinks a tiling with {@link Tuning.Tiles#minGroups} for products of few rows. */
class GemmFitTest {
    private static final Profile GPU = new Profile("gpu", true, false, 1024, 48 * 1024, 1L << 30);
    private static final Tuning.Tiles LARGE = Tuning.GPU_DEVICE.matmul().tiles();

    private static Tuning.Tiles fit(Tuning.Tiles t, long m, long n, long k) {
        return TiledGemm.fit(t, new TiledGemm.Dims(m, n, k, 1, DType.F32), GPU, 4);
    }

    @Test
    void aLargeProductKeepsTheLargeTile() {
        Tuning.Tiles f = fit(LARGE, 4096, 4096, 4096);
        assertThat(new int[] {f.bm(), f.bn(), f.bk(), f.tm(), f.tn(), f.gk()}).containsExactly(128, 128, 16, 8, 8, 1);
    }

    @Test
    void aProductOfSeventySevenRowsSplitsKBeforeItsTilesShrink() {
        // CLIP's feed-forward products on 77 tokens: K split 8 ways, tiles that still reuse what they load (down is the
        // tiling `tcc tune` chose on an H100's OpenCL and Vulkan)
        Tuning.Tiles up = fit(LARGE, 77, 3072, 768), down = fit(LARGE, 77, 768, 3072);
        assertThat(new int[] {up.bm(), up.bn(), up.tm(), up.tn(), up.gk()}).containsExactly(64, 128, 4, 8, 8);
        assertThat(new int[] {down.bm(), down.bn(), down.tm(), down.tn(), down.gk()}).containsExactly(32, 64, 2, 4, 8);
        for (Tuning.Tiles t : new Tuning.Tiles[] {up, down}) {
            long n = t == up ? 3072 : 768;
            assertThat((77 + t.bm() - 1) / t.bm() * (n / t.bn()) * t.gk()).isGreaterThanOrEqualTo(LARGE.minGroups());
        }
    }

    @Test
    void withoutSplitsAProductOfSeventySevenRowsShrinksToAtLeastTheLeastNumberOfWorkgroups() {
        Tuning.Tiles unsplit = LARGE.withSplits(1), up = fit(unsplit, 77, 3072, 768), down = fit(unsplit, 77, 768, 3072);
        assertThat(new int[] {up.bm(), up.bn(), up.tm(), up.tn(), up.gk()}).containsExactly(32, 32, 2, 2, 1);
        assertThat(new int[] {down.bm(), down.bn(), down.tm(), down.tn(), down.gk()}).containsExactly(16, 16, 1, 1, 1);
    }

    @Test
    void aProductOfManyTilesKeepsKWhole() {
        // 2048² in 128 x 128 tiles is 256 workgroups already: no scratch of partial sums
        assertThat(fit(LARGE, 2048, 2048, 2048).gk()).isEqualTo(1);
        // 1024² has 64 tiles: 4 splits make 256 workgroups
        Tuning.Tiles mid = fit(LARGE, 1024, 1024, 1024);
        assertThat(1024 / mid.bm() * (1024 / mid.bn()) * mid.gk()).isGreaterThanOrEqualTo(256);
    }

    @Test
    void withoutALeastNumberTheTileOnlyFitsTheMatrix() {
        Tuning.Tiles f = fit(Tuning.MatMul.GPU_TILES.get(1), 77, 768, 3072);
        assertThat(new int[] {f.bm(), f.bn(), f.tm(), f.tn()}).containsExactly(128, 128, 8, 8);
    }
}
