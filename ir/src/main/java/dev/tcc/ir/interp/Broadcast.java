package dev.tcc.ir.interp;

import dev.tcc.ir.Shape;

/** Index arithmetic for numpy broadcasting. */
final class Broadcast {
    private Broadcast() {}

    /** For each row-major index of {@code out}, the row-major index of the element of {@code in} it reads. */
    static int[] indexMap(Shape in, Shape out) {
        int n = (int) out.size();
        int[] map = new int[n];
        int r = out.rank(), off = r - in.rank();
        long[] inStrides = in.strides();
        long[] stride = new long[r];
        for (int i = 0; i < in.rank(); i++) stride[off + i] = in.dim(i) == 1 ? 0 : inStrides[i];
        long[] dims = out.dims();
        int[] idx = new int[r];
        long pos = 0;
        for (int i = 0; i < n; i++) {
            map[i] = (int) pos;
            for (int d = r - 1; d >= 0; d--) {
                idx[d]++;
                pos += stride[d];
                if (idx[d] < dims[d]) break;
                pos -= stride[d] * idx[d];
                idx[d] = 0;
            }
        }
        return map;
    }
}
