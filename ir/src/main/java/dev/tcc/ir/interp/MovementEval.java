package dev.tcc.ir.interp;

import dev.tcc.ir.*;

import java.util.List;

/**
 * Reference semantics of {@link Movement} ops. Most of them are an index map: output element {@code i}
 * copies input element {@code src[i]} (or a fill value where {@code src[i] < 0}), so one copy loop serves
 * every element type. Index maps of ops that treat each axis independently (transpose, slice, pad,
 * expand, tile) are built per axis by {@link #separable}.
 */
final class MovementEval {
    private MovementEval() {}

    static Tensor eval(Movement op, List<Tensor> args, TensorType out) {
        Tensor x = args.get(0);
        return switch (op) {
            case Movement.Reshape r -> x.reshape(out.shape());
            case Movement.Transpose t -> take(x, transposeMap(x.shape(), t.perm()), 0, out);
            case Movement.Slice s -> take(x, sliceMap(x.shape(), s, out.shape()), 0, out);
            case Movement.Concat c -> concat(args, c.axis(), out);
            case Movement.Pad p -> take(x, padMap(x.shape(), p, out.shape()), p.value(), out);
            case Movement.Expand e -> take(x, Broadcast.indexMap(x.shape(), out.shape()), 0, out);
            case Movement.Tile t -> take(x, tileMap(x.shape(), out.shape()), 0, out);
            case Movement.Gather g -> take(x, IndexEval.gatherMap(x.shape(), args.get(1), g.axis()), 0, out);
            case Movement.GatherElements g -> take(x, IndexEval.gatherElementsMap(x.shape(), args.get(1), g.axis()), 0, out);
            case Movement.GatherND g -> take(x, IndexEval.gatherNdMap(x.shape(), args.get(1), g.batchDims()), 0, out);
            case Movement.ScatterND s -> IndexEval.scatterNd(x, args.get(1), args.get(2), s.reduction());
            case Movement.ScatterElements s -> IndexEval.scatterElements(x, args.get(1), args.get(2), s.axis(), s.reduction());
            case Movement.Resize r -> ResizeEval.resize(r, x, out);
        };
    }

    // ---- copying by index map

    /** Output element {@code i} is {@code in[src[i]]}, or {@code fill} where {@code src[i] < 0}. */
    static Tensor take(Tensor in, int[] src, double fill, TensorType out) {
        int n = src.length;
        if (in.isFloat()) {
            double[] a = in.doubles(), r = new double[n];
            for (int i = 0; i < n; i++) r[i] = src[i] < 0 ? fill : a[src[i]];
            return Tensor.ofDoubles(out.dtype(), out.shape(), r);
        }
        if (in.dtype() == DType.STRING) {
            String[] a = in.strings(), r = new String[n];
            for (int i = 0; i < n; i++) r[i] = src[i] < 0 ? "" : a[src[i]];
            return Tensor.ofStrings(out.shape(), r);
        }
        long[] a = in.longs(), r = new long[n];
        long f = Numerics.toInteger(in.dtype(), fill);
        for (int i = 0; i < n; i++) r[i] = src[i] < 0 ? f : a[src[i]];
        return Tensor.ofLongs(out.dtype(), out.shape(), r);
    }

    /**
     * The index map of an op that treats axes independently: output index {@code (j0, j1, ...)} reads
     * input index {@code sum_d table[d][j_d]}, or nothing (-1) when any {@code table[d][j_d]} is negative.
     */
    static int[] separable(long[][] table) {
        int[] map = {0};
        for (long[] t : table) {
            int[] next = new int[Math.multiplyExact(map.length, t.length)];
            int k = 0;
            for (int p : map) {
                for (long off : t) next[k++] = p < 0 || off < 0 ? -1 : Math.toIntExact(p + off);
            }
            map = next;
        }
        return map;
    }

    private static int[] transposeMap(Shape in, List<Integer> perm) {
        long[] strides = in.strides();
        long[][] table = new long[perm.size()][];
        for (int i = 0; i < table.length; i++) {
            int a = perm.get(i);
            table[i] = new long[(int) in.dim(a)];
            for (int j = 0; j < table[i].length; j++) table[i][j] = j * strides[a];
        }
        return separable(table);
    }

    private static int[] sliceMap(Shape in, Movement.Slice s, Shape out) {
        long[] strides = in.strides();
        long[][] table = new long[in.rank()][];
        for (int d = 0; d < table.length; d++) {
            table[d] = new long[(int) out.dim(d)];
            long start = s.starts().get(d), step = s.steps().get(d);
            for (int j = 0; j < table[d].length; j++) {
                long i = start + j * step;
                if (i < 0 || i >= in.dim(d)) throw new IrException("slice: index " + i + " out of range on axis " + d + " of " + in);
                table[d][j] = i * strides[d];
            }
        }
        return separable(table);
    }

    private static int[] tileMap(Shape in, Shape out) {
        long[] strides = in.strides();
        long[][] table = new long[in.rank()][];
        for (int d = 0; d < table.length; d++) {
            table[d] = new long[(int) out.dim(d)];
            for (int j = 0; j < table[d].length; j++) table[d][j] = (j % in.dim(d)) * strides[d];
        }
        return separable(table);
    }

    private static int[] padMap(Shape in, Movement.Pad p, Shape out) {
        int r = in.rank();
        long[] strides = in.strides();
        long[][] table = new long[r][];
        for (int d = 0; d < r; d++) {
            long dim = in.dim(d), begin = p.pads().get(d);
            table[d] = new long[(int) out.dim(d)];
            for (int j = 0; j < table[d].length; j++) {
                long i = padSource(j - begin, dim, p.mode());
                table[d][j] = i < 0 ? -1 : i * strides[d];
            }
        }
        return separable(table);
    }

    /** The input index read at (possibly out-of-range) position {@code i} of an axis of size {@code n}; -1 means the fill value. */
    static long padSource(long i, long n, Movement.PadMode mode) {
        if (i >= 0 && i < n) return i;
        if (mode == Movement.PadMode.CONSTANT) return -1;
        if (n == 0) throw new IrException("pad: cannot " + mode.name().toLowerCase() + "-pad an empty axis");
        return switch (mode) {
            case CONSTANT -> -1;
            case EDGE -> i < 0 ? 0 : n - 1;
            case WRAP -> Math.floorMod(i, n);
            case REFLECT -> {
                if (n == 1) yield 0;
                long period = 2 * (n - 1), k = Math.floorMod(i, period);
                yield k < n ? k : period - k;
            }
        };
    }

    // ---- concat

    private static Tensor concat(List<Tensor> args, int axis, TensorType out) {
        long[] dims = out.shape().dims();
        long outer = 1, inner = 1;
        for (int i = 0; i < axis; i++) outer *= dims[i];
        for (int i = axis + 1; i < dims.length; i++) inner *= dims[i];
        int n = (int) out.size();
        Object dst = newArray(args.get(0), n);
        long rowOut = dims[axis] * inner, base = 0;
        for (Tensor t : args) {
            Object src = storage(t);
            int row = (int) (t.shape().dim(axis) * inner);
            for (long o = 0; o < outer; o++) System.arraycopy(src, (int) (o * row), dst, (int) (o * rowOut + base), row);
            base += row;
        }
        return wrap(out, dst);
    }

    /** The backing array of {@code t}: {@code double[]}, {@code long[]} or {@code String[]}. */
    static Object storage(Tensor t) {
        if (t.isFloat()) return t.doubles();
        return t.dtype() == DType.STRING ? t.strings() : t.longs();
    }

    static Object newArray(Tensor like, int n) {
        if (like.isFloat()) return new double[n];
        return like.dtype() == DType.STRING ? new String[n] : new long[n];
    }

    static Tensor wrap(TensorType type, Object data) {
        return switch (data) {
            case double[] d -> Tensor.ofDoubles(type.dtype(), type.shape(), d);
            case long[] l -> Tensor.ofLongs(type.dtype(), type.shape(), l);
            case String[] s -> Tensor.ofStrings(type.shape(), s);
            default -> throw new IllegalArgumentException("not tensor storage: " + data.getClass());
        };
    }
}
