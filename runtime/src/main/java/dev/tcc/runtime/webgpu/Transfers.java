package dev.tcc.runtime.webgpu;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static dev.tcc.runtime.webgpu.WebGpuAbi.BUFFER_DESCRIPTOR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.U64;
import static dev.tcc.runtime.webgpu.WebGpuAbi.offset;
import static dev.tcc.runtime.webgpu.WebGpuAbi.putString;

/**
 * Buffers and host transfers of one device: creation, {@code wgpuQueueWriteBuffer} uploads, and reads
 * through a reusable MapRead staging buffer (copy, submit, map, copy out, unmap). Device lock held.
 */
final class Transfers {
    private final WebGpuDevice device;
    private MemorySegment staging = MemorySegment.NULL;
    private long stagingSize;

    Transfers(WebGpuDevice device) { this.device = device; }

    GpuBuffer create(String label, long bytes, GpuBuffer.Kind kind) {
        if (bytes < 0) throw new IllegalArgumentException("buffer '" + label + "' of negative size " + bytes);
        long align = kind == GpuBuffer.Kind.UNIFORM ? 16 : 4;
        long allocated = Math.max(align, (bytes + align - 1) / align * align);
        long max = device.limits().maxBufferSize();
        if (allocated > max) {
            throw new WebGpuException("buffer '" + label + "' needs " + allocated + " bytes, more than the "
                    + max + " (maxBufferSize) of " + device.describe());
        }
        long usage = kind == GpuBuffer.Kind.UNIFORM
                ? WebGpuAbi.BUFFER_USAGE_UNIFORM | WebGpuAbi.BUFFER_USAGE_COPY_SRC | WebGpuAbi.BUFFER_USAGE_COPY_DST
                : WebGpuAbi.BUFFER_USAGE_STORAGE | WebGpuAbi.BUFFER_USAGE_COPY_SRC | WebGpuAbi.BUFFER_USAGE_COPY_DST;
        MemorySegment handle = device.scoped("creating buffer '" + label + "' (" + allocated + " bytes)",
                () -> createRaw(label, allocated, usage));
        return device.adopt(new GpuBuffer(device, label, handle, bytes, allocated, kind));
    }

    private MemorySegment createRaw(String label, long bytes, long usage) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment desc = arena.allocate(BUFFER_DESCRIPTOR);
            putString(desc, offset(BUFFER_DESCRIPTOR, "label"), label, arena);
            desc.set(U64, offset(BUFFER_DESCRIPTOR, "usage"), usage);
            desc.set(U64, offset(BUFFER_DESCRIPTOR, "size"), bytes);
            return Wgpu.deviceCreateBuffer(device.handle(), desc);
        }
    }

    void write(GpuBuffer buffer, long offset, MemorySegment data) {
        long padded = (data.byteSize() + 3) / 4 * 4;
        checkRange(buffer, offset, padded, "writing");
        if (padded == 0) return;
        device.scoped("writing " + data.byteSize() + " bytes to buffer '" + buffer.label() + "'", () -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment src = data;
                if (!data.isNative() || padded != data.byteSize()) {
                    src = arena.allocate(padded, 8);
                    src.copyFrom(data);
                }
                Wgpu.queueWriteBuffer(device.queue(), buffer.handle(), offset, src, padded);
            }
            return null;
        });
    }

    void read(GpuBuffer buffer, long offset, MemorySegment dst) {
        long padded = (dst.byteSize() + 3) / 4 * 4;
        checkRange(buffer, offset, padded, "reading");
        if (padded == 0) return;
        String what = "reading " + dst.byteSize() + " bytes of buffer '" + buffer.label() + "'";
        MemorySegment stage = staging(padded);
        device.scoped(what, () -> {
            Commands.submit(device, "read " + buffer.label(),
                    encoder -> Wgpu.encoderCopyBufferToBuffer(encoder, buffer.handle(), offset, stage, 0, padded));
            return null;
        });
        MemorySegment mapped = Commands.mapRead(device, stage, padded, what);
        try {
            dst.copyFrom(mapped.asSlice(0, dst.byteSize()));
        } finally {
            Wgpu.bufferUnmap(stage);
        }
        device.throwUncaptured(what);
    }

    private void checkRange(GpuBuffer buffer, long offset, long bytes, String doing) {
        if (offset < 0 || offset % 4 != 0 || offset + bytes > buffer.allocatedSize()) {
            throw new IllegalArgumentException(doing + " " + bytes + " bytes at offset " + offset + " of buffer '"
                    + buffer.label() + "' (" + buffer.allocatedSize() + " bytes): the offset must be a multiple of 4 "
                    + "and the range inside the buffer");
        }
    }

    private MemorySegment staging(long bytes) {
        if (bytes > stagingSize) {
            release();
            long size = Math.max(bytes, Math.min(Long.highestOneBit(Math.max(bytes, 4096) - 1) << 1,
                    device.limits().maxBufferSize()));
            staging = device.scoped("creating the read-back buffer (" + size + " bytes)", () -> createRaw(
                    "tcc read-back", size, WebGpuAbi.BUFFER_USAGE_MAP_READ | WebGpuAbi.BUFFER_USAGE_COPY_DST));
            stagingSize = size;
        }
        return staging;
    }

    void release() {
        if (staging.equals(MemorySegment.NULL)) return;
        Wgpu.bufferDestroy(staging);
        Wgpu.Release.BUFFER.release(staging);
        staging = MemorySegment.NULL;
        stagingSize = 0;
    }
}
