package dev.tcc.runtime.vulkan;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Builds a push-constant block the way a std430 block of scalars lays it out: each value at the next
 * offset aligned to its own size, little-endian. {@code PushConstants.of().i32(n).f32(alpha).bytes()}.
 */
public final class PushConstants {
    private ByteBuffer bytes = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);

    private PushConstants() {}

    public static PushConstants of() { return new PushConstants(); }

    public PushConstants i32(int v) { room(4).putInt(v); return this; }

    public PushConstants u32(int v) { return i32(v); }

    public PushConstants f32(float v) { room(4).putFloat(v); return this; }

    public PushConstants i64(long v) { room(8).putLong(v); return this; }

    public PushConstants f64(double v) { room(8).putDouble(v); return this; }

    /** The block, padded to a multiple of 4 bytes as push-constant ranges require. */
    public byte[] bytes() {
        byte[] out = new byte[(bytes.position() + 3) & ~3];
        bytes.duplicate().flip().get(out, 0, bytes.position());
        return out;
    }

    private ByteBuffer room(int size) {
        int at = (bytes.position() + size - 1) / size * size;
        if (at + size > bytes.capacity()) {
            ByteBuffer bigger = ByteBuffer.allocate(bytes.capacity() * 2).order(ByteOrder.LITTLE_ENDIAN);
            bigger.put(bytes.flip());
            bytes = bigger;
        }
        return bytes.position(at);
    }
}
