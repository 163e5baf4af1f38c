package dev.tcc.runtime.opencl;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.HostArrays;
import org.lwjgl.system.MemoryUtil;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Copies between host arrays ({@link HostArrays}) and native staging memory. */
final class HostTransfer {
    private HostTransfer() {}

    /** A native buffer holding {@code array}'s elements; free it with {@link MemoryUtil#memFree}. */
    static ByteBuffer stage(Object array, long bytes) {
        ByteBuffer b = MemoryUtil.memAlloc(Math.toIntExact(Math.max(bytes, 1))).order(ByteOrder.nativeOrder());
        switch (array) {
            case float[] a -> b.asFloatBuffer().put(a);
            case double[] a -> b.asDoubleBuffer().put(a);
            case short[] a -> b.asShortBuffer().put(a);
            case byte[] a -> b.put(0, a);
            case int[] a -> b.asIntBuffer().put(a);
            case long[] a -> b.asLongBuffer().put(a);
            default -> throw new IllegalArgumentException("not a host array: " + array.getClass());
        }
        b.limit(Math.toIntExact(bytes));
        return b;
    }

    /** Copies {@code b}'s elements into {@code array}. */
    static void unstage(ByteBuffer b, Object array) {
        b = b.duplicate().order(ByteOrder.nativeOrder());
        switch (array) {
            case float[] a -> b.asFloatBuffer().get(a);
            case double[] a -> b.asDoubleBuffer().get(a);
            case short[] a -> b.asShortBuffer().get(a);
            case byte[] a -> b.get(0, a);
            case int[] a -> b.asIntBuffer().get(a);
            case long[] a -> b.asLongBuffer().get(a);
            default -> throw new IllegalArgumentException("not a host array: " + array.getClass());
        }
    }

    /** Checks that {@code array} holds exactly {@code elements} elements of {@code type}. */
    static void checkArray(DType type, long elements, Object array, String what) {
        HostArrays.check(type, array, what);
        int n = HostArrays.length(array);
        if (n != elements) throw new dev.tcc.runtime.DeviceException(what + " has " + elements + " elements but the host array has " + n);
    }
}
