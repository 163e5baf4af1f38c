package dev.tcc.ir.interp;

import dev.tcc.ir.Shape;

/** Index arithmetic for numpy broadcasting and other strided walks over a shape. */
final class Broadcast {
    private Broadcast() {}

    /** For each row-major index of {@code out}, the row-major index of the element of {@code in} it reads. */
    static int[] indexMap(Shape in, Shape out) {
        int r = out.rank(), off = r - in.rank();
        long[] inStrides = in.strides();
        long[] stride = new long[r];
        for (int i = 0; i < in.rank(); i++) stride[off + i] = in.dim(i) == 1 ? 0 : inStrides[i];
        return offsets(out.dims(), stride);
    }

    /**
     * For each row-major index over {@code dims}, the offset {@code sum(idx[d] * strides[d])} (a stride of
     * 0 repeats an element along that axis).
     */
    static int[] offsets(long[] dims, long[] strides) {
        long size = 1;
        for (long d : dims) size = Math.multiplyExact(size, d);
        int r = dims.length, n = (int) size;
        int[] map = new int[n];
        int[] idx = new int[r];
        long pos = 0;
        for (int i = 0; i < n; i++) {
            map[i] = (int) pos;
            for (int d = r - 1; d >= 0; d--) {
                idx[d]++;
                pos += strides[d];
                if (idx[d] < dims[d]) break;
                pos -= strides[d] * idx[d];
                idx[d] = 0;
            }
        }
        return map;
    }
}
