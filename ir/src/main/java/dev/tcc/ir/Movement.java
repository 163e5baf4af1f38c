package dev.tcc.ir;

import java.util.List;

/** Data movement: ops that copy, select or rearrange elements without arithmetic on them. */
public sealed interface Movement extends Op {

    private static long[] longs(List<Long> l) { return l.stream().mapToLong(Long::longValue).toArray(); }

    /** Same data, new static shape of the same size. */
    record Reshape(List<Long> shape) implements Movement {
        public Reshape { shape = List.copyOf(shape); }

        @Override public String mnemonic() { return "reshape"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            Shape s = new Shape(longs(shape));
            if (s.size() != in.get(0).size()) throw new IrException("reshape: cannot reshape " + in.get(0) + " to " + s);
            return List.of(in.get(0).withShape(s));
        }
    }

    /** Output axis {@code i} is input axis {@code perm[i]}. */
    record Transpose(List<Integer> perm) implements Movement {
        public Transpose { perm = List.copyOf(perm); }

        @Override public String mnemonic() { return "transpose"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            TensorType x = in.get(0);
            if (perm.size() != x.rank() || perm.stream().distinct().count() != perm.size()) throw new IrException("transpose: bad permutation " + perm + " for " + x);
            long[] out = new long[perm.size()];
            for (int i = 0; i < out.length; i++) out[i] = x.shape().dim(perm.get(i));
            return List.of(x.withShape(new Shape(out)));
        }
    }

    /**
     * Strided slice on every axis: element {@code starts[i] + j*steps[i]} for {@code j} in
     * {@code [0, size[i])}, with {@code size[i] = max(0, ceil((ends[i]-starts[i])/steps[i]))}. Starts are in
     * range; ends are clamped (may be -1 for a negative step running to the front).
     */
    record Slice(List<Long> starts, List<Long> ends, List<Long> steps) implements Movement {
        public Slice { starts = List.copyOf(starts); ends = List.copyOf(ends); steps = List.copyOf(steps); }

        @Override public String mnemonic() { return "slice"; }

        public long size(int axis) {
            long st = steps.get(axis), d = ends.get(axis) - starts.get(axis);
            long n = st > 0 ? Math.floorDiv(d + st - 1, st) : Math.floorDiv(-d + (-st) - 1, -st);
            return Math.max(0, n);
        }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            TensorType x = in.get(0);
            if (starts.size() != x.rank() || ends.size() != x.rank() || steps.size() != x.rank()) throw new IrException("slice: attributes do not match rank of " + x);
            long[] out = new long[x.rank()];
            for (int i = 0; i < out.length; i++) out[i] = size(i);
            return List.of(x.withShape(new Shape(out)));
        }
    }

    /** Concatenation along {@code axis} (non-negative). */
    record Concat(int axis) implements Movement {
        @Override public String mnemonic() { return "concat"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            if (in.isEmpty()) throw new IrException("concat needs at least one input");
            TensorType first = in.get(0);
            long[] out = first.shape().dims();
            if (axis < 0 || axis >= out.length) throw new IrException("concat: axis " + axis + " out of range for " + first);
            out[axis] = 0;
            for (TensorType t : in) {
                Types.sameDType(this, first, t);
                if (t.rank() != first.rank()) throw new IrException("concat: ranks differ: " + first + ", " + t);
                for (int i = 0; i < out.length; i++) {
                    if (i != axis && t.shape().dim(i) != first.shape().dim(i)) throw new IrException("concat: shapes differ off the axis: " + first + ", " + t);
                }
                out[axis] += t.shape().dim(axis);
            }
            return List.of(first.withShape(new Shape(out)));
        }
    }

    /** How {@link Pad} fills. */
    enum PadMode { CONSTANT, REFLECT, EDGE, WRAP }

    /**
     * Padding by {@code pads} (all begins, then all ends; negative values crop), filled per {@code mode}:
     * CONSTANT with {@code value}; EDGE repeats the border element; REFLECT mirrors without repeating the
     * border (pads longer than the axis keep reflecting, period {@code 2*(n-1)}); WRAP repeats the axis
     * periodically.
     */
    record Pad(List<Long> pads, PadMode mode, double value) implements Movement {
        public Pad { pads = List.copyOf(pads); }

        @Override public String mnemonic() { return "pad"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            TensorType x = in.get(0);
            int r = x.rank();
            if (pads.size() != 2 * r) throw new IrException("pad: " + pads.size() + " pads for rank " + r);
            long[] out = x.shape().dims();
            for (int i = 0; i < r; i++) out[i] += pads.get(i) + pads.get(i + r);
            return List.of(x.withShape(new Shape(out)));
        }
    }

    /** Broadcast to {@code shape}, which is the output shape (numpy broadcasting rules). */
    record Expand(List<Long> shape) implements Movement {
        public Expand { shape = List.copyOf(shape); }

        @Override public String mnemonic() { return "expand"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            Shape target = new Shape(longs(shape));
            if (!Types.broadcast(in.get(0).shape(), target).equals(target)) throw new IrException("expand: " + in.get(0) + " does not broadcast to " + target);
            return List.of(in.get(0).withShape(target));
        }
    }

    /** Repeats the input {@code repeats[i]} times along each axis. */
    record Tile(List<Long> repeats) implements Movement {
        public Tile { repeats = List.copyOf(repeats); }

        @Override public String mnemonic() { return "tile"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            long[] out = in.get(0).shape().dims();
            if (repeats.size() != out.length) throw new IrException("tile: " + repeats.size() + " repeats for " + in.get(0));
            for (int i = 0; i < out.length; i++) out[i] *= repeats.get(i);
            return List.of(in.get(0).withShape(new Shape(out)));
        }
    }

    /** {@code numpy.take(data, indices, axis)}; negative indices count from the end. */
    record Gather(int axis) implements Movement {
        @Override public String mnemonic() { return "gather"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 2);
            TensorType d = in.get(0), idx = in.get(1);
            if (axis < 0 || axis >= d.rank()) throw new IrException("gather: axis " + axis + " out of range for " + d);
            long[] dd = d.shape().dims(), id = idx.shape().dims();
            long[] out = new long[dd.length - 1 + id.length];
            int k = 0;
            for (int i = 0; i < axis; i++) out[k++] = dd[i];
            for (long v : id) out[k++] = v;
            for (int i = axis + 1; i < dd.length; i++) out[k++] = dd[i];
            return List.of(d.withShape(new Shape(out)));
        }
    }

    /** ONNX GatherElements: output has the indices' shape. */
    record GatherElements(int axis) implements Movement {
        @Override public String mnemonic() { return "gather_elements"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 2);
            return List.of(in.get(0).withShape(in.get(1).shape()));
        }
    }

    /** ONNX GatherND with {@code batchDims}. */
    record GatherND(int batchDims) implements Movement {
        @Override public String mnemonic() { return "gather_nd"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 2);
            long[] d = in.get(0).shape().dims(), idx = in.get(1).shape().dims();
            int last = (int) idx[idx.length - 1];
            java.util.List<Long> out = new java.util.ArrayList<>();
            for (int i = 0; i < idx.length - 1; i++) out.add(idx[i]);
            for (int i = batchDims + last; i < d.length; i++) out.add(d[i]);
            return List.of(in.get(0).withShape(new Shape(longs(out))));
        }
    }

    /** How scatter ops combine an update with the existing element. */
    enum ScatterReduction { NONE, ADD, MUL, MAX, MIN }

    /**
     * ONNX ScatterND: inputs data, indices, updates. Updates are applied in row-major order of the index
     * tuples, so with duplicate indices NONE keeps the last and the reductions combine them all.
     */
    record ScatterND(ScatterReduction reduction) implements Movement {
        @Override public String mnemonic() { return "scatter_nd"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 3);
            return List.of(in.get(0));
        }
    }

    /** ONNX ScatterElements: inputs data, indices, updates; duplicates are applied in order as for {@link ScatterND}. */
    record ScatterElements(int axis, ScatterReduction reduction) implements Movement {
        @Override public String mnemonic() { return "scatter_elements"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 3);
            return List.of(in.get(0));
        }
    }

    /** Interpolation modes of {@link Resize}. */
    enum ResizeMode { NEAREST, LINEAR, CUBIC }

    /**
     * ONNX Resize with every input resolved: output shape {@code sizes}, per-axis {@code scales} used for
     * coordinate transformation, {@code roi} (begins then ends, only for tf_crop_and_resize).
     * {@code coordinateTransform} and {@code nearestMode} take ONNX's attribute values. Axes are resized
     * one at a time (the interpolation is separable); an axis with scale 1 and unchanged size is left as is.
     */
    record Resize(ResizeMode mode, String coordinateTransform, String nearestMode, double cubicCoeffA,
                  boolean excludeOutside, double extrapolationValue, boolean antialias,
                  List<Long> sizes, List<Double> scales, List<Double> roi) implements Movement {
        public Resize { sizes = List.copyOf(sizes); scales = List.copyOf(scales); roi = List.copyOf(roi); }

        @Override public String mnemonic() { return "resize"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            if (sizes.size() != in.get(0).rank() || scales.size() != in.get(0).rank()) throw new IrException("resize: sizes/scales do not match " + in.get(0));
            return List.of(in.get(0).withShape(new Shape(longs(sizes))));
        }
    }
}
