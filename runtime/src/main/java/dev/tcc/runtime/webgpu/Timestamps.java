package dev.tcc.runtime.webgpu;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static dev.tcc.runtime.webgpu.WebGpuAbi.BUFFER_DESCRIPTOR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.PASS_TIMESTAMP_WRITES;
import static dev.tcc.runtime.webgpu.WebGpuAbi.PTR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.QUERY_SET_DESCRIPTOR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.U32;
import static dev.tcc.runtime.webgpu.WebGpuAbi.U64;
import static dev.tcc.runtime.webgpu.WebGpuAbi.offset;
import static dev.tcc.runtime.webgpu.WebGpuAbi.putString;

/**
 * GPU timing of dispatches with the {@code timestamp-query} feature: each dispatch runs in its own compute
 * pass that writes a timestamp at its beginning (query 2i) and end (2i+1); the submission then resolves
 * the queries into a buffer and copies them to a mappable one. WebGPU timestamps are nanoseconds.
 * Holds one query set and its two buffers, grown on demand; owned and used under the device's lock.
 */
final class Timestamps {
    /** WebGPU's largest query set: 4096 queries, so 2048 timed dispatches per submission. */
    static final int MAX_DISPATCHES = 2048;

    private final MemorySegment device;
    private int capacity;
    private MemorySegment querySet = MemorySegment.NULL;
    private MemorySegment resolve = MemorySegment.NULL;
    private MemorySegment readback = MemorySegment.NULL;

    Timestamps(MemorySegment device) { this.device = device; }

    /** Makes room for {@code dispatches} timed dispatches (at most {@link #MAX_DISPATCHES}). */
    void reserve(int dispatches) {
        if (dispatches <= capacity) return;
        release();
        capacity = Math.min(MAX_DISPATCHES, Math.max(dispatches, 16));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment q = arena.allocate(QUERY_SET_DESCRIPTOR);
            putString(q, offset(QUERY_SET_DESCRIPTOR, "label"), "tcc timestamps", arena);
            q.set(U32, offset(QUERY_SET_DESCRIPTOR, "type"), WebGpuAbi.QUERY_TYPE_TIMESTAMP);
            q.set(U32, offset(QUERY_SET_DESCRIPTOR, "count"), 2 * capacity);
            querySet = Wgpu.deviceCreateQuerySet(device, q);
            resolve = buffer(arena, "tcc timestamp resolve",
                    WebGpuAbi.BUFFER_USAGE_QUERY_RESOLVE | WebGpuAbi.BUFFER_USAGE_COPY_SRC);
            readback = buffer(arena, "tcc timestamp readback",
                    WebGpuAbi.BUFFER_USAGE_MAP_READ | WebGpuAbi.BUFFER_USAGE_COPY_DST);
        }
    }

    private MemorySegment buffer(Arena arena, String label, long usage) {
        MemorySegment b = arena.allocate(BUFFER_DESCRIPTOR);
        putString(b, offset(BUFFER_DESCRIPTOR, "label"), label, arena);
        b.set(U64, offset(BUFFER_DESCRIPTOR, "usage"), usage);
        b.set(U64, offset(BUFFER_DESCRIPTOR, "size"), 16L * capacity);
        return Wgpu.deviceCreateBuffer(device, b);
    }

    /** A {@code WGPUPassTimestampWrites} for dispatch {@code i}. */
    MemorySegment writes(Arena arena, int i) {
        MemorySegment w = arena.allocate(PASS_TIMESTAMP_WRITES);
        w.set(PTR, offset(PASS_TIMESTAMP_WRITES, "querySet"), querySet);
        w.set(U32, offset(PASS_TIMESTAMP_WRITES, "beginningOfPassWriteIndex"), 2 * i);
        w.set(U32, offset(PASS_TIMESTAMP_WRITES, "endOfPassWriteIndex"), 2 * i + 1);
        return w;
    }

    /** Encodes resolving the first {@code dispatches} pairs and copying them to the mappable buffer. */
    void encodeResolve(MemorySegment encoder, int dispatches) {
        Wgpu.encoderResolveQuerySet(encoder, querySet, 0, 2 * dispatches, resolve, 0);
        Wgpu.encoderCopyBufferToBuffer(encoder, resolve, 0, readback, 0, 16L * dispatches);
    }

    /** The mappable buffer holding {@code 2 * dispatches} u64 timestamps after the submission. */
    MemorySegment readback() { return readback; }

    /** Nanoseconds of each dispatch, from the mapped timestamps. */
    static long[] durations(MemorySegment mapped, int dispatches) {
        long[] out = new long[dispatches];
        for (int i = 0; i < dispatches; i++) {
            long begin = mapped.getAtIndex(U64, 2L * i);
            long end = mapped.getAtIndex(U64, 2L * i + 1);
            out[i] = Math.max(0, end - begin);
        }
        return out;
    }

    void release() {
        if (!readback.equals(MemorySegment.NULL)) Wgpu.bufferDestroy(readback);
        if (!resolve.equals(MemorySegment.NULL)) Wgpu.bufferDestroy(resolve);
        Wgpu.Release.BUFFER.release(readback);
        Wgpu.Release.BUFFER.release(resolve);
        Wgpu.Release.QUERY_SET.release(querySet);
        readback = resolve = querySet = MemorySegment.NULL;
        capacity = 0;
    }
}
