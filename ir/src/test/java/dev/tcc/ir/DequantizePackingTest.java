package dev.tcc.ir;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a 4-bit element lies in its packed bytes: pairs along the blocked axis when grouped, else along the last. */
class DequantizePackingTest {

    @Test
    void blockedWeightsPairAlongTheBlockedAxis() {
        // y[5,3] in blocks of 2 along axis 0 (a matmul weight's K): rows 0-1, 2-3 and 4 share bytes, column by column
        Dequantize.Packing p = new Dequantize(4, 0, 2, DType.F32, List.of(5L, 3L)).packing();
        for (int j = 0; j < 5; j++) {
            for (int r = 0; r < 3; r++) {
                assertThat(p.byteOf(j * 3L + r)).as("row %d column %d", j, r).isEqualTo((j / 2) * 3L + r);
                assertThat(p.shiftOf(j * 3L + r)).isEqualTo(4 * (j % 2));
            }
        }
    }

    @Test
    void ungroupedWeightsPairAlongTheLastAxisAndRoundItUp() {
        // y[2,5] with one scale per row: each row's 5 elements take 3 bytes, the last one half used
        Dequantize.Packing p = new Dequantize(4, 0, 0, DType.F32, List.of(2L, 5L)).packing();
        for (int o = 0; o < 2; o++) {
            for (int j = 0; j < 5; j++) {
                assertThat(p.byteOf(o * 5L + j)).isEqualTo(o * 3L + j / 2);
                assertThat(p.shiftOf(o * 5L + j)).isEqualTo(4 * (j % 2));
            }
        }
        assertThat(new Dequantize(4, 0, 0, DType.F32, List.of(2L, 5L)).packedBytes()).isEqualTo(6);
    }
}
