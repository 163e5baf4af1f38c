package dev.tcc.ir.interp;

import dev.tcc.ir.DType;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Movement.PadMode;
import dev.tcc.ir.Movement.ResizeMode;
import dev.tcc.ir.Movement.ScatterReduction;
import dev.tcc.ir.Op;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Semantics of movement ops where the ONNX conformance data is thin. Expected values are worked out by
 * hand from the ONNX operator definitions (resize ones were cross-checked with ONNX's reference evaluator).
 */
class MovementEvalTest {

    private static Tensor f32(double[] v, long... dims) { return Tensor.ofDoubles(DType.F32, Shape.of(dims), v.clone()); }

    private static Tensor i64(long[] v, long... dims) { return Tensor.ofLongs(DType.I64, Shape.of(dims), v.clone()); }

    private static double[] run(Op op, Tensor... args) { return Interpreter.eval(op, List.of(args)).get(0).toDoubles(); }

    private static final Tensor RANGE10 = f32(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 10);

    @Test
    void sliceWithNegativeSteps() {
        assertThat(run(new Movement.Slice(List.of(8L), List.of(1L), List.of(-3L)), RANGE10)).containsExactly(8, 5, 2);
        // an end of -1 runs to the front of the axis
        assertThat(run(new Movement.Slice(List.of(9L), List.of(-1L), List.of(-4L)), RANGE10)).containsExactly(9, 5, 1);
        assertThat(run(new Movement.Slice(List.of(3L), List.of(3L), List.of(1L)), RANGE10)).isEmpty();
    }

    @Test
    void padModes() {
        Tensor x = f32(new double[] {1, 2, 3}, 3);
        List<Long> pads = List.of(2L, 2L);
        assertThat(run(new Movement.Pad(pads, PadMode.REFLECT, 0), x)).containsExactly(3, 2, 1, 2, 3, 2, 1);
        assertThat(run(new Movement.Pad(pads, PadMode.EDGE, 0), x)).containsExactly(1, 1, 1, 2, 3, 3, 3);
        assertThat(run(new Movement.Pad(pads, PadMode.WRAP, 0), x)).containsExactly(2, 3, 1, 2, 3, 1, 2);
        // a negative pad crops
        assertThat(run(new Movement.Pad(List.of(-1L, 1L), PadMode.CONSTANT, 9), x)).containsExactly(2, 3, 9);
    }

    @Test
    void transposeTileExpand() {
        Tensor x = f32(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertThat(run(new Movement.Transpose(List.of(1, 0)), x)).containsExactly(1, 4, 2, 5, 3, 6);
        assertThat(run(new Movement.Tile(List.of(1L, 2L)), x)).containsExactly(1, 2, 3, 1, 2, 3, 4, 5, 6, 4, 5, 6);
        assertThat(run(new Movement.Expand(List.of(2L, 2L, 3L)), x)).containsExactly(1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void gathers() {
        Tensor x = f32(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertThat(run(new Movement.Gather(1), x, i64(new long[] {-1, 0}, 2))).containsExactly(3, 1, 6, 4);
        // GatherND with one batch dimension (ONNX's example 5)
        Tensor d = f32(new double[] {0, 1, 2, 3, 4, 5, 6, 7}, 2, 2, 2);
        assertThat(run(new Movement.GatherND(1), d, i64(new long[] {1, 0}, 2, 1))).containsExactly(2, 3, 4, 5);
        assertThat(run(new Movement.GatherElements(1), x, i64(new long[] {2, 2, 0, 1}, 2, 2))).containsExactly(3, 3, 4, 5);
    }

    @Test
    void scattersCombineDuplicatesInOrder() {
        Tensor x = f32(new double[] {1, 2, 3, 4}, 4);
        Tensor idx = i64(new long[] {1, 1}, 2, 1);
        Tensor upd = f32(new double[] {10, 20}, 2);
        assertThat(run(new Movement.ScatterND(ScatterReduction.ADD), x, idx, upd)).containsExactly(1, 32, 3, 4);
        assertThat(run(new Movement.ScatterND(ScatterReduction.NONE), x, idx, upd)).containsExactly(1, 20, 3, 4);
        Tensor ints = i64(new long[] {5, 5, 5}, 1, 3);
        Tensor out = Interpreter.eval(new Movement.ScatterElements(1, ScatterReduction.MAX), List.of(ints, i64(new long[] {0, -1}, 1, 2), i64(new long[] {7, 2}, 1, 2))).get(0);
        assertThat(out.longs()).containsExactly(7, 5, 5);
    }

    private static Movement.Resize resize(ResizeMode mode, String ctm, String nearest, boolean antialias, double extrapolation,
                                          long size, double scale, List<Double> roi) {
        return new Movement.Resize(mode, ctm, nearest, -0.75, false, extrapolation, antialias, List.of(size), List.of(scale), roi);
    }

    @Test
    void resizeOneAxis() {
        Tensor x4 = f32(new double[] {1, 2, 3, 4}, 4);
        assertThat(run(resize(ResizeMode.NEAREST, "asymmetric", "floor", false, 0, 8, 2, List.of()), x4)).containsExactly(1, 1, 2, 2, 3, 3, 4, 4);
        assertThat(run(resize(ResizeMode.LINEAR, "half_pixel", "", false, 0, 4, 2, List.of()), f32(new double[] {0, 10}, 2))).containsExactly(0, 2.5, 7.5, 10);
        // coordinates outside the crop box take the extrapolation value
        assertThat(run(resize(ResizeMode.LINEAR, "tf_crop_and_resize", "", false, 9, 3, 0.75, List.of(0.4, 1.2)), x4))
                .containsExactly(new double[] {2.2, 3.4, 9}, within(1e-6));
        Tensor x8 = f32(new double[] {0, 1, 2, 3, 4, 5, 6, 7}, 8);
        assertThat(run(resize(ResizeMode.LINEAR, "half_pixel", "", true, 0, 4, 0.5, List.of()), x8))
                .containsExactly(new double[] {0.625, 2.5, 4.5, 6.375}, within(1e-6));
        assertThat(run(resize(ResizeMode.CUBIC, "half_pixel", "", true, 0, 3, 3 / 8.0, List.of()), x8))
                .containsExactly(new double[] {0.7880583, 3.5, 6.2119417}, within(1e-5));
        Tensor x5 = f32(new double[] {1, 5, 2, 8, 3}, 5);
        assertThat(run(resize(ResizeMode.CUBIC, "align_corners", "", false, 0, 7, 7 / 5.0, List.of()), x5))
                .containsExactly(new double[] {1, 4.074074, 4.1666646, 2, 6.4999986, 7.092592, 3}, within(1e-5));
        Movement.Resize excl = new Movement.Resize(ResizeMode.CUBIC, "half_pixel", "", -0.75, true, 0, false, List.of(3L), List.of(3 / 5.0), List.of());
        assertThat(run(excl, x5)).containsExactly(new double[] {2.2833335, 2, 4.716667}, within(1e-5));
        assertThat(run(resize(ResizeMode.NEAREST, "half_pixel", "round_prefer_ceil", false, 0, 3, 3 / 5.0, List.of()), f32(new double[] {1, 2, 3, 4, 5}, 5)))
                .containsExactly(1, 3, 5);
    }

    @Test
    void resizeIsSeparable() {
        Tensor x = f32(new double[] {1, 2, 3, 4}, 2, 2);
        Movement.Resize r = new Movement.Resize(ResizeMode.LINEAR, "align_corners", "", -0.75, false, 0, false, List.of(3L, 3L), List.of(1.5, 1.5), List.of());
        assertThat(run(r, x)).containsExactly(1, 1.5, 2, 2, 2.5, 3, 3, 3.5, 4);
    }
}
