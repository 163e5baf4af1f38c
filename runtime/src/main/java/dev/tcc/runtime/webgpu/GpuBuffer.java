package dev.tcc.runtime.webgpu;

import java.lang.foreign.MemorySegment;

/**
 * A device buffer: a storage buffer (read-write in kernels, copy source and destination) or a uniform buffer
 * (kernel parameters). Sizes are rounded up to a multiple of 4 bytes, as WebGPU copies require; {@link
 * #size} is the size asked for.
 */
public final class GpuBuffer extends WebGpuObject {
    /** How kernels see the buffer. */
    public enum Kind { STORAGE, UNIFORM }

    private final long size;
    private final long allocated;
    private final Kind bufferKind;

    GpuBuffer(WebGpuDevice device, String label, MemorySegment handle, long size, long allocated, Kind kind) {
        super(device, label, handle, Wgpu.Release.BUFFER);
        this.size = size;
        this.allocated = allocated;
        this.bufferKind = kind;
    }

    /** Bytes asked for at creation. */
    public long size() { return size; }

    /** Bytes Dawn allocated (size rounded up to 4, or to 16 for uniform buffers). */
    public long allocatedSize() { return allocated; }

    public Kind bufferKind() { return bufferKind; }

    @Override
    String kind() { return bufferKind == Kind.UNIFORM ? "uniform buffer" : "buffer"; }

    @Override
    void releaseNative() {
        if (!isClosed()) Wgpu.bufferDestroy(handle());
        super.releaseNative();
    }
}
