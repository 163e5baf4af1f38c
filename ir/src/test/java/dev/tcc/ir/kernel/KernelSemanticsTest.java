package dev.tcc.ir.kernel;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.interp.KernelInterpreter;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static dev.tcc.ir.kernel.Exprs.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Scalar semantics from {@link Kernel}'s documentation, checked through one-work-item kernels. */
class KernelSemanticsTest {

    /** Evaluates {@code f(x)} for an f32 input {@code x} and returns the f32 result. */
    private static float f32Of(float x, Function<Expr, Expr> f) {
        Kernel k = Kernel.build("probe", kb -> {
            var in = kb.input("in", DType.F32);
            var out = kb.output("out", DType.F32);
            kb.grid(Grid.of(1, 1));
            kb.body(b -> b.store(out, i32(0), f.apply(load(in, 0))));
        });
        float[] out = new float[1];
        KernelInterpreter.run(k, new float[] {x}, out);
        return out[0];
    }

    /** Evaluates {@code f(x, y)} over values of {@code type} held in long arrays of that type's host form. */
    private static long intOf(DType type, long x, long y, java.util.function.BiFunction<Expr, Expr, Expr> f) {
        Kernel k = Kernel.build("probe", kb -> {
            var in = kb.input("in", type);
            var out = kb.output("out", type);
            kb.grid(Grid.of(1, 1));
            kb.body(b -> b.store(out, i32(0), f.apply(load(in, 0), load(in, 1))));
        });
        Object in = HostArrays.allocate(type, 2);
        HostArrays.setLong(type, in, 0, x);
        HostArrays.setLong(type, in, 1, y);
        Object out = HostArrays.allocate(type, 1);
        KernelInterpreter.run(k, in, out);
        return HostArrays.getLong(type, out, 0);
    }

    @Test
    void integerArithmeticWraps() {
        assertThat(intOf(DType.I32, Integer.MAX_VALUE, 1, Exprs::add)).isEqualTo(Integer.MIN_VALUE);
        assertThat(intOf(DType.U32, 0, 1, Exprs::sub)).isEqualTo(0xFFFFFFFFL);
        assertThat(intOf(DType.I64, Long.MAX_VALUE, 2, Exprs::mul)).isEqualTo(-2L);
        assertThat(intOf(DType.U64, -1L, 2, Exprs::div)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void divisionTruncatesAndRemainderFollowsDividend() {
        assertThat(intOf(DType.I32, -7, 2, Exprs::div)).isEqualTo(-3);
        assertThat(intOf(DType.I32, -7, 2, Exprs::rem)).isEqualTo(-1);
        assertThat(intOf(DType.I32, 7, 0, Exprs::div)).as("unspecified; the interpreter gives 0").isZero();
    }

    @Test
    void shiftCountsAreMaskedAndRightShiftFollowsSignedness() {
        assertThat(intOf(DType.I32, 1, 33, Exprs::shl)).isEqualTo(2);
        assertThat(intOf(DType.I32, -16, 2, Exprs::shr)).isEqualTo(-4);
        assertThat(intOf(DType.U32, 0xFFFFFFF0L, 2, Exprs::shr)).isEqualTo(0x3FFFFFFCL);
        assertThat(intOf(DType.U64, -1L, 60, Exprs::shr)).isEqualTo(15);
    }

    @Test
    void unsignedComparisonAndMinMax() {
        assertThat(intOf(DType.U32, 0xFFFFFFFFL, 1, Exprs::max)).isEqualTo(0xFFFFFFFFL);
        assertThat(intOf(DType.U64, -1L, 1, Exprs::min)).isEqualTo(1);
        assertThat(intOf(DType.I64, -1L, 1, Exprs::min)).isEqualTo(-1);
    }

    @Test
    void floatMinMaxIgnoreASingleNaN() {
        assertThat(f32Of(Float.NaN, x -> min(x, f32(3)))).isEqualTo(3f);
        assertThat(f32Of(Float.NaN, x -> max(f32(3), x))).isEqualTo(3f);
        assertThat(f32Of(Float.NaN, x -> select(lt(x, f32(0)), f32(1), f32(2)))).isEqualTo(2f);
        assertThat(f32Of(Float.NaN, x -> select(ne(x, x), f32(1), f32(2)))).isEqualTo(1f);
    }

    @Test
    void floatToIntSaturatesAndNanIsZero() {
        assertThat(f32Of(Float.NaN, x -> cast(DType.F32, cast(DType.I32, x)))).isZero();
        assertThat(f32Of(-3.9f, x -> cast(DType.F32, cast(DType.I32, x)))).isEqualTo(-3f);
        assertThat(f32Of(-5f, x -> cast(DType.F32, cast(DType.U32, x)))).isZero();
        assertThat(f32Of(1e20f, x -> cast(DType.F32, cast(DType.I32, x)))).isEqualTo((float) Integer.MAX_VALUE);
        assertThat(f32Of(Float.NaN, x -> select(cast(DType.BOOL, x), f32(1), f32(0)))).isEqualTo(1f);
    }

    @Test
    void f32ArithmeticRoundsEachStep() {
        assertThat(f32Of(1f, x -> add(x, f32(1e-8)))).isEqualTo(1f);
        assertThat(f32Of(0.1f, x -> mul(x, f32(3)))).isEqualTo(0.1f * 3f);
        assertThat(f32Of(2.5f, x -> call(MathFn.RINT, x))).isEqualTo(2f);
        assertThat(f32Of(-2.5f, x -> call(MathFn.TRUNC, x))).isEqualTo(-2f);
    }

    @Test
    void erfMatchesKnownValues() {
        // erf(0.5), erf(1), erf(2), erf(3) to 16 digits (Abramowitz & Stegun table 7.1)
        double[][] known = {{0.5, 0.5204998778130465}, {1, 0.8427007929497149}, {2, 0.9953222650189527}, {3, 0.9999779095030014}};
        for (double[] kv : known) {
            assertThat((double) f32Of((float) kv[0], Exprs::erf)).isCloseTo(kv[1], within(1e-7));
            assertThat((double) f32Of((float) -kv[0], Exprs::erf)).isCloseTo(-kv[1], within(1e-7));
        }
    }
}
