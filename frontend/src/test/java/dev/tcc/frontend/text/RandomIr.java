package dev.tcc.frontend.text;

import dev.tcc.ir.DType;
import dev.tcc.ir.Op;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.text.TensorText;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** Seeded generators of awkward names, doubles, tensors and ops with arbitrary attribute values. */
final class RandomIr {
    private final Random r;

    RandomIr(long seed) { r = new Random(seed); }

    Random random() { return r; }

    private static final String[] AWKWARD = {"", " ", "\"", "\\", "\n", "\r\n", "\t", "%", "@", ":", "::", "/", ".", "-", "<", ">",
        "=", ",", "[", "]", "{", "}", "ü", "\u00a0", "日本", "\ud83d\ude00", "\ud800", "\udc00", "\u0000", "\u007f", "\u001b", "\\u0041", "nan", "inf",
        "graph", "return", "as", "dense", "hex", "true", "//", "/*"};

    /** A string that is sometimes a bare name and often full of characters that need quoting. */
    String name() {
        StringBuilder b = new StringBuilder();
        int parts = r.nextInt(4);
        for (int i = 0; i < parts; i++) {
            if (r.nextInt(3) == 0) b.append(AWKWARD[r.nextInt(AWKWARD.length)]);
            else b.append("abcXYZ_019.".charAt(r.nextInt(11)));
        }
        return b.toString();
    }

    private static final double[] SPECIAL = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, 1e-5, 0.1, 1.0 / 3, 1e300, 65504.0, 1.0e-45, 3.4028235e38};

    double anyDouble() {
        return switch (r.nextInt(4)) {
            case 0 -> SPECIAL[r.nextInt(SPECIAL.length)];
            case 1 -> Double.longBitsToDouble(r.nextLong());
            case 2 -> (r.nextInt(2001) - 1000) / 8.0;
            default -> r.nextGaussian();
        };
    }

    long anyLong() {
        return switch (r.nextInt(3)) {
            case 0 -> r.nextLong();
            case 1 -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1}[r.nextInt(5)];
            default -> r.nextInt(41) - 20;
        };
    }

    /** A random shape of up to rank 3; about a third are large enough for the hex form. */
    Shape shape() {
        if (r.nextInt(3) == 0) return Shape.of(2, 9 + r.nextInt(30));
        int rank = r.nextInt(4);
        long[] dims = new long[rank];
        for (int i = 0; i < rank; i++) dims[i] = r.nextInt(4);
        return new Shape(dims);
    }

    /** A tensor of type {@code d} with arbitrary values: special and random-bit floats, wrapped integers, awkward strings. */
    Tensor tensor(DType d, Shape s) {
        int n = Math.toIntExact(s.size());
        if (d == DType.STRING) {
            String[] v = new String[n];
            for (int i = 0; i < n; i++) v[i] = name();
            return Tensor.ofStrings(s, v);
        }
        if (d.bits() <= 8 && d.isFloat()) { // every bit pattern of the small formats is a value
            byte[] bytes = new byte[Math.toIntExact(((long) n * d.bits() + 7) / 8)];
            r.nextBytes(bytes);
            if (d.bits() == 4 && n % 2 == 1) bytes[bytes.length - 1] &= 0x0F;
            return TensorText.fromHex(new TensorType(d, s), HexFormat.of().formatHex(bytes));
        }
        if (d.isFloat()) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = anyDouble();
            return Tensor.ofDoubles(d, s, v);
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = anyLong();
        return Tensor.ofLongs(d, s, v);
    }

    DType dtype() { return DType.values()[r.nextInt(DType.values().length)]; }

    /**
     * An op of record class {@code type} whose attributes are random values of the components' types, made
     * through the canonical constructor (attribute values need not make sense: only the text form is tested).
     */
    Op op(Class<?> type) {
        RecordComponent[] rc = type.getRecordComponents();
        Object[] args = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) args[i] = value(rc[i].getGenericType());
        try {
            Constructor<?> c = type.getDeclaredConstructor(Arrays.stream(rc).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return (Op) c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type, e);
        }
    }

    private Object value(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            List<Object> l = new ArrayList<>();
            int n = r.nextInt(5);
            for (int i = 0; i < n; i++) l.add(value(p.getActualTypeArguments()[0]));
            return l;
        }
        if (t == long.class || t == Long.class) return anyLong();
        if (t == int.class || t == Integer.class) return (int) anyLong();
        if (t == double.class || t == Double.class) return anyDouble();
        if (t == boolean.class) return r.nextBoolean();
        if (t == String.class) return name();
        if (t == Tensor.class) {
            DType d = dtype();
            return tensor(d, shape());
        }
        if (t instanceof Class<?> c && c.isEnum()) {
            Object[] values = c.getEnumConstants();
            return values[r.nextInt(values.length)];
        }
        throw new IllegalArgumentException("RandomIr cannot make a " + t + ": add it here and to the printer");
    }
}
