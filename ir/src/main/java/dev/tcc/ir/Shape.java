package dev.tcc.ir;

import java.util.Arrays;

/**
 * A tensor shape: a list of dimension sizes, each known ({@code >= 0}). A rank-0 shape is a scalar.
 *
 * <p>Symbolic dimensions (a model's {@code batch}, {@code seq}) are bound to sizes before a graph is
 * built: tcc's graph IR is statically shaped, which is what every GPU target needs.
 */
public record Shape(long[] dims) {
    public Shape {
        dims = dims.clone();
        for (long d : dims) {
            if (d < 0) throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(dims));
        }
    }

    public static Shape of(long... dims) { return new Shape(dims); }

    public static final Shape SCALAR = new Shape(new long[0]);

    public int rank() { return dims.length; }

    public long dim(int axis) { return dims[axis]; }

    @Override
    public long[] dims() { return dims.clone(); }

    /**
     * Number of elements (1 for a scalar).
     *
     * @throws ArithmeticException naming the shape when the count exceeds 2^63-1
     */
    public long size() {
        long n = 1;
        try {
            for (long d : dims) n = Math.multiplyExact(n, d);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("shape " + this + " has more than 2^63-1 elements");
        }
        return n;
    }

    /** Row-major strides, in elements. */
    public long[] strides() {
        long[] s = new long[dims.length];
        long acc = 1;
        for (int i = dims.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= dims[i];
        }
        return s;
    }

    @Override
    public boolean equals(Object o) { return o instanceof Shape s && Arrays.equals(dims, s.dims); }

    @Override
    public int hashCode() { return Arrays.hashCode(dims); }

    /** {@code [2,3,4]}, as in textual IR. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < dims.length; i++) {
            if (i > 0) b.append(',');
            b.append(dims[i]);
        }
        return b.append(']').toString();
    }
}
