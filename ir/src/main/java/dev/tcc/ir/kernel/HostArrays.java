package dev.tcc.ir.kernel;

import dev.tcc.ir.DType;

/**
 * The Java arrays that hold kernel memory on the host, one primitive array type per storage type:
 * {@code float[]} f32, {@code double[]} f64, {@code short[]} f16 (IEEE half bits), i16 and u16,
 * {@code byte[]} i8, u8 and bool, {@code int[]} i32 and u32, {@code long[]} i64 and u64. Unsigned
 * types use the same bits as their signed twins. The kernel interpreter and the device runtimes both
 * read and write these.
 */
public final class HostArrays {
    private HostArrays() {}

    /** The array class that holds elements of {@code storage}. */
    public static Class<?> arrayClass(DType storage) {
        return switch (storage) {
            case F32 -> float[].class;
            case F64 -> double[].class;
            case F16, I16, U16 -> short[].class;
            case I8, U8, BOOL -> byte[].class;
            case I32, U32 -> int[].class;
            case I64, U64 -> long[].class;
            default -> throw new KernelIrException("no host array type for " + storage);
        };
    }

    /** A zeroed array of {@code n} elements of {@code storage}. */
    public static Object allocate(DType storage, int n) {
        return java.lang.reflect.Array.newInstance(arrayClass(storage).componentType(), n);
    }

    /** The number of elements of a host array. */
    public static int length(Object array) { return java.lang.reflect.Array.getLength(array); }

    /** Throws a clear error unless {@code array} is the host array type of {@code storage}. */
    public static void check(DType storage, Object array, String what) {
        Class<?> want = arrayClass(storage);
        if (array == null || array.getClass() != want) {
            throw new KernelIrException(what + " holds " + storage + " elements and needs a " + want.getSimpleName()
                    + ", got " + (array == null ? "null" : array.getClass().getSimpleName()));
        }
    }

    /** Element {@code i} of a float-valued array (f16, f32, f64) as a double. */
    public static double getDouble(DType storage, Object a, int i) {
        return switch (storage) {
            case F32 -> ((float[]) a)[i];
            case F64 -> ((double[]) a)[i];
            case F16 -> Float.float16ToFloat(((short[]) a)[i]);
            default -> throw new KernelIrException(storage + " is not a float type");
        };
    }

    /** Sets element {@code i} of a float-valued array, rounding to nearest even. */
    public static void setDouble(DType storage, Object a, int i, double v) {
        switch (storage) {
            case F32 -> ((float[]) a)[i] = (float) v;
            case F64 -> ((double[]) a)[i] = v;
            case F16 -> ((short[]) a)[i] = Float.floatToFloat16((float) v);
            default -> throw new KernelIrException(storage + " is not a float type");
        }
    }

    /** Element {@code i} of an integer or bool array, sign- or zero-extended to a long. */
    public static long getLong(DType storage, Object a, int i) {
        return switch (storage) {
            case I8 -> ((byte[]) a)[i];
            case U8 -> ((byte[]) a)[i] & 0xFFL;
            case BOOL -> ((byte[]) a)[i] != 0 ? 1 : 0;
            case I16 -> ((short[]) a)[i];
            case U16 -> ((short[]) a)[i] & 0xFFFFL;
            case I32 -> ((int[]) a)[i];
            case U32 -> ((int[]) a)[i] & 0xFFFFFFFFL;
            case I64, U64 -> ((long[]) a)[i];
            default -> throw new KernelIrException(storage + " is not an integer type");
        };
    }

    /** Sets element {@code i} of an integer or bool array, keeping the low bits (bool: {@code v != 0}). */
    public static void setLong(DType storage, Object a, int i, long v) {
        switch (storage) {
            case I8, U8 -> ((byte[]) a)[i] = (byte) v;
            case BOOL -> ((byte[]) a)[i] = (byte) (v != 0 ? 1 : 0);
            case I16, U16 -> ((short[]) a)[i] = (short) v;
            case I32, U32 -> ((int[]) a)[i] = (int) v;
            case I64, U64 -> ((long[]) a)[i] = v;
            default -> throw new KernelIrException(storage + " is not an integer type");
        }
    }

    /** A host array of {@code storage} holding {@code values} (rounded or truncated-and-wrapped). */
    public static Object fromDoubles(DType storage, double... values) {
        Object a = allocate(storage, values.length);
        for (int i = 0; i < values.length; i++) {
            if (storage.isFloat()) setDouble(storage, a, i, values[i]);
            else setLong(storage, a, i, (long) values[i]);
        }
        return a;
    }

    /** The elements of a host array of {@code storage} as doubles. */
    public static double[] toDoubles(DType storage, Object a) {
        double[] d = new double[length(a)];
        for (int i = 0; i < d.length; i++) {
            d[i] = storage.isFloat() ? getDouble(storage, a, i)
                    : storage == DType.U64 ? dev.tcc.ir.Numerics.unsignedToDouble(getLong(storage, a, i)) : getLong(storage, a, i);
        }
        return d;
    }
}
