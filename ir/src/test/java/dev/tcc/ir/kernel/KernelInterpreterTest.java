package dev.tcc.ir.kernel;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.interp.KernelInterpreter;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KernelInterpreterTest {
    private final Random random = new Random(42);

    private float[] randomFloats(int n) {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) f[i] = random.nextFloat() * 4 - 2;
        return f;
    }

    @Test
    void broadcastingElementwise() {
        int rows = 7, cols = 13;
        float[] a = randomFloats(rows * cols), b = randomFloats(cols), c = randomFloats(rows), out = new float[rows * cols];
        KernelInterpreter.run(SampleKernels.broadcastMulAddRelu(rows, cols, 32), a, b, c, out);
        for (int m = 0; m < rows; m++) {
            for (int n = 0; n < cols; n++) {
                float want = Math.max(a[m * cols + n] * b[n] + c[m], 0f);
                assertThat(out[m * cols + n]).as("out[%d,%d]", m, n).isEqualTo(want);
            }
        }
    }

    @Test
    void rowSumWithBarriers() {
        int rows = 5, cols = 301;
        float[] x = randomFloats(rows * cols), out = new float[rows];
        KernelInterpreter.run(SampleKernels.rowSum(rows, cols, 64), x, out);
        for (int r = 0; r < rows; r++) {
            double want = 0;
            for (int c = 0; c < cols; c++) want += x[r * cols + c];
            assertThat((double) out[r]).isCloseTo(want, within(1e-4));
        }
    }

    @Test
    void tiledMatmulWithRaggedEdges() {
        int m = 19, n = 23, k = 29;
        float[] a = randomFloats(m * k), b = randomFloats(k * n), c = new float[m * n];
        KernelInterpreter.run(SampleKernels.tiledMatmul(m, n, k, 8), a, b, c);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double want = 0;
                for (int p = 0; p < k; p++) want += (double) a[i * k + p] * b[p * n + j];
                assertThat((double) c[i * n + j]).isCloseTo(want, within(1e-4));
            }
        }
    }

    @Test
    void halfStorageRoundsToNearestEven() {
        int n = 50;
        short[] x = new short[n], y = new short[n];
        float[] yBefore = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = Float.floatToFloat16(i * 0.37f - 9);
            y[i] = Float.floatToFloat16(i * 0.11f);
            yBefore[i] = Float.float16ToFloat(y[i]);
        }
        KernelInterpreter.run(SampleKernels.halfAxpy(n, 16), x, y, 1.5f, n);
        for (int i = 0; i < n; i++) {
            float want = Float.float16ToFloat(Float.floatToFloat16(1.5f * Float.float16ToFloat(x[i]) + yBefore[i]));
            assertThat(Float.float16ToFloat(y[i])).isEqualTo(want);
        }
    }

    @Test
    void integerSemantics() {
        int n = 6;
        int[] a = {7, -7, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456, -1};
        int[] b = {2, 2, -3, -1, -5, 1 << 30};
        byte[] p = {100, -100, 127, -128, 1, 0};
        byte[] q = {100, -100, 1, -1, -1, 0};
        byte[] sum8 = new byte[n];
        int[] mix = new int[n], ushr = new int[n], sat = new int[n];
        long[] wide = new long[n];
        KernelInterpreter.run(SampleKernels.integerOps(n, 4), a, b, p, q, sum8, mix, ushr, wide, sat);
        for (int i = 0; i < n; i++) {
            int x = a[i], y = b[i];
            assertThat(sum8[i]).isEqualTo((byte) (p[i] + q[i]));
            assertThat(mix[i]).isEqualTo(((x / y) ^ (x << 3)) + ((x % y) - ((y >> 2) & 255)));
            assertThat(ushr[i]).isEqualTo(x >>> 28);
            assertThat(wide[i]).isEqualTo((long) x * y);
            assertThat(sat[i]).isEqualTo((int) ((float) x * 1e6f));
        }
        assertThat(sat[2]).isEqualTo(Integer.MAX_VALUE);
        assertThat(sat[3]).isEqualTo(Integer.MIN_VALUE);
    }
}
