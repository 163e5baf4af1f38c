package dev.tcc.bench;

import dev.tcc.runtime.DeviceInfo;
import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.lwjgl.opencl.CL10.*;

/**
 * An OpenCL context and in-order queue of the peers' own (through LWJGL), on the device tcc's
 * {@link dev.tcc.runtime.Device} of the same {@link DeviceInfo} uses: CLBlast and the copy peers run there.
 */
public final class ClQueue implements AutoCloseable {
    private final long context;
    private final long queue;
    private final List<Long> buffers = new ArrayList<>();

    private ClQueue(long context, long queue) {
        this.context = context;
        this.queue = queue;
    }

    /** A context and profiling queue on the device tcc calls {@code info} (id {@code opencl:P.D}). */
    public static ClQueue on(DeviceInfo info) {
        String[] pd = info.id().substring(info.id().indexOf(':') + 1).split("\\.");
        try (MemoryStack s = MemoryStack.stackPush()) {
            long platform = handles(s, -1)[Integer.parseInt(pd[0])];
            long device = handles(s, platform)[Integer.parseInt(pd[1])];
            IntBuffer err = s.mallocInt(1);
            PointerBuffer props = s.mallocPointer(3).put(CL_CONTEXT_PLATFORM).put(platform).put(0).flip();
            long context = clCreateContext(props, device, null, 0L, err);
            check(err.get(0), "clCreateContext");
            long queue = clCreateCommandQueue(context, device, CL_QUEUE_PROFILING_ENABLE, err);
            check(err.get(0), "clCreateCommandQueue");
            return new ClQueue(context, queue);
        }
    }

    /** The platform ids ({@code platform} negative) or the device ids of {@code platform}. */
    private static long[] handles(MemoryStack s, long platform) {
        IntBuffer count = s.mallocInt(1);
        check(platform < 0 ? clGetPlatformIDs(null, count) : clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, null, count), "counting OpenCL handles");
        PointerBuffer ids = s.mallocPointer(count.get(0));
        check(platform < 0 ? clGetPlatformIDs(ids, (IntBuffer) null) : clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, ids, (IntBuffer) null), "listing OpenCL handles");
        long[] out = new long[ids.capacity()];
        for (int i = 0; i < out.length; i++) out[i] = ids.get(i);
        return out;
    }

    private static void check(int err, String what) {
        if (err != CL_SUCCESS) throw new IllegalStateException(what + " failed with OpenCL error " + err);
    }

    /** The {@code cl_command_queue} handle. */
    public long queue() { return queue; }

    /** A new read-write buffer of {@code bytes} bytes, freed with this queue. */
    public long buffer(long bytes) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            IntBuffer err = s.mallocInt(1);
            long mem = clCreateBuffer(context, CL_MEM_READ_WRITE, bytes, err);
            check(err.get(0), "clCreateBuffer");
            buffers.add(mem);
            return mem;
        }
    }

    /** Copies {@code data} (position to limit) into {@code mem}, waiting until done. */
    public void write(long mem, ByteBuffer data) { check(clEnqueueWriteBuffer(queue, mem, true, 0, data, null, null), "clEnqueueWriteBuffer"); }

    /** Copies {@code mem} into {@code data} (position to limit), waiting until done. */
    public void read(long mem, ByteBuffer data) { check(clEnqueueReadBuffer(queue, mem, true, 0, data, null, null), "clEnqueueReadBuffer"); }

    /** Queues a device-side copy of {@code bytes} bytes. */
    public void copy(long from, long to, long bytes) { check(clEnqueueCopyBuffer(queue, from, to, 0, 0, bytes, null, null), "clEnqueueCopyBuffer"); }

    /** Waits for everything queued. */
    public void finish() { check(clFinish(queue), "clFinish"); }

    @Override
    public void close() {
        buffers.forEach(b -> clReleaseMemObject(b));
        buffers.clear();
        clReleaseCommandQueue(queue);
        clReleaseContext(context);
    }
}
