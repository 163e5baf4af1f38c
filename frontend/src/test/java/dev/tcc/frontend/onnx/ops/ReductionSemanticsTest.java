package dev.tcc.frontend.onnx.ops;

import dev.tcc.ir.DType;
import dev.tcc.ir.Op;
import dev.tcc.ir.Reduction.ArgReduce;
import dev.tcc.ir.Reduction.Cumulative;
import dev.tcc.ir.Reduction.Reduce;
import dev.tcc.ir.Reduction.ReduceFn;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Interpreter semantics of reductions: identities of empty reductions, integer exactness, scans. */
class ReductionSemanticsTest {

    private static Tensor run(Op op, Tensor x) { return Interpreter.eval(op, List.of(x)).get(0); }

    @Test
    void emptyReductionsGiveTheIdentity() {
        Tensor empty = Tensor.ofDoubles(DType.F32, Shape.of(2, 0), new double[0]);
        assertThat(run(new Reduce(ReduceFn.SUM, List.of(1), false), empty).doubles()).containsExactly(0, 0);
        assertThat(run(new Reduce(ReduceFn.PROD, List.of(1), false), empty).doubles()).containsExactly(1, 1);
        assertThat(run(new Reduce(ReduceFn.MAX, List.of(1), false), empty).doubles()).containsExactly(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
        assertThat(run(new Reduce(ReduceFn.LOG_SUM_EXP, List.of(1), false), empty).doubles()).containsExactly(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
        Tensor emptyInt = Tensor.ofLongs(DType.I8, Shape.of(0), new long[0]);
        assertThat(run(new Reduce(ReduceFn.MAX, List.of(0), false), emptyInt).longs()).containsExactly(-128);
        assertThat(run(new Reduce(ReduceFn.MIN, List.of(0), false), emptyInt).longs()).containsExactly(127);
    }

    @Test
    void noAxesReducesEachElementAlone() {
        Tensor x = Tensor.ofDoubles(DType.F32, Shape.of(3), new double[] {-2, 3, 0.5});
        assertThat(run(new Reduce(ReduceFn.SUM_SQUARE, List.of(), true), x).doubles()).containsExactly(4, 9, 0.25);
        assertThat(run(new Reduce(ReduceFn.L1, List.of(), true), x).doubles()).containsExactly(2, 3, 0.5);
        assertThat(run(new Reduce(ReduceFn.SUM, List.of(), true), x).doubles()).containsExactly(-2, 3, 0.5);
    }

    @Test
    void integerSumsAreExactAndWrap() {
        long big = 1L << 60;
        Tensor x = Tensor.ofLongs(DType.I64, Shape.of(3), new long[] {big + 1, big, -2 * big});
        assertThat(run(new Reduce(ReduceFn.SUM, List.of(0), false), x).longs()).containsExactly(1);
        Tensor y = Tensor.ofLongs(DType.I32, Shape.of(2), new long[] {Integer.MAX_VALUE, 1});
        assertThat(run(new Reduce(ReduceFn.SUM, List.of(0), false), y).longs()).containsExactly(Integer.MIN_VALUE);
        Tensor z = Tensor.ofLongs(DType.I32, Shape.of(2), new long[] {1, 2});
        assertThat(run(new Reduce(ReduceFn.MEAN, List.of(0), false), z).longs()).containsExactly(1); // 1.5 truncated
    }

    @Test
    void logSumExpDoesNotOverflow() {
        Tensor x = Tensor.ofDoubles(DType.F32, Shape.of(2), new double[] {1000, 1000});
        assertThat(run(new Reduce(ReduceFn.LOG_SUM_EXP, List.of(0), false), x).doubles()[0]).isCloseTo(1000 + Math.log(2), within(1e-4));
    }

    @Test
    void argReducePicksFirstOrLastOfTies() {
        Tensor x = Tensor.ofDoubles(DType.F32, Shape.of(2, 3), new double[] {1, 5, 5, 2, 2, 0});
        assertThat(run(new ArgReduce(true, 1, false, false), x).longs()).containsExactly(1, 0);
        assertThat(run(new ArgReduce(true, 1, false, true), x).longs()).containsExactly(2, 1);
        assertThat(run(new ArgReduce(false, 0, true, false), x).longs()).containsExactly(0, 1, 1);
    }

    @Test
    void cumulativeSumsAndProducts() {
        Tensor x = Tensor.ofLongs(DType.I32, Shape.of(2, 3), new long[] {1, 2, 3, 4, 5, 6});
        assertThat(run(new Cumulative(false, 1, false, false), x).longs()).containsExactly(1, 3, 6, 4, 9, 15);
        assertThat(run(new Cumulative(false, 1, true, true), x).longs()).containsExactly(5, 3, 0, 11, 6, 0);
        assertThat(run(new Cumulative(false, 0, false, false), x).longs()).containsExactly(1, 2, 3, 5, 7, 9);
        assertThat(run(new Cumulative(true, 1, false, false), x).longs()).containsExactly(1, 2, 6, 4, 20, 120);
        assertThat(run(new Cumulative(true, 1, true, true), x).longs()).containsExactly(6, 3, 1, 30, 6, 1);
    }
}
