package dev.tcc.runtime.webgpu;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.function.Consumer;

import static dev.tcc.runtime.webgpu.WebGpuAbi.COMMAND_ENCODER_DESCRIPTOR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.PTR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.offset;
import static dev.tcc.runtime.webgpu.WebGpuAbi.putString;

/** Recording and submitting one command buffer, and mapping a buffer for reading. Device lock held. */
final class Commands {
    private Commands() {}

    /** Records commands with {@code body} into an encoder labelled {@code label} and submits them. */
    static void submit(WebGpuDevice d, String label, Consumer<MemorySegment> body) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment desc = arena.allocate(COMMAND_ENCODER_DESCRIPTOR);
            putString(desc, offset(COMMAND_ENCODER_DESCRIPTOR, "label"), label, arena);
            MemorySegment encoder = Wgpu.deviceCreateCommandEncoder(d.handle(), desc);
            MemorySegment commands = MemorySegment.NULL;
            try {
                body.accept(encoder);
                commands = Wgpu.encoderFinish(encoder, MemorySegment.NULL);
                MemorySegment array = arena.allocate(PTR);
                array.set(PTR, 0, commands);
                Wgpu.queueSubmit(d.queue(), 1, array);
            } finally {
                Wgpu.Release.COMMAND_BUFFER.release(commands);
                Wgpu.Release.COMMAND_ENCODER.release(encoder);
            }
        }
    }

    /**
     * Maps the first {@code size} bytes of a MapRead {@code buffer} once the queue reaches it (so after every
     * earlier submission); the caller reads the returned segment, then calls {@code wgpuBufferUnmap}.
     */
    static MemorySegment mapRead(WebGpuDevice d, MemorySegment buffer, long size, String what) {
        try (Arena arena = Arena.ofConfined(); Callbacks.Pending p = new Callbacks.Pending()) {
            Wgpu.bufferMapAsync(buffer, WebGpuAbi.MAP_MODE_READ, 0, size, WebGpuAbi.callbackInfo(arena,
                    Callbacks.BUFFER_MAP, p.id, WebGpuAbi.CALLBACK_MODE_ALLOW_PROCESS_EVENTS));
            try {
                d.await(p.outcome, what);
            } catch (RuntimeException e) {
                Wgpu.bufferUnmap(buffer); // cancels the pending map, so the buffer can be used again
                throw e;
            }
            if (p.outcome.status != WebGpuAbi.STATUS_SUCCESS) {
                d.throwUncaptured(what);
                throw new WebGpuException(what + " failed: mapping status " + p.outcome.status + ": "
                        + p.outcome.message.strip());
            }
            MemorySegment range = Wgpu.bufferGetConstMappedRange(buffer, 0, size);
            if (range.equals(MemorySegment.NULL)) {
                Wgpu.bufferUnmap(buffer);
                throw new WebGpuException(what + ": wgpuBufferGetConstMappedRange returned NULL");
            }
            return range.reinterpret(size);
        }
    }
}
