package dev.tcc.ir.interp;

import dev.tcc.ir.DType;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Linalg.PoolKind;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Window ops checked against definitions written independently of the interpreter's loops. */
class WindowEvalTest {
    private static final Random RNG = new Random(7);

    private static Tensor random(long... dims) {
        double[] d = new double[(int) Shape.of(dims).size()];
        for (int i = 0; i < d.length; i++) d[i] = RNG.nextGaussian();
        return Tensor.ofDoubles(DType.F64, Shape.of(dims), d);
    }

    private static Tensor f64(double[] v, long... dims) { return Tensor.ofDoubles(DType.F64, Shape.of(dims), v); }

    @Test
    void groupedDilatedStridedConvMatchesTheDefinition() {
        Tensor x = random(2, 4, 5, 6), w = random(6, 2, 3, 2), b = random(6);
        var op = new Linalg.Conv(List.of(2L, 1L), List.of(1L, 0L, 0L, 1L), List.of(1L, 2L), 2);
        Tensor y = Interpreter.eval(op, List.of(x, w, b)).get(0);
        // out = (in + pads - ((k-1)*d + 1)) / s + 1
        assertThat(y.shape()).isEqualTo(Shape.of(2, 6, 2, 5));
        for (int n = 0; n < 2; n++) for (int m = 0; m < 6; m++) for (int oh = 0; oh < 2; oh++) for (int ow = 0; ow < 5; ow++) {
            double want = b.getDouble(m);
            int g = m / 3;
            for (int c = 0; c < 2; c++) for (int kh = 0; kh < 3; kh++) for (int kw = 0; kw < 2; kw++) {
                int ih = oh * 2 - 1 + kh, iw = ow - 0 + kw * 2;
                if (ih < 0 || ih >= 5 || iw < 0 || iw >= 6) continue;
                want += x.getDouble(((n * 4 + g * 2 + c) * 5 + ih) * 6 + iw) * w.getDouble(((m * 2 + c) * 3 + kh) * 2 + kw);
            }
            assertThat(y.getDouble(((n * 6 + m) * 2 + oh) * 5 + ow)).isCloseTo(want, within(1e-12));
        }
    }

    /** Transposed convolution is the adjoint of convolution: {@code <conv(x), y> = <x, convT(y)>}. */
    @Test
    void convTransposeIsTheAdjointOfConv() {
        Tensor x = random(1, 3, 7, 6), w = random(4, 3, 3, 2);
        List<Long> strides = List.of(2L, 3L), pads = List.of(1L, 0L, 2L, 1L), dil = List.of(2L, 1L);
        Tensor y = Interpreter.eval(new Linalg.Conv(strides, pads, dil, 1), List.of(x, w)).get(0);
        Tensor dy = random(y.shape().dims());
        // choose output padding so that convT's output has x's spatial size
        long oh = (y.shape().dim(2) - 1) * 2 + (3 - 1) * 2 + 1 - 1 - 2, ow = (y.shape().dim(3) - 1) * 3 + (2 - 1) + 1 - 0 - 1;
        var ct = new Linalg.ConvTranspose(strides, pads, dil, 1, List.of(7 - oh, 6 - ow));
        Tensor dx = Interpreter.eval(ct, List.of(dy, w)).get(0);
        assertThat(dx.shape()).isEqualTo(x.shape());
        double lhs = 0, rhs = 0;
        for (int i = 0; i < y.size(); i++) lhs += y.getDouble(i) * dy.getDouble(i);
        for (int i = 0; i < x.size(); i++) rhs += x.getDouble(i) * dx.getDouble(i);
        assertThat(lhs).isCloseTo(rhs, within(1e-9));
    }

    private static double[] pool1d(PoolKind kind, boolean countPad, long padBegin, long padEnd, double... x) {
        var op = new Linalg.Pool(kind, List.of(2L), List.of(2L), List.of(padBegin, padEnd), List.of(1L), true, countPad, 2);
        return Interpreter.eval(op, List.of(f64(x, 1, 1, x.length))).get(0).toDoubles();
    }

    @Test
    void averagePoolDivisorsWithCeilModeAndPadding() {
        // windows [-1,0], [1,2], [3,4]: the first covers one pad
        assertThat(pool1d(PoolKind.AVG, true, 1, 0, 1, 2, 3, 4, 5)).containsExactly(0.5, 2.5, 4.5);
        assertThat(pool1d(PoolKind.AVG, false, 1, 0, 1, 2, 3, 4, 5)).containsExactly(1, 2.5, 4.5);
        // ceil mode adds window [4,5], which sticks out past the (zero) end padding: it never counts
        assertThat(pool1d(PoolKind.AVG, true, 0, 0, 1, 2, 3, 4, 5)).containsExactly(1.5, 3.5, 5);
        assertThat(pool1d(PoolKind.MAX, false, 0, 0, 1, -2, 3, 4, -5)).containsExactly(1, 4, -5);
        assertThat(pool1d(PoolKind.LP, false, 0, 0, 3, 4, 0, 0, 5)).containsExactly(5, 0, 5);
    }

    @Test
    void maxPoolIndicesAreFlatAndHonourStorageOrder() {
        // plane 0: [[1,5,6],[4,0,2]]; plane 1: the negation, whose maxima sit elsewhere
        double[] v = {1, 5, 6, 4, 0, 2, -1, -5, -6, -4, 0, -2};
        Tensor x = f64(v, 1, 2, 2, 3);
        List<Long> k = List.of(2L, 2L), s = List.of(1L, 1L), p = List.of(0L, 0L, 0L, 0L), d = List.of(1L, 1L);
        Tensor rowMajor = Interpreter.eval(new Linalg.MaxPoolIndices(k, s, p, d, false, false), List.of(x)).get(0);
        Tensor colMajor = Interpreter.eval(new Linalg.MaxPoolIndices(k, s, p, d, false, true), List.of(x)).get(0);
        assertThat(rowMajor.dtype()).isEqualTo(DType.I64);
        // plane 0: 5 at (0,1), 6 at (0,2); plane 1: 0 at (1,1) for both windows
        assertThat(rowMajor.toLongs()).containsExactly(1, 2, 6 + 4, 6 + 4);
        // column-major offset within a plane: h + w * H
        assertThat(colMajor.toLongs()).containsExactly(2, 4, 6 + 3, 6 + 3);
    }

    @Test
    void matmulBroadcastsBatchesAndPromotesVectors() {
        Tensor a = f64(new double[] {1, 2, 3, 4, 5, 6}, 2, 1, 3), v = f64(new double[] {1, 0, -1}, 3);
        Tensor y = Interpreter.eval(new Linalg.MatMul(), List.of(a, v)).get(0);
        assertThat(y.shape()).isEqualTo(Shape.of(2, 1));
        assertThat(y.toDoubles()).containsExactly(-2, -2);
        Tensor ints = Tensor.ofLongs(DType.I32, Shape.of(2, 2), new long[] {1, 2, 3, 4});
        assertThat(Interpreter.eval(new Linalg.MatMul(), List.of(ints, ints)).get(0).toLongs()).containsExactly(7, 10, 15, 22);
    }
}
