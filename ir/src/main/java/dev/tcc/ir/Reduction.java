package dev.tcc.ir;

import java.util.ArrayList;
import java.util.List;

/** Reductions over a set of axes. Axes are non-negative, sorted and distinct. */
public sealed interface Reduction extends Op {

    /**
     * The reducing function. Floats accumulate in double and round once; integers are exact with wrapping
     * (MEAN, L2, LOG_SUM and LOG_SUM_EXP of integers compute in double and truncate). Empty reductions give
     * the identity: 0 for sums, 1 for PROD, -inf (the type's minimum for integers) for MAX, +inf (maximum)
     * for MIN, so LOG_SUM and LOG_SUM_EXP give -inf; MEAN of nothing is NaN.
     */
    enum ReduceFn { SUM, MEAN, MAX, MIN, PROD, SUM_SQUARE, L1, L2, LOG_SUM, LOG_SUM_EXP }

    /** Shape of a reduction of {@code s} over {@code axes}. */
    static Shape reducedShape(Shape s, List<Integer> axes, boolean keepDims) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < s.rank(); i++) {
            if (!axes.contains(i)) out.add(s.dim(i));
            else if (keepDims) out.add(1L);
        }
        return new Shape(out.stream().mapToLong(Long::longValue).toArray());
    }

    static void checkAxes(Op op, List<Integer> axes, int rank) {
        int prev = -1;
        for (int a : axes) {
            if (a <= prev || a >= rank) throw new IrException(op.mnemonic() + ": axes " + axes + " must be sorted, distinct and < rank " + rank);
            prev = a;
        }
    }

    /**
     * {@code fn} over {@code axes}. An empty axis list reduces each element alone (ONNX's
     * {@code noop_with_empty_axes}): SUM and MAX copy, SUM_SQUARE squares, L1 and L2 give |x|, LOG_SUM logs.
     */
    record Reduce(ReduceFn fn, List<Integer> axes, boolean keepDims) implements Reduction {
        public Reduce { axes = List.copyOf(axes); }

        @Override public String mnemonic() { return "reduce"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            checkAxes(this, axes, in.get(0).rank());
            return List.of(in.get(0).withShape(reducedShape(in.get(0).shape(), axes, keepDims)));
        }
    }

    /** Index (i64) of the largest ({@code max}) or smallest element along {@code axis}. */
    record ArgReduce(boolean max, int axis, boolean keepDims, boolean selectLastIndex) implements Reduction {
        @Override public String mnemonic() { return "argreduce"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            checkAxes(this, List.of(axis), in.get(0).rank());
            return List.of(new TensorType(DType.I64, reducedShape(in.get(0).shape(), List.of(axis), keepDims)));
        }
    }

    /**
     * Running sum, or running product when {@code product}, along {@code axis} (ONNX CumSum, CumProd); the
     * output has the input's type. Element {@code i} combines elements {@code 0..i}, or {@code 0..i-1}
     * when {@code exclusive} (the first is then 0, or 1 for products); {@code reverse} runs from the end.
     */
    record Cumulative(boolean product, int axis, boolean exclusive, boolean reverse) implements Reduction {
        @Override public String mnemonic() { return "cumulative"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            checkAxes(this, List.of(axis), in.get(0).rank());
            return List.of(in.get(0));
        }
    }
}
