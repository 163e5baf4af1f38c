package dev.tcc.runtime.vulkan;

import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.VkBufferCreateInfo;
import org.lwjgl.vulkan.VkDevice;
import org.lwjgl.vulkan.VkMemoryAllocateInfo;
import org.lwjgl.vulkan.VkMemoryRequirements;

import java.nio.LongBuffer;

import static org.lwjgl.vulkan.VK10.*;

/**
 * A {@code VkBuffer} with its own dedicated memory, mapped for its whole life when {@code map} was asked.
 * One allocation per buffer keeps freeing trivial; a sub-allocator is worth it only past a few thousand
 * buffers ({@code maxMemoryAllocationCount} is at least 4096).
 */
record RawBuffer(long buffer, long memory, long size, int memoryType, long mapped) {
    static RawBuffer create(VkDevice device, MemoryTypes types, long size, int usage, int required, int preferred,
                            boolean map, String what) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            LongBuffer lp = s.mallocLong(1);
            var info = VkBufferCreateInfo.calloc(s).sType$Default().size(size).usage(usage)
                    .sharingMode(VK_SHARING_MODE_EXCLUSIVE);
            VulkanErrors.check(vkCreateBuffer(device, info, null, lp), "vkCreateBuffer (" + what + ", " + size + " bytes)");
            long buffer = lp.get(0);
            long memory = 0;
            try {
                var req = VkMemoryRequirements.calloc(s);
                vkGetBufferMemoryRequirements(device, buffer, req);
                int type = types.require(req.memoryTypeBits(), required, preferred, what);
                var alloc = VkMemoryAllocateInfo.calloc(s).sType$Default().allocationSize(req.size()).memoryTypeIndex(type);
                VulkanErrors.check(vkAllocateMemory(device, alloc, null, lp),
                        "vkAllocateMemory (" + what + ", " + req.size() + " bytes)");
                memory = lp.get(0);
                VulkanErrors.check(vkBindBufferMemory(device, buffer, memory, 0), "vkBindBufferMemory");
                long mapped = 0;
                if (map) {
                    PointerBuffer pp = s.mallocPointer(1);
                    VulkanErrors.check(vkMapMemory(device, memory, 0, VK_WHOLE_SIZE, 0, pp), "vkMapMemory (" + what + ")");
                    mapped = pp.get(0);
                }
                return new RawBuffer(buffer, memory, size, type, mapped);
            } catch (RuntimeException e) {
                vkDestroyBuffer(device, buffer, null);
                if (memory != 0) vkFreeMemory(device, memory, null);
                throw e;
            }
        }
    }

    void destroy(VkDevice device) {
        vkDestroyBuffer(device, buffer, null);
        if (mapped != 0) vkUnmapMemory(device, memory);
        vkFreeMemory(device, memory, null);
    }
}
