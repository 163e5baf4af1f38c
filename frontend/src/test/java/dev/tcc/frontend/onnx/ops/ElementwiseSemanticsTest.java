package dev.tcc.frontend.onnx.ops;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.BitCast;
import dev.tcc.ir.Elementwise.Cast;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Op;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Interpreter semantics of elementwise ops where ONNX's test data is thin: integers, rounding, casts. */
class ElementwiseSemanticsTest {

    private static Tensor run(Op op, Tensor... args) { return Interpreter.eval(op, List.of(args)).get(0); }

    private static Tensor longs(DType t, long... v) { return Tensor.ofLongs(t, Shape.of(v.length), v.clone()); }

    private static Tensor doubles(DType t, double... v) { return Tensor.ofDoubles(t, Shape.of(v.length), v.clone()); }

    private static long[] bin(BinaryFn fn, DType t, long[] a, long[] b) {
        return run(new Binary(fn), longs(t, a), longs(t, b)).longs();
    }

    @Test
    void integerDivisionTruncatesAndModuloFollowsItsFlavour() {
        long[] a = {-7, 7, -7, 7}, b = {2, -2, -2, 2};
        assertThat(bin(BinaryFn.DIV, DType.I32, a, b)).containsExactly(-3, -3, 3, 3);
        assertThat(bin(BinaryFn.MOD, DType.I32, a, b)).containsExactly(1, -1, -1, 1);   // Python: sign of divisor
        assertThat(bin(BinaryFn.FMOD, DType.I32, a, b)).containsExactly(-1, 1, -1, 1);  // C: sign of dividend
    }

    @Test
    void floatModuloFollowsItsFlavour() {
        Tensor a = doubles(DType.F32, -7.5, 7.5), b = doubles(DType.F32, 2, -2);
        assertThat(run(new Binary(BinaryFn.MOD), a, b).doubles()).containsExactly(0.5, -0.5);
        assertThat(run(new Binary(BinaryFn.FMOD), a, b).doubles()).containsExactly(-1.5, 1.5);
    }

    @Test
    void integerArithmeticWraps() {
        assertThat(bin(BinaryFn.ADD, DType.I8, new long[] {127}, new long[] {1})).containsExactly(-128);
        assertThat(bin(BinaryFn.SUB, DType.U8, new long[] {0}, new long[] {1})).containsExactly(255);
        assertThat(bin(BinaryFn.MUL, DType.I32, new long[] {65536}, new long[] {65536})).containsExactly(0);
        assertThat(run(new Unary(UnaryFn.NEG), longs(DType.I16, -32768)).longs()).containsExactly(-32768);
        assertThat(run(new Unary(UnaryFn.BITWISE_NOT), longs(DType.U8, 0x0F)).longs()).containsExactly(0xF0);
    }

    @Test
    void u64IsUnsigned() {
        long max = -1L; // 2^64 - 1
        assertThat(bin(BinaryFn.DIV, DType.U64, new long[] {max}, new long[] {2})).containsExactly(Long.MAX_VALUE);
        assertThat(bin(BinaryFn.GT, DType.U64, new long[] {max}, new long[] {1})).containsExactly(1);
        assertThat(bin(BinaryFn.MAX, DType.U64, new long[] {max}, new long[] {1})).containsExactly(max);
        assertThat(bin(BinaryFn.SHR, DType.U64, new long[] {max}, new long[] {60})).containsExactly(15);
        assertThat(run(new Cast(DType.F64), longs(DType.U64, max)).doubles()).containsExactly(0x1p64);
    }

    @Test
    void shiftsBeyondTheWidthGiveZero() {
        assertThat(bin(BinaryFn.SHL, DType.U8, new long[] {1, 1, 255}, new long[] {7, 8, 1})).containsExactly(128, 0, 254);
        assertThat(bin(BinaryFn.SHR, DType.U32, new long[] {0xFFFFFFFFL}, new long[] {32})).containsExactly(0);
    }

    @Test
    void integerPowIsExact() {
        // 3^40 = 12157665459056928801 does not fit i64; wrapped (minus 2^64) it is -6289078614652622815
        assertThat(bin(BinaryFn.POW, DType.I64, new long[] {3, 2, -2}, new long[] {40, 62, 3}))
                .containsExactly(-6289078614652622815L, 1L << 62, -8);
        Tensor base = longs(DType.I32, 2, 3), exp = doubles(DType.F32, 0.5, 2);
        assertThat(run(new Binary(BinaryFn.POW), base, exp).longs()).containsExactly(1, 9); // truncates sqrt(2)
    }

    @Test
    void halfPrecisionRoundsEveryOp() {
        // 1 + 2^-11 is halfway between f16 neighbours 1 and 1 + 2^-10: ties to even gives 1
        Tensor one = doubles(DType.F16, 1), tiny = doubles(DType.F16, 0x1p-11);
        assertThat(run(new Binary(BinaryFn.ADD), one, tiny).doubles()).containsExactly(1.0);
        Tensor b = doubles(DType.BF16, 1), bt = doubles(DType.BF16, 0x1p-8);
        assertThat(run(new Binary(BinaryFn.ADD), b, bt).doubles()).containsExactly(1.0);
        // f64 keeps what f32 would lose
        assertThat(run(new Binary(BinaryFn.ADD), doubles(DType.F64, 1), doubles(DType.F64, 1e-12)).doubles()).containsExactly(1 + 1e-12);
        assertThat(run(new Binary(BinaryFn.ADD), doubles(DType.F32, 1), doubles(DType.F32, 1e-12)).doubles()).containsExactly(1.0);
    }

    @Test
    void castsTruncateWrapAndTestNonZero() {
        Tensor x = doubles(DType.F32, -2.7, 2.7, 300, Double.NaN, 0.0);
        assertThat(run(new Cast(DType.I32), x).longs()).containsExactly(-2, 2, 300, 0, 0);
        assertThat(run(new Cast(DType.U8), doubles(DType.F32, 300)).longs()).containsExactly(44);
        assertThat(run(new Cast(DType.BOOL), x).longs()).containsExactly(1, 1, 1, 1, 0);
        assertThat(run(new Cast(DType.I8), longs(DType.I16, 200)).longs()).containsExactly(-56);
        assertThat(run(new Cast(DType.F16), doubles(DType.F32, 70000)).doubles()).containsExactly(Double.POSITIVE_INFINITY);
        assertThat(run(new Cast(DType.F8E4M3FN, false), doubles(DType.F32, 1000)).doubles()[0]).isNaN();
        assertThat(run(new Cast(DType.F8E4M3FN, true), doubles(DType.F32, 1000)).doubles()).containsExactly(448.0);
    }

    @Test
    void bitcastKeepsBits() {
        assertThat(run(new BitCast(DType.I32), doubles(DType.F32, 1.0)).longs()).containsExactly(0x3F800000L);
        assertThat(run(new BitCast(DType.F32), longs(DType.I32, 0x40490FDB)).doubles()[0]).isEqualTo((double) (float) Math.PI);
        assertThat(run(new BitCast(DType.I8), longs(DType.U8, 255)).longs()).containsExactly(-1);
    }

    @Test
    void erfMatchesTabulatedValues() {
        Tensor x = doubles(DType.F64, 0, 0.5, 1, 2, -3, 6.5);
        assertThat(run(new Unary(UnaryFn.ERF), x).doubles())
                .containsExactly(new double[] {0, 0.5204998778130465, 0.8427007929497149, 0.9953222650189527, -0.9999779095030014, 1},
                        within(1e-15));
    }

    @Test
    void inverseHyperbolicsAreAccurateNearZero() {
        Tensor x = doubles(DType.F64, 1e-10, -1e-10);
        assertThat(run(new Unary(UnaryFn.ASINH), x).doubles()).containsExactly(new double[] {1e-10, -1e-10}, within(1e-24));
        assertThat(run(new Unary(UnaryFn.ATANH), x).doubles()).containsExactly(new double[] {1e-10, -1e-10}, within(1e-24));
        assertThat(run(new Unary(UnaryFn.ACOSH), doubles(DType.F64, 1, 1e200)).doubles())
                .containsExactly(new double[] {0, Math.log(2e200)}, within(1e-12));
    }

    @Test
    void comparisonsWithNaNAreFalse() {
        Tensor nan = doubles(DType.F32, Double.NaN), one = doubles(DType.F32, 1);
        for (BinaryFn fn : List.of(BinaryFn.EQ, BinaryFn.LT, BinaryFn.LE, BinaryFn.GT, BinaryFn.GE)) {
            assertThat(run(new Binary(fn), nan, one).longs()).as(fn.name()).containsExactly(0);
        }
        assertThat(run(new Binary(BinaryFn.MAX), nan, one).doubles()[0]).isNaN();
    }
}
