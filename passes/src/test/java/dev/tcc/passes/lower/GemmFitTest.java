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
        assertThat(new int[] {f.bm(), f.bn(), f.bk(), f.tm(), f.tn()}).containsExactly(128, 128, 16, 8, 8);
    }

    @Test
    void aProductOfSeventySevenRowsShrinksToAtLeastTheLeastNumberOfWorkgroups() {
        // CLIP's feed-forward products on 77 tokens: the tilings an H100 ran fastest (32 x 32 and 16 x 16)
        Tuning.Tiles up = fit(LARGE, 77, 3072, 768), down = fit(LARGE, 77, 768, 3072);
        assertThat(new int[] {up.bm(), up.bn(), up.tm(), up.tn()}).containsExactly(32, 32, 2, 2);
        assertThat(new int[] {down.bm(), down.bn(), down.tm(), down.tn()}).containsExactly(16, 16, 1, 1);
        assertThat((77 + up.bm() - 1) / up.bm() * (3072 / up.bn())).isGreaterThanOrEqualTo(LARGE.minGroups());
    }

    @Test
    void withoutALeastNumberTheTileOnlyFitsTheMatrix() {
        Tuning.Tiles f = fit(Tuning.MatMul.GPU_TILES.get(1), 77, 768, 3072);
        assertThat(new int[] {f.bm(), f.bn(), f.tm(), f.tn()}).containsExactly(128, 128, 8, 8);
    }
}
