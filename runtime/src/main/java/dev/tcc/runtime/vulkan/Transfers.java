package dev.tcc.runtime.vulkan;

import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.VkBufferCopy;
import org.lwjgl.vulkan.VkCommandBuffer;

import java.nio.ByteBuffer;

import static org.lwjgl.system.MemoryUtil.memByteBuffer;
import static org.lwjgl.vulkan.VK10.*;

/**
 * Copies between the host and buffers that are not mapped, through one host-visible staging buffer of at
 * most {@link #CHUNK} bytes that the device keeps and grows on demand; larger copies go chunk by chunk.
 * Also runs one-off commands (fills). Every call waits for its fence.
 */
final class Transfers {
    /** Largest staging buffer: big enough to stream at full speed, small enough not to double memory use. */
    static final long CHUNK = 16L << 20;

    private final VulkanDevice device;
    private final VkCommandBuffer commands;
    private final long fence;
    private RawBuffer staging;

    Transfers(VulkanDevice device) {
        this.device = device;
        this.commands = device.allocateCommandBuffer();
        this.fence = device.createFence();
    }

    /** Copies {@code src}'s remaining bytes to {@code dst} at {@code offset}; src's position is unchanged. */
    void upload(ByteBuffer src, long dstBuffer, long offset) {
        ByteBuffer from = src.duplicate();
        long done = 0;
        while (from.hasRemaining()) {
            int n = (int) Math.min(from.remaining(), CHUNK);
            RawBuffer stage = staging(n);
            memByteBuffer(stage.mapped(), n).put(from.slice(from.position(), n));
            from.position(from.position() + n);
            copy(stage.buffer(), 0, dstBuffer, offset + done, n, "upload");
            done += n;
        }
    }

    /** Fills {@code dst}'s remaining bytes from {@code srcBuffer} at {@code offset}; dst's position is unchanged. */
    void download(long srcBuffer, long offset, ByteBuffer dst) {
        ByteBuffer to = dst.duplicate();
        long done = 0;
        while (to.hasRemaining()) {
            int n = (int) Math.min(to.remaining(), CHUNK);
            RawBuffer stage = staging(n);
            copy(srcBuffer, offset + done, stage.buffer(), 0, n, "download");
            to.put(memByteBuffer(stage.mapped(), n));
            done += n;
        }
    }

    /** Sets {@code size} bytes (a multiple of 4, or VK_WHOLE_SIZE) at {@code offset} to copies of {@code word}. */
    void fill(long buffer, long offset, long size, int word) {
        VulkanDevice.recordInto(commands, cb -> {
            Barriers.beforeTransfer(cb);
            vkCmdFillBuffer(cb, buffer, offset, size, word);
            Barriers.afterTransfer(cb);
        });
        device.submitAndWait(commands, fence, "fill");
    }

    private void copy(long src, long srcOffset, long dst, long dstOffset, long size, String what) {
        VulkanDevice.recordInto(commands, cb -> {
            try (MemoryStack s = MemoryStack.stackPush()) {
                Barriers.beforeTransfer(cb);
                vkCmdCopyBuffer(cb, src, dst, VkBufferCopy.calloc(1, s).srcOffset(srcOffset).dstOffset(dstOffset).size(size));
                Barriers.afterTransfer(cb);
            }
        });
        device.submitAndWait(commands, fence, what);
    }

    private RawBuffer staging(long bytes) {
        if (staging != null && staging.size() >= bytes) return staging;
        if (staging != null) staging.destroy(device.handle());
        staging = null;
        long size = Math.min(CHUNK, Math.max(bytes, 1L << 16));
        staging = RawBuffer.create(device.handle(), device.memory(), size,
                VK_BUFFER_USAGE_TRANSFER_SRC_BIT | VK_BUFFER_USAGE_TRANSFER_DST_BIT, VulkanDevice.MAPPABLE,
                VulkanDevice.MAPPABLE | VK_MEMORY_PROPERTY_HOST_CACHED_BIT, true, "staging buffer");
        return staging;
    }

    void destroy() {
        if (staging != null) staging.destroy(device.handle());
        vkDestroyFence(device.handle(), fence, null);
        vkFreeCommandBuffers(device.handle(), device.commandPool(), commands);
    }
}
