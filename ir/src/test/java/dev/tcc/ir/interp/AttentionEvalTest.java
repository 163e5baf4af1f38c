package dev.tcc.ir.interp;

import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Attention masks checked with all-zero queries: every allowed key then gets the same weight, so each output
 * is the mean of the allowed values {@code V = [1, 2, 4]}, which makes the allowed key set visible.
 */
class AttentionEvalTest {
    private static final Tensor Q = Tensor.ofDoubles(DType.F64, Shape.of(1, 2, 2, 1), new double[4]);
    private static final Tensor K = Tensor.ofDoubles(DType.F64, Shape.of(1, 1, 3, 1), new double[] {0.3, -1, 2});
    private static final Tensor V = Tensor.ofDoubles(DType.F64, Shape.of(1, 1, 3, 1), new double[] {1, 2, 4});

    private static double[] run(Structured.Attention op, Tensor... extra) {
        List<Tensor> args = new java.util.ArrayList<>(List.of(Q, K, V));
        args.addAll(List.of(extra));
        return Interpreter.eval(op, args).get(0).toDoubles();
    }

    private static Structured.Attention op(boolean causal, long offset, long left, long right, boolean mask, boolean lens, int qkMode) {
        return new Structured.Attention(1, 0, causal, offset, left, right, mask, lens, qkMode, DType.F64);
    }

    @Test
    void causalFrontierMovesRightByTheOffsetAndBothQueryHeadsShareTheKvHead() {
        // row 0 sees keys {0,1}, row 1 sees {0,1,2}; query heads 0 and 1 both read kv head 0
        double[] y = run(op(true, 1, -1, -1, false, false, 0));
        assertThat(y).containsExactly(new double[] {1.5, 7 / 3.0, 1.5, 7 / 3.0}, within(1e-12));
    }

    @Test
    void slidingWindowKeepsOnlyKeysNearTheAbsolutePosition() {
        // absolute positions 1 and 2 with a left window of 0: each row sees its own key only
        assertThat(run(op(true, 1, 0, -1, false, false, 0))).containsExactly(new double[] {2, 4, 2, 4}, within(1e-12));
        // no causality, one key either side of positions 0 and 1
        assertThat(run(op(false, 0, 1, 1, false, false, 0))).containsExactly(new double[] {1.5, 7 / 3.0, 1.5, 7 / 3.0}, within(1e-12));
    }

    @Test
    void kvLengthsPadAndSetTheCausalOffset() {
        // two valid keys and two queries: offset 0, so row 0 sees {0}, row 1 sees {0,1}
        Tensor lens = Tensor.ofLongs(DType.I64, Shape.of(1), new long[] {2});
        assertThat(run(op(true, 0, -1, -1, false, true, 0), lens)).containsExactly(new double[] {1, 1.5, 1, 1.5}, within(1e-12));
    }

    @Test
    void aFullyMaskedRowGivesZerosNotNaN() {
        // bool mask [2,3]: row 0 attends nothing, row 1 attends keys 1 and 2
        Tensor mask = Tensor.ofLongs(DType.BOOL, Shape.of(2, 3), new long[] {0, 0, 0, 0, 1, 1});
        List<Tensor> out = Interpreter.eval(op(false, 0, -1, -1, true, false, 3), List.of(Q, K, V, mask));
        assertThat(out.get(0).toDoubles()).containsExactly(new double[] {0, 3, 0, 3}, within(1e-12));
        assertThat(out.get(1).toDoubles()).containsExactly(new double[] {0, 0, 0, 0, 0.5, 0.5, 0, 0, 0, 0, 0.5, 0.5}, within(1e-12));
    }
}
