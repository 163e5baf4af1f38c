package dev.tcc.runtime.vulkan;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;

import static org.lwjgl.system.MemoryUtil.memAlloc;
import static org.lwjgl.system.MemoryUtil.memByteBuffer;
import static org.lwjgl.system.MemoryUtil.memFree;

/**
 * A device-local storage buffer. On unified memory (CPU, integrated GPU) it stays mapped and host reads and
 * writes are plain copies; otherwise they go through the device's staging buffer. Host access happens only
 * between submissions (every submission has finished when its method returns), so no extra fencing is
 * needed; the barriers at the end of each program make shader writes visible to the host.
 *
 * <p>Numbers are little-endian, as SPIR-V shaders see them on every device tcc targets.
 */
public final class VulkanBuffer implements AutoCloseable {
    private final VulkanDevice device;
    private final RawBuffer raw;
    private final long size;
    private boolean destroyed;

    VulkanBuffer(VulkanDevice device, RawBuffer raw, long size) {
        this.device = device;
        this.raw = raw;
        this.size = size;
    }

    /** Size in bytes as asked (the allocation is rounded up to whole words). */
    public long size() { return size; }

    /** Whether host access is a direct copy into mapped memory rather than a staged transfer. */
    public boolean mapped() { return raw.mapped() != 0; }

    /** Copies {@code src}'s remaining bytes into the buffer at byte {@code offset}; src's position is unchanged. */
    public void write(long offset, ByteBuffer src) {
        synchronized (device) {
            checkRange(offset, src.remaining(), "write");
            if (mapped()) memByteBuffer(raw.mapped() + offset, src.remaining()).put(src.duplicate());
            else device.transfers().upload(src, raw.buffer(), offset);
        }
    }

    /** Fills {@code dst}'s remaining bytes from the buffer at byte {@code offset}; dst's position is unchanged. */
    public void read(long offset, ByteBuffer dst) {
        synchronized (device) {
            checkRange(offset, dst.remaining(), "read");
            if (mapped()) dst.duplicate().put(memByteBuffer(raw.mapped() + offset, dst.remaining()));
            else device.transfers().download(raw.buffer(), offset, dst);
        }
    }

    /** Writes {@code values} from byte 0. */
    public void write(float[] values) { writeWith(4L * values.length, b -> b.asFloatBuffer().put(values)); }

    /** Writes {@code values} from byte 0. */
    public void write(int[] values) { writeWith(4L * values.length, b -> b.asIntBuffer().put(values)); }

    /** The first {@code count} floats. */
    public float[] readFloats(int count) { return read(new float[count]); }

    /** The first {@code count} 32-bit integers. */
    public int[] readInts(int count) { return read(new int[count]); }

    /**
     * Fills {@code into} from byte 0 and returns it; reusing one array saves its allocation, which costs more
     * than the copy for large reads.
     */
    public float[] read(float[] into) {
        readWith(4L * into.length, b -> b.asFloatBuffer().get(into));
        return into;
    }

    /** Fills {@code into} from byte 0 and returns it. */
    public int[] read(int[] into) {
        readWith(4L * into.length, b -> b.asIntBuffer().get(into));
        return into;
    }

    /**
     * Lets {@code fill} write {@code bytes} bytes from offset 0 into a little-endian view: the mapped memory
     * itself, or a malloc'ed buffer that is then staged (a heap buffer would cost an allocation and zeroing
     * that take longer than the copy).
     */
    private void writeWith(long bytes, Consumer<ByteBuffer> fill) {
        synchronized (device) {
            checkRange(0, bytes, "write");
            if (mapped()) {
                fill.accept(memByteBuffer(raw.mapped(), (int) bytes).order(ByteOrder.LITTLE_ENDIAN));
                return;
            }
            ByteBuffer tmp = memAlloc((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
            try {
                fill.accept(tmp);
                device.transfers().upload(tmp, raw.buffer(), 0);
            } finally {
                memFree(tmp);
            }
        }
    }

    /** Lets {@code drain} read {@code bytes} bytes from offset 0 out of a little-endian view, as {@link #writeWith}. */
    private void readWith(long bytes, Consumer<ByteBuffer> drain) {
        synchronized (device) {
            checkRange(0, bytes, "read");
            if (mapped()) {
                drain.accept(memByteBuffer(raw.mapped(), (int) bytes).order(ByteOrder.LITTLE_ENDIAN));
                return;
            }
            ByteBuffer tmp = memAlloc((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
            try {
                device.transfers().download(raw.buffer(), 0, tmp);
                drain.accept(tmp);
            } finally {
                memFree(tmp);
            }
        }
    }

    /** Sets every word of the buffer to {@code word} on the device ({@code 0} zeroes it). */
    public void fill(int word) {
        synchronized (device) {
            checkLive();
            device.transfers().fill(raw.buffer(), 0, org.lwjgl.vulkan.VK10.VK_WHOLE_SIZE, word);
        }
    }

    private void checkRange(long offset, long length, String what) {
        checkLive();
        if (offset < 0 || offset + length > size) {
            throw new IndexOutOfBoundsException("Vulkan buffer " + what + " of " + length + " bytes at offset " + offset
                    + " is outside the buffer's " + size + " bytes");
        }
    }

    private void checkLive() {
        device.checkUsable();
        if (destroyed) throw new IllegalStateException(this + " used after close()");
    }

    VulkanDevice device() { return device; }

    long handle() { return raw.buffer(); }

    /** Frees the buffer now. Throws if an open program still uses it. */
    @Override
    public void close() {
        synchronized (device) {
            if (destroyed) return;
            var users = device.programsUsing(this);
            if (!users.isEmpty()) {
                throw new IllegalStateException(this + " is used by " + users.size() + " open program(s): close them first");
            }
            destroy();
            device.forget(this);
        }
    }

    /** Frees the Vulkan objects; the device's bookkeeping is the caller's. */
    void destroy() {
        if (destroyed) return;
        destroyed = true;
        raw.destroy(device.handle());
    }

    boolean destroyed() { return destroyed; }

    @Override public String toString() { return "Vulkan buffer (" + size + " bytes" + (mapped() ? ", mapped" : "") + ")"; }
}
