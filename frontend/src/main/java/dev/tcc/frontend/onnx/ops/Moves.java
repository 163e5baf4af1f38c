package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

/** Shared helpers of the data-movement importers: static index lists, axis checks and common emits. */
final class Moves {
    private Moves() {}

    /** The elements of an integer tensor (shapes, axes, pads...) as longs. */
    static List<Long> longs(Tensor t) {
        List<Long> l = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) l.add(t.getLong(i));
        return l;
    }

    static long[] array(List<Long> l) { return l.stream().mapToLong(Long::longValue).toArray(); }

    static List<Long> list(long[] a) {
        List<Long> l = new ArrayList<>(a.length);
        for (long v : a) l.add(v);
        return l;
    }

    /** Normalises axis {@code a} (negative counts from the end) against {@code rank}; an import error if out of range. */
    static int axis(NodeContext n, long a, int rank) {
        long r = a < 0 ? a + rank : a;
        if (r < 0 || r >= rank) throw n.error("axis " + a + " is out of range for a tensor of rank " + rank);
        return (int) r;
    }

    /** Normalised, distinct axes. */
    static int[] axes(NodeContext n, List<Long> axes, int rank) {
        int[] out = new int[axes.size()];
        boolean[] seen = new boolean[rank];
        for (int i = 0; i < out.length; i++) {
            out[i] = axis(n, axes.get(i), rank);
            if (seen[out[i]]) throw n.error("axis " + axes.get(i) + " is listed twice in " + axes);
            seen[out[i]] = true;
        }
        return out;
    }

    /** Normalised, distinct {@code axes}, or every axis {@code 0..rank-1} when {@code axes} is null (an absent axes attribute or input). */
    static int[] axesOrAll(NodeContext n, List<Long> axes, int rank) {
        if (axes != null) return axes(n, axes, rank);
        int[] all = new int[rank];
        for (int i = 0; i < rank; i++) all[i] = i;
        return all;
    }

    /** {@code x} reshaped to {@code dims} (no node when the shape is already that). */
    static Value reshape(NodeContext n, Value x, long... dims) {
        if (x.type().shape().equals(new Shape(dims))) return x;
        return n.emit(new Movement.Reshape(list(dims)), x);
    }

    /** {@code x[start:end:step]} along {@code axis}, whole on the other axes; bounds already normalised. */
    static Value slice(NodeContext n, Value x, int axis, long start, long end, long step) {
        Shape s = x.type().shape();
        int r = s.rank();
        List<Long> starts = new ArrayList<>(), ends = new ArrayList<>(), steps = new ArrayList<>();
        for (int d = 0; d < r; d++) {
            starts.add(d == axis ? start : 0L);
            ends.add(d == axis ? end : s.dim(d));
            steps.add(d == axis ? step : 1L);
        }
        if (start == 0 && end == s.dim(axis) && step == 1) return x;
        return n.emit(new Movement.Slice(starts, ends, steps), x);
    }

    /** The static value of optional input {@code i}, or null when it is absent or an empty tensor. */
    static Tensor optionalConstant(NodeContext n, int i, String what) {
        if (!n.hasInput(i)) return null;
        Tensor t = n.constantInput(i, what);
        return t.size() == 0 && t.shape().rank() > 0 ? null : t;
    }
}
