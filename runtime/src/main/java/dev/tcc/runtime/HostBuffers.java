package dev.tcc.runtime;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.HostArrays;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Direct little-endian byte buffers to and from the Java arrays of {@link HostArrays} (tests and tools). */
public final class HostBuffers {
    private HostBuffers() {}

    /** A direct little-endian buffer of {@code bytes} bytes. */
    public static ByteBuffer allocate(long bytes) {
        return ByteBuffer.allocateDirect(Math.toIntExact(Math.max(bytes, 0))).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A direct buffer holding {@code array}'s elements (float[], double[], short[], byte[], int[] or long[]). */
    public static ByteBuffer of(Object array) {
        int n = HostArrays.length(array);
        ByteBuffer b;
        switch (array) {
            case float[] a -> { b = allocate(4L * n); b.asFloatBuffer().put(a); }
            case double[] a -> { b = allocate(8L * n); b.asDoubleBuffer().put(a); }
            case short[] a -> { b = allocate(2L * n); b.asShortBuffer().put(a); }
            case byte[] a -> { b = allocate(n); b.put(0, a); }
            case int[] a -> { b = allocate(4L * n); b.asIntBuffer().put(a); }
            case long[] a -> { b = allocate(8L * n); b.asLongBuffer().put(a); }
            default -> throw new IllegalArgumentException("not a host array: " + array.getClass());
        }
        return b;
    }

    /** The {@code HostArrays} array of {@code storage} holding {@code b}'s elements from its position. */
    public static Object toArray(DType storage, ByteBuffer b) {
        ByteBuffer d = b.slice().order(ByteOrder.LITTLE_ENDIAN);
        Object a = HostArrays.allocate(storage, d.remaining() / dev.tcc.ir.kernel.KernelTypes.storageBytes(storage));
        switch (a) {
            case float[] x -> d.asFloatBuffer().get(x);
            case double[] x -> d.asDoubleBuffer().get(x);
            case short[] x -> d.asShortBuffer().get(x);
            case byte[] x -> d.get(0, x);
            case int[] x -> d.asIntBuffer().get(x);
            case long[] x -> d.asLongBuffer().get(x);
            default -> throw new IllegalArgumentException("no host array for " + storage);
        }
        return a;
    }
}
