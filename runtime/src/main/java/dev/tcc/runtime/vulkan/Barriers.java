package dev.tcc.runtime.vulkan;

import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.VkCommandBuffer;
import org.lwjgl.vulkan.VkMemoryBarrier;

import static org.lwjgl.vulkan.VK10.*;

/**
 * The global memory barriers tcc records. Every buffer is used whole by one queue, so global barriers say
 * everything buffer barriers would, with one call. Each barrier covers the work submitted before it on the
 * queue (earlier command buffers too), so programs and transfers need no semaphores between them.
 */
final class Barriers {
    private Barriers() {}

    /** Shader writes (of earlier dispatches) and transfer writes visible to the next dispatch. */
    static void beforeDispatch(VkCommandBuffer cb) {
        memory(cb, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT,
                VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT,
                VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT);
    }

    /** Dispatch results visible to later copies and to the host once the fence signals. */
    static void afterDispatches(VkCommandBuffer cb) {
        memory(cb, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_ACCESS_SHADER_WRITE_BIT,
                VK_PIPELINE_STAGE_TRANSFER_BIT | VK_PIPELINE_STAGE_HOST_BIT,
                VK_ACCESS_TRANSFER_READ_BIT | VK_ACCESS_TRANSFER_WRITE_BIT | VK_ACCESS_HOST_READ_BIT);
    }

    /** Earlier dispatches and copies done with a buffer before a copy reads or overwrites it. */
    static void beforeTransfer(VkCommandBuffer cb) {
        memory(cb, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT,
                VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT,
                VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_READ_BIT | VK_ACCESS_TRANSFER_WRITE_BIT);
    }

    /** A copy's writes visible to later dispatches, copies and the host. */
    static void afterTransfer(VkCommandBuffer cb) {
        memory(cb, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_WRITE_BIT,
                VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT | VK_PIPELINE_STAGE_HOST_BIT,
                VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_READ_BIT
                        | VK_ACCESS_TRANSFER_WRITE_BIT | VK_ACCESS_HOST_READ_BIT);
    }

    private static void memory(VkCommandBuffer cb, int srcStages, int srcAccess, int dstStages, int dstAccess) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            var barrier = VkMemoryBarrier.calloc(1, s).sType$Default().srcAccessMask(srcAccess).dstAccessMask(dstAccess);
            vkCmdPipelineBarrier(cb, srcStages, dstStages, 0, barrier, null, null);
        }
    }
}
