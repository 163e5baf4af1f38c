package dev.tcc.ir.program;

import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.kernel.HostArrays;

/**
 * Converts between {@link Tensor}s and the host arrays of their device storage type
 * ({@link DeviceTypes#storage}): f16 as half bits, bf16 and the 8/4-bit floats as f32 values, 4- and
 * 2-bit integers one per byte.
 */
public final class HostCodec {
    private HostCodec() {}

    /** The host array holding {@code t} in storage type {@code storage}. */
    public static Object toHost(Tensor t, DType storage) {
        int n = t.size();
        Object a = HostArrays.allocate(storage, n);
        if (storage.isFloat()) {
            for (int i = 0; i < n; i++) HostArrays.setDouble(storage, a, i, t.getDouble(i));
        } else {
            for (int i = 0; i < n; i++) HostArrays.setLong(storage, a, i, t.getLong(i));
        }
        return a;
    }

    /** The tensor of graph type {@code dtype} and {@code shape} held in host array {@code a} of {@code storage}. */
    public static Tensor fromHost(Object a, DType storage, DType dtype, Shape shape) {
        int n = HostArrays.length(a);
        if (dtype.isFloat()) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) d[i] = HostArrays.getDouble(storage, a, i);
            return Tensor.ofDoubles(dtype, shape, d);
        }
        long[] l = new long[n];
        for (int i = 0; i < n; i++) l[i] = HostArrays.getLong(storage, a, i);
        return Tensor.ofLongs(dtype, shape, l);
    }
}
