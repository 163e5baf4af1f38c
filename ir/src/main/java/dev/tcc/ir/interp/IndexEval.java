package dev.tcc.ir.interp;

import dev.tcc.ir.*;

/**
 * Reference semantics of the data-dependent indexing ops: gathers (as index maps for
 * {@link MovementEval#take}) and scatters. Negative indices count from the end of their axis; an index
 * still out of range is an error.
 */
final class IndexEval {
    private IndexEval() {}

    /** {@code idx} normalised against an axis of size {@code n}. */
    private static long norm(long idx, long n, String op) {
        long i = idx < 0 ? idx + n : idx;
        if (i < 0 || i >= n) throw new IrException(op + ": index " + idx + " out of range for an axis of size " + n);
        return i;
    }

    static int[] gatherMap(Shape data, Tensor indices, int axis) {
        long outer = 1, inner = 1, n = data.dim(axis);
        for (int i = 0; i < axis; i++) outer *= data.dim(i);
        for (int i = axis + 1; i < data.rank(); i++) inner *= data.dim(i);
        int k = indices.size();
        int[] map = new int[Math.toIntExact(outer * k * inner)];
        int p = 0;
        for (long o = 0; o < outer; o++) {
            for (int j = 0; j < k; j++) {
                long base = (o * n + norm(indices.getLong(j), n, "gather")) * inner;
                for (long i = 0; i < inner; i++) map[p++] = (int) (base + i);
            }
        }
        return map;
    }

    static int[] gatherElementsMap(Shape data, Tensor indices, int axis) {
        Shape is = indices.shape();
        long[] ds = data.strides();
        int r = is.rank(), n = indices.size();
        int[] map = new int[n];
        int[] idx = new int[r];
        for (int p = 0; p < n; p++) {
            long off = 0;
            for (int d = 0; d < r; d++) {
                long c = d == axis ? norm(indices.getLong(p), data.dim(d), "gather_elements") : idx[d];
                if (c >= data.dim(d)) throw new IrException("gather_elements: indices shape " + is + " exceeds data shape " + data);
                off += c * ds[d];
            }
            map[p] = (int) off;
            increment(idx, is);
        }
        return map;
    }

    /** Advances a row-major multi-index. */
    private static void increment(int[] idx, Shape s) {
        for (int d = idx.length - 1; d >= 0; d--) {
            if (++idx[d] < s.dim(d)) return;
            idx[d] = 0;
        }
    }

    /** Data offset of each index tuple of a GatherND/ScatterND (tuples are the last axis of {@code indices}). */
    private static long[] tupleOffsets(Shape data, Tensor indices, int batchDims, String op) {
        Shape is = indices.shape();
        int m = (int) is.dim(is.rank() - 1);
        long[] ds = data.strides();
        long tuples = 1;
        for (int i = 0; i < is.rank() - 1; i++) tuples *= is.dim(i);
        long perBatch = 1;
        for (int i = batchDims; i < is.rank() - 1; i++) perBatch *= is.dim(i);
        long batchStride = batchDims == 0 ? 0 : ds[batchDims - 1];
        long[] offs = new long[(int) tuples];
        for (int t = 0; t < tuples; t++) {
            long off = (t / perBatch) * batchStride;
            for (int k = 0; k < m; k++) off += norm(indices.getLong(t * m + k), data.dim(batchDims + k), op) * ds[batchDims + k];
            offs[t] = off;
        }
        return offs;
    }

    private static long sliceSize(Shape data, int from) {
        long s = 1;
        for (int i = from; i < data.rank(); i++) s *= data.dim(i);
        return s;
    }

    static int[] gatherNdMap(Shape data, Tensor indices, int batchDims) {
        int m = (int) indices.shape().dim(indices.shape().rank() - 1);
        long[] offs = tupleOffsets(data, indices, batchDims, "gather_nd");
        int slice = (int) sliceSize(data, batchDims + m);
        int[] map = new int[offs.length * slice];
        for (int t = 0; t < offs.length; t++) {
            for (int i = 0; i < slice; i++) map[t * slice + i] = (int) (offs[t] + i);
        }
        return map;
    }

    static Tensor scatterNd(Tensor data, Tensor indices, Tensor updates, Movement.ScatterReduction red) {
        int m = (int) indices.shape().dim(indices.shape().rank() - 1);
        long[] offs = tupleOffsets(data.shape(), indices, 0, "scatter_nd");
        int slice = (int) sliceSize(data.shape(), m);
        if ((long) offs.length * slice != updates.size()) throw new IrException("scatter_nd: updates " + updates.type() + " do not match indices " + indices.type());
        int[] dst = new int[updates.size()];
        for (int t = 0; t < offs.length; t++) {
            for (int i = 0; i < slice; i++) dst[t * slice + i] = (int) (offs[t] + i);
        }
        return scatter(data, dst, updates, red);
    }

    static Tensor scatterElements(Tensor data, Tensor indices, Tensor updates, int axis, Movement.ScatterReduction red) {
        if (!indices.shape().equals(updates.shape())) throw new IrException("scatter_elements: indices " + indices.type() + " and updates " + updates.type() + " differ in shape");
        return scatter(data, gatherElementsMap(data.shape(), indices, axis), updates, red);
    }

    /** A copy of {@code data} with {@code updates[i]} combined into element {@code dst[i]}, in order. */
    private static Tensor scatter(Tensor data, int[] dst, Tensor updates, Movement.ScatterReduction red) {
        if (updates.dtype() != data.dtype()) throw new IrException("scatter: updates must have the data's type " + data.dtype());
        if (data.isFloat()) {
            double[] r = data.doubles().clone(), u = updates.doubles();
            for (int i = 0; i < dst.length; i++) {
                double a = r[dst[i]], b = u[i];
                r[dst[i]] = Numerics.round(data.dtype(), switch (red) {
                    case NONE -> b;
                    case ADD -> a + b;
                    case MUL -> a * b;
                    case MAX -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
                    case MIN -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b);
                });
            }
            return Tensor.ofDoubles(data.dtype(), data.shape(), r);
        }
        if (data.dtype() == DType.STRING) {
            if (red != Movement.ScatterReduction.NONE) throw new IrException("scatter: reduction " + red + " on strings");
            String[] r = data.strings().clone(), u = updates.strings();
            for (int i = 0; i < dst.length; i++) r[dst[i]] = u[i];
            return Tensor.ofStrings(data.shape(), r);
        }
        long[] r = data.longs().clone(), u = updates.longs();
        boolean unsigned = data.dtype().kind() == DType.Kind.UNSIGNED;
        for (int i = 0; i < dst.length; i++) {
            long a = r[dst[i]], b = u[i];
            r[dst[i]] = Numerics.wrap(data.dtype(), switch (red) {
                case NONE -> b;
                case ADD -> a + b;
                case MUL -> a * b;
                case MAX -> (unsigned ? Long.compareUnsigned(a, b) : Long.compare(a, b)) >= 0 ? a : b;
                case MIN -> (unsigned ? Long.compareUnsigned(a, b) : Long.compare(a, b)) <= 0 ? a : b;
            });
        }
        return Tensor.ofLongs(data.dtype(), data.shape(), r);
    }
}
