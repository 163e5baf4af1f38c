package dev.tcc.ir;

import java.util.Arrays;
import java.util.Objects;

/**
 * A concrete tensor value: a type and row-major data.
 *
 * <p>Floating types keep their elements as {@code double} already rounded to the element type;
 * integer and bool types as {@code long} already wrapped to the type's width ({@link Numerics});
 * strings as {@code String}. Tensors are immutable: the factories copy nothing, so callers must not
 * touch an array after handing it over, and the accessors that return arrays return the live array
 * only to code in this module's spirit of read-only use.
 */
public final class Tensor {
    private final TensorType type;
    private final double[] floats;
    private final long[] ints;
    private final String[] strings;

    private Tensor(TensorType type, double[] floats, long[] ints, String[] strings) {
        this.type = type;
        this.floats = floats;
        this.ints = ints;
        this.strings = strings;
        long n = type.size();
        int len = floats != null ? floats.length : ints != null ? ints.length : strings.length;
        if (len != n) {
            throw new IllegalArgumentException("tensor of type " + type + " needs " + n + " elements, got " + len);
        }
    }

    /** A floating tensor; values are rounded to {@code dtype}. Integer types are accepted and converted. */
    public static Tensor ofDoubles(DType dtype, Shape shape, double[] data) {
        if (dtype.isFloat()) {
            for (int i = 0; i < data.length; i++) data[i] = Numerics.round(dtype, data[i]);
            return new Tensor(new TensorType(dtype, shape), data, null, null);
        }
        long[] l = new long[data.length];
        for (int i = 0; i < data.length; i++) l[i] = Numerics.toInteger(dtype, data[i]);
        return new Tensor(new TensorType(dtype, shape), null, l, null);
    }

    /** An integer or bool tensor; values are wrapped to {@code dtype}. Float types are accepted and converted. */
    public static Tensor ofLongs(DType dtype, Shape shape, long[] data) {
        if (dtype.isFloat()) {
            double[] d = new double[data.length];
            for (int i = 0; i < data.length; i++) d[i] = Numerics.round(dtype, (double) data[i]);
            return new Tensor(new TensorType(dtype, shape), d, null, null);
        }
        for (int i = 0; i < data.length; i++) data[i] = Numerics.wrap(dtype, data[i]);
        return new Tensor(new TensorType(dtype, shape), null, data, null);
    }

    public static Tensor ofStrings(Shape shape, String[] data) {
        return new Tensor(new TensorType(DType.STRING, shape), null, null, data);
    }

    public static Tensor scalar(DType dtype, double v) {
        return dtype.isFloat() ? ofDoubles(dtype, Shape.SCALAR, new double[] {v})
                : ofLongs(dtype, Shape.SCALAR, new long[] {(long) v});
    }

    public static Tensor vector(DType dtype, long... v) {
        return ofLongs(dtype, Shape.of(v.length), v.clone());
    }

    /** A tensor of the given type with every element equal to {@code v}. */
    public static Tensor filled(TensorType t, double v) {
        Limits.check(t, "a filled tensor");
        int n = Math.toIntExact(t.size());
        if (t.dtype().isFloat()) {
            double[] d = new double[n];
            Arrays.fill(d, v);
            return ofDoubles(t.dtype(), t.shape(), d);
        }
        long[] l = new long[n];
        Arrays.fill(l, Numerics.toInteger(t.dtype(), v));
        return ofLongs(t.dtype(), t.shape(), l);
    }

    public TensorType type() { return type; }

    public DType dtype() { return type.dtype(); }

    public Shape shape() { return type.shape(); }

    public int size() { return Math.toIntExact(type.size()); }

    public boolean isFloat() { return floats != null; }

    /** Element {@code i} (row-major) as a double. */
    public double getDouble(int i) {
        if (floats != null) return floats[i];
        if (ints != null) return dtype() == DType.U64 ? Numerics.unsignedToDouble(ints[i]) : ints[i];
        throw new IllegalStateException("string tensor has no numeric value");
    }

    /** Element {@code i} (row-major) as a long (floats truncate toward zero). */
    public long getLong(int i) {
        if (ints != null) return ints[i];
        if (floats != null) return (long) floats[i];
        throw new IllegalStateException("string tensor has no numeric value");
    }

    public String getString(int i) { return strings[i]; }

    /** The backing array of a floating tensor. Read only. */
    public double[] doubles() {
        if (floats == null) throw new IllegalStateException("not a floating tensor: " + type);
        return floats;
    }

    /** The backing array of an integer or bool tensor. Read only. */
    public long[] longs() {
        if (ints == null) throw new IllegalStateException("not an integer tensor: " + type);
        return ints;
    }

    /** All elements as a fresh double array (any numeric type). */
    public double[] toDoubles() {
        double[] d = new double[size()];
        for (int i = 0; i < d.length; i++) d[i] = getDouble(i);
        return d;
    }

    /** All elements as a fresh long array (any numeric type). */
    public long[] toLongs() {
        long[] l = new long[size()];
        for (int i = 0; i < l.length; i++) l[i] = getLong(i);
        return l;
    }

    public String[] strings() { return strings; }

    /** The same data viewed with another shape of the same size. */
    public Tensor reshape(Shape s) {
        if (s.size() != type.size()) throw new IllegalArgumentException("cannot reshape " + type + " to " + s);
        return new Tensor(type.withShape(s), floats, ints, strings);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Tensor t) || !type.equals(t.type)) return false;
        return Arrays.equals(floats, t.floats) && Arrays.equals(ints, t.ints) && Arrays.equals(strings, t.strings);
    }

    /**
     * Computed on first use and kept, as {@link String} does (tensors are immutable): a graph's nodes are records that
     * hash their constants, and hashing a large weight walks every element (the import of a 64 MiB GEMV spent a tenth
     * of its time there).
     */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            h = Objects.hash(type, Arrays.hashCode(floats), Arrays.hashCode(ints), Arrays.hashCode(strings));
            if (h == 0) hashIsZero = true;
            else hash = h;
        }
        return h;
    }

    /** The cached {@link #hashCode}, 0 until computed (racy but safe, as in {@link String}: any thread computes the same value). */
    private int hash;
    private boolean hashIsZero;

    @Override
    public String toString() {
        int n = Math.min(size(), 8);
        StringBuilder b = new StringBuilder(type.toString()).append('{');
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(", ");
            b.append(strings != null ? strings[i] : floats != null ? Double.toString(floats[i]) : Long.toString(ints[i]));
        }
        return b.append(size() > n ? ", ...}" : "}").toString();
    }
}
