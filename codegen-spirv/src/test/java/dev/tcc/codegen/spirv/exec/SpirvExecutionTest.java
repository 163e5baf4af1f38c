package dev.tcc.codegen.spirv.exec;

import dev.tcc.codegen.spirv.SpirvRenderer;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.HostArrays;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.SampleKernels;
import dev.tcc.ir.kernel.interp.KernelInterpreter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each sample kernel's SPIR-V on {@link SpirvInterpreter} and compares every buffer with what {@link
 * KernelInterpreter} computes from the same inputs: integers and bools exactly, floats within {@link #TOLERANCE}
 * (f64 transcendental functions and erf go through f32 on SPIR-V). This checks the lowering's meaning before any
 * Vulkan device runs it.
 */
class SpirvExecutionTest {
    private static final double TOLERANCE = 2e-6;
    private final Random random = new Random(42);

    @Test
    void broadcastMulAddRelu() {
        int rows = 7, cols = 13;
        compare(SampleKernels.broadcastMulAddRelu(rows, cols, 32),
                floats(rows * cols), floats(cols), floats(rows), new float[rows * cols]);
    }

    @Test
    void rowSumWithBarriers() {
        int rows = 5, cols = 301;
        compare(SampleKernels.rowSum(rows, cols, 64), floats(rows * cols), new float[rows]);
    }

    @Test
    void tiledMatmulWithRaggedEdges() {
        int m = 19, n = 23, k = 29;
        compare(SampleKernels.tiledMatmul(m, n, k, 8), floats(m * k), floats(k * n), new float[m * n]);
    }

    @Test
    void halfAxpy() {
        int n = 50;
        short[] x = new short[n], y = new short[n];
        for (int i = 0; i < n; i++) {
            x[i] = Float.floatToFloat16(i * 0.37f - 9);
            y[i] = Float.floatToFloat16(i * 0.11f);
        }
        compare(SampleKernels.halfAxpy(n, 16), x, y, 1.5f, n);
    }

    @Test
    void integerOps() {
        int n = 6;
        int[] a = {7, -7, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456, -1};
        int[] b = {2, 2, -3, -1, -5, 1 << 30};
        byte[] p = {100, -100, 127, -128, 1, 0};
        byte[] q = {100, -100, 1, -1, -1, 0};
        compare(SampleKernels.integerOps(n, 4), a, b, p, q, new byte[n], new int[n], new int[n], new long[n], new int[n]);
    }

    @Test
    void mixedTypes() {
        int n = 40;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = (random.nextDouble() - 0.5) * 6;
        x[3] = Double.NaN;
        x[4] = -0.0;
        compare(SampleKernels.mixedTypes(n, 32), x, new byte[n], new double[n], new long[n], n);
    }

    /** Runs both interpreters on copies of {@code args} and compares every buffer afterwards. */
    private static void compare(Kernel kernel, Object... args) {
        Object[] expected = copy(args);
        Object[] actual = copy(args);
        KernelInterpreter.run(kernel, expected);
        var renderer = new SpirvRenderer();
        SpirvInterpreter.run(renderer.render(kernel), renderer.layout(kernel), kernel.grid(), actual);
        List<BufferParam> buffers = kernel.buffers();
        for (int i = 0, b = 0; i < args.length; i++) {
            if (!args[i].getClass().isArray()) continue;
            DType t = buffers.get(b++).elementType();
            double[] want = HostArrays.toDoubles(t, expected[i]);
            double[] got = HostArrays.toDoubles(t, actual[i]);
            for (int e = 0; e < want.length; e++) {
                String where = kernel.name() + " argument " + i + " element " + e;
                if (t.isFloat()) {
                    if (Double.isNaN(want[e])) assertThat(got[e]).as(where).isNaN();
                    else assertThat(Math.abs(got[e] - want[e])).as(where + ": %s vs %s", got[e], want[e])
                            .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(want[e])));
                } else {
                    assertThat(got[e]).as(where).isEqualTo(want[e]);
                }
            }
        }
    }

    private static Object[] copy(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            out[i] = switch (a) {
                case float[] f -> f.clone();
                case double[] d -> d.clone();
                case int[] n -> n.clone();
                case long[] l -> l.clone();
                case short[] s -> s.clone();
                case byte[] b -> b.clone();
                default -> a;
            };
        }
        return out;
    }

    private float[] floats(int n) {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) f[i] = random.nextFloat() * 2 - 1;
        return f;
    }
}
