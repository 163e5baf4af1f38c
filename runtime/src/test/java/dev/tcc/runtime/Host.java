package dev.tcc.runtime;

import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceBuffer;
import dev.tcc.runtime.HostBuffers;
import dev.tcc.runtime.KernelArg;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Java arrays to and from device buffers, and launch arguments from plain values, for the device tests. */
public final class Host {
    private Host() {}

    public static DeviceBuffer upload(Device d, dev.tcc.ir.DType type, Object array) {
        return d.upload(type, dev.tcc.ir.kernel.HostArrays.length(array), HostBuffers.of(array));
    }

    public static void write(Device d, DeviceBuffer b, Object array) { d.write(b, HostBuffers.of(array)); }

    /** Copies {@code b} into {@code array} (of the buffer's length). */
    public static void read(Device d, DeviceBuffer b, Object array) {
        ByteBuffer bytes = HostBuffers.allocate(b.bytes());
        d.read(b, bytes);
        Object back = HostBuffers.toArray(b.elementType(), bytes);
        System.arraycopy(back, 0, array, 0, java.lang.reflect.Array.getLength(back));
    }

    /** Buffers and numbers as launch arguments. */
    public static List<KernelArg> args(Object... values) {
        List<KernelArg> r = new ArrayList<>();
        for (Object v : values) r.add(v instanceof DeviceBuffer b ? KernelArg.of(b) : KernelArg.of((Number) v));
        return r;
    }
}
