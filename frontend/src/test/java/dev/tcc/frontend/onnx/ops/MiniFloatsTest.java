package dev.tcc.frontend.onnx.ops;

import dev.tcc.ir.DType;
import dev.tcc.ir.MiniFloats;
import dev.tcc.ir.MiniFloats.E8M0Rounding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mini-float conversions against an independent oracle (nearest of all decoded bit patterns, ties to
 * the even pattern) and against the tables of ONNX's Cast specification.
 */
class MiniFloatsTest {

    /** Nearest finite value by exhaustive search; ties go to the pattern with an even last bit. */
    private static double oracle(DType t, double x) {
        int n = 1 << t.bits();
        int best = -1;
        double bestErr = Double.POSITIVE_INFINITY;
        for (int code = 0; code < n; code++) {
            double v = MiniFloats.decode(t, code);
            if (!Double.isFinite(v)) continue;
            double err = Math.abs(v - x);
            if (err < bestErr || (err == bestErr && (code & 1) == 0)) {
                best = code;
                bestErr = err;
            }
        }
        return MiniFloats.decode(t, best);
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"F8E4M3FN", "F8E4M3FNUZ", "F8E5M2", "F8E5M2FNUZ", "F4E2M1"})
    void inRangeValuesRoundToNearestEven(DType t) {
        Random r = new Random(7);
        double max = MiniFloats.max(t);
        for (int i = 0; i < 20000; i++) {
            double x = (r.nextDouble() * 2 - 1) * max * Math.pow(2, -r.nextInt(20));
            assertThat(Math.abs(MiniFloats.round(t, x, true) - oracle(t, x))).as("%s of %s", t, x).isZero();
        }
        // exact midpoints between neighbours
        for (int code = 0; code < (1 << t.bits()) - 1; code++) {
            double a = MiniFloats.decode(t, code), b = MiniFloats.decode(t, code + 1);
            if (!Double.isFinite(a) || !Double.isFinite(b) || Math.signum(a) != Math.signum(b) && a != 0) continue;
            double mid = (a + b) / 2;
            assertThat(MiniFloats.round(t, mid, true)).as("%s midpoint %s", t, mid).isEqualTo(oracle(t, mid));
        }
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"F8E4M3FN", "F8E4M3FNUZ", "F8E5M2", "F8E5M2FNUZ", "F4E2M1", "F8E8M0"})
    void everyPatternRoundTrips(DType t) {
        for (int code = 0; code < (1 << t.bits()); code++) {
            double v = MiniFloats.decode(t, code);
            if (Double.isNaN(v)) continue;
            int back = MiniFloats.encode(t, v, false);
            assertThat(MiniFloats.decode(t, back)).as("%s pattern %s", t, code).isEqualTo(v);
        }
    }

    @Test
    void saturatingCastFollowsOnnxTable() {
        double inf = Double.POSITIVE_INFINITY;
        assertThat(MiniFloats.round(DType.F8E4M3FN, inf, true)).isEqualTo(448);
        assertThat(MiniFloats.round(DType.F8E4M3FN, -inf, true)).isEqualTo(-448);
        assertThat(MiniFloats.round(DType.F8E4M3FNUZ, 1e6, true)).isEqualTo(240);
        assertThat(MiniFloats.round(DType.F8E5M2, inf, true)).isEqualTo(57344);
        assertThat(MiniFloats.round(DType.F8E5M2FNUZ, -1e9, true)).isEqualTo(-57344);
        assertThat(MiniFloats.round(DType.F8E4M3FN, Double.NaN, true)).isNaN();
        // fnuz formats have no negative zero
        assertThat(Double.doubleToRawLongBits(MiniFloats.round(DType.F8E4M3FNUZ, -0.0, true))).isZero();
        assertThat(MiniFloats.encode(DType.F8E5M2FNUZ, -0.0, true)).isZero();
        assertThat(MiniFloats.encode(DType.F8E4M3FN, -0.0, true)).isEqualTo(0x80);
    }

    @Test
    void nonSaturatingCastFollowsOnnxTable() {
        double inf = Double.POSITIVE_INFINITY;
        assertThat(MiniFloats.round(DType.F8E4M3FN, inf, false)).isNaN();
        assertThat(MiniFloats.round(DType.F8E4M3FNUZ, -inf, false)).isNaN();
        assertThat(MiniFloats.round(DType.F8E5M2, -inf, false)).isEqualTo(-inf);
        assertThat(MiniFloats.round(DType.F8E5M2FNUZ, inf, false)).isNaN();
        // [x] > FLT_MAX is judged after rounding: 464 rounds to 448 in e4m3fn (tie to even), 465 overflows
        assertThat(MiniFloats.round(DType.F8E4M3FN, 464, false)).isEqualTo(448);
        assertThat(MiniFloats.round(DType.F8E4M3FN, 465, false)).isNaN();
        assertThat(MiniFloats.round(DType.F8E5M2, 61439, false)).isEqualTo(57344);
        assertThat(MiniFloats.round(DType.F8E5M2, 61440, false)).isEqualTo(inf);
        // f4e2m1 has neither: it saturates whatever the flag
        assertThat(MiniFloats.round(DType.F4E2M1, 100, false)).isEqualTo(6);
        assertThat(MiniFloats.round(DType.F4E2M1, -inf, false)).isEqualTo(-6);
    }

    @Test
    void e8m0RoundingModes() {
        assertThat(MiniFloats.toE8M0(1.5, true, E8M0Rounding.UP)).isEqualTo(2);
        assertThat(MiniFloats.toE8M0(1.0000001, true, E8M0Rounding.UP)).isEqualTo(2);
        assertThat(MiniFloats.toE8M0(1.75, true, E8M0Rounding.DOWN)).isEqualTo(1);
        assertThat(MiniFloats.toE8M0(1.25, true, E8M0Rounding.NEAREST)).isEqualTo(1);
        assertThat(MiniFloats.toE8M0(1.5, true, E8M0Rounding.NEAREST)).isEqualTo(2);
        assertThat(MiniFloats.toE8M0(0.75, true, E8M0Rounding.UP)).isEqualTo(1);
        assertThat(MiniFloats.toE8M0(Math.scalb(1.5, 127), true, E8M0Rounding.UP)).isEqualTo(Math.scalb(1.0, 127));
        assertThat(MiniFloats.toE8M0(Math.scalb(1.5, 127), false, E8M0Rounding.UP)).isNaN();
        assertThat(MiniFloats.toE8M0(Double.POSITIVE_INFINITY, true, E8M0Rounding.UP)).isNaN();
        assertThat(MiniFloats.encode(DType.F8E8M0, 1.0, true)).isEqualTo(127);
        assertThat(MiniFloats.encode(DType.F8E8M0, Math.scalb(1.0, -127), true)).isZero();
    }
}
