package dev.tcc.runtime;

import dev.tcc.ir.kernel.SampleKernels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import dev.tcc.runtime.opencl.TestDevices;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every sample kernel on the OpenCL device and in the interpreter, against expectations computed here; other
 * back-ends' twins override {@link #openDevice()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleKernelsOnDeviceTest {
    Device device;
    private final Random random = new Random(7);

    /** The device under test. */
    Device openDevice() { return TestDevices.open(); }

    /** How close f64 tanh and erf must be: exact on OpenCL; overridden where the target computes them in f32. */
    double f64MathTolerance() { return 1e-9; }

    @BeforeAll void open() { device = openDevice(); }

    @AfterAll void close() { if (device != null) device.close(); }

    private float[] floats(int n) {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) f[i] = random.nextFloat() * 4 - 2;
        return f;
    }

    @Test
    void broadcastingElementwise() {
        int rows = 37, cols = 61;
        float[] a = floats(rows * cols), b = floats(cols), c = floats(rows);
        KernelRunner.runBoth(device, SampleKernels.broadcastMulAddRelu(rows, cols, 64), new Object[] {a, b, c, new float[rows * cols]},
                (where, args) -> {
                    float[] out = (float[]) args[3];
                    for (int m = 0; m < rows; m++) {
                        for (int n = 0; n < cols; n++) {
                            float want = Math.max(a[m * cols + n] * b[n] + c[m], 0f);
                            assertThat(out[m * cols + n]).as("%s out[%d,%d]", where, m, n).isCloseTo(want, within(1e-6f));
                        }
                    }
                });
    }

    @Test
    void rowSumInWorkgroupMemoryWithBarriers() {
        int rows = 9, cols = 1000;
        float[] x = floats(rows * cols);
        KernelRunner.runBoth(device, SampleKernels.rowSum(rows, cols, 128), new Object[] {x, new float[rows]}, (where, args) -> {
            float[] out = (float[]) args[1];
            for (int r = 0; r < rows; r++) {
                double want = 0;
                for (int c = 0; c < cols; c++) want += x[r * cols + c];
                assertThat((double) out[r]).as("%s row %d", where, r).isCloseTo(want, within(1e-3));
            }
        });
    }

    @Test
    void tiledMatmulInWorkgroupMemory() {
        int m = 50, n = 37, k = 70;
        float[] a = floats(m * k), b = floats(k * n);
        KernelRunner.runBoth(device, SampleKernels.tiledMatmul(m, n, k, 16), new Object[] {a, b, new float[m * n]}, (where, args) -> {
            float[] c = (float[]) args[2];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double want = 0;
                    for (int p = 0; p < k; p++) want += (double) a[i * k + p] * b[p * n + j];
                    assertThat((double) c[i * n + j]).as("%s c[%d,%d]", where, i, j).isCloseTo(want, within(1e-4));
                }
            }
        });
    }

    @Test
    void halfStorage() {
        int n = 1000;
        short[] x = new short[n], y = new short[n];
        for (int i = 0; i < n; i++) {
            x[i] = Float.floatToFloat16(random.nextFloat() * 20 - 10);
            y[i] = Float.floatToFloat16(random.nextFloat() * 20 - 10);
        }
        KernelRunner.runBoth(device, SampleKernels.halfAxpy(n, 64), new Object[] {x, y, 0.75f, n}, (where, args) -> {
            short[] out = (short[]) args[1];
            for (int i = 0; i < n; i++) {
                float exact = 0.75f * Float.float16ToFloat(x[i]) + Float.float16ToFloat(y[i]);
                float halfUlp = Math.ulp(Float.float16ToFloat(Float.floatToFloat16(exact))) * 8192; // f16 ulp = 2^13 f32 ulps
                assertThat(Float.float16ToFloat(out[i])).as("%s y[%d]", where, i)
                        .isCloseTo(Float.float16ToFloat(Float.floatToFloat16(exact)), within(halfUlp));
            }
        });
    }

    @Test
    void integerKernel() {
        int n = 300;
        int[] a = new int[n], b = new int[n];
        byte[] p = new byte[n], q = new byte[n];
        for (int i = 0; i < n; i++) {
            a[i] = i < 4 ? new int[] {Integer.MAX_VALUE, -Integer.MAX_VALUE, 7, -7}[i] : random.nextInt();
            b[i] = random.nextInt(2001) - 1000;
            if (b[i] == 0) b[i] = 3;
            p[i] = (byte) random.nextInt();
            q[i] = (byte) random.nextInt();
        }
        Object[] args = {a, b, p, q, new byte[n], new int[n], new int[n], new long[n], new int[n]};
        KernelRunner.runBoth(device, SampleKernels.integerOps(n, 64), args, (where, out) -> {
            for (int i = 0; i < n; i++) {
                int x = a[i], y = b[i];
                assertThat(((byte[]) out[4])[i]).as("%s sum8[%d]", where, i).isEqualTo((byte) (p[i] + q[i]));
                assertThat(((int[]) out[5])[i]).as("%s mix[%d]", where, i).isEqualTo(((x / y) ^ (x << 3)) + ((x % y) - ((y >> 2) & 255)));
                assertThat(((int[]) out[6])[i]).as("%s ushr[%d]", where, i).isEqualTo(x >>> 28);
                assertThat(((long[]) out[7])[i]).as("%s wide[%d]", where, i).isEqualTo((long) x * y);
                assertThat(((int[]) out[8])[i]).as("%s sat[%d]", where, i).isEqualTo((int) ((float) x * 1e6f));
            }
        });
    }

    @Test
    void doublesBoolsAndU64() {
        int n = 200;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = i == 0 ? Double.NaN : random.nextDouble() * 8 - 4;
        KernelRunner.runBoth(device, SampleKernels.mixedTypes(n, 32), new Object[] {x, new byte[n], new double[n], new long[n], n},
                (where, out) -> {
                    for (int i = 0; i < n; i++) {
                        double v = x[i], s = v + 2 * v + 3 * v + 4 * v;
                        assertThat(((byte[]) out[1])[i]).as("%s flags[%d]", where, i).isEqualTo((byte) (Double.isNaN(v) || v < 0 ? 1 : 0));
                        if (i > 0) {
                            double want = (v < 0 ? -s : Math.sqrt(s)) + Math.tanh(v) + erf(v) - Math.min(Math.abs(v), 2);
                            double tolerance = where.equals("interpreter") ? 1e-9 : f64MathTolerance();
                            assertThat(((double[]) out[2])[i]).as("%s y[%d]", where, i).isCloseTo(want, within(tolerance));
                        }
                        long hash = i * 0x9E3779B97F4A7C15L;
                        assertThat(((long[]) out[3])[i]).as("%s h[%d]", where, i).isEqualTo(hash ^ (hash >>> 29));
                    }
                });
    }

    /** erf by Simpson's rule on 2/sqrt(pi) exp(-t^2), independent of the interpreter's series. */
    private static double erf(double x) {
        int steps = 4000;
        double h = x / steps, sum = 0;
        for (int i = 0; i <= steps; i++) {
            double w = i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2;
            sum += w * Math.exp(-(i * h) * (i * h));
        }
        return 2 / Math.sqrt(Math.PI) * sum * h / 3;
    }
}
