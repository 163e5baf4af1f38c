package dev.tcc.runtime.vulkan;

import org.lwjgl.vulkan.VkPhysicalDevice;

/**
 * A physical device found by a {@link VulkanInstance}, with the queue family tcc submits compute work to.
 * Valid while its instance is open; open a logical device with {@link VulkanInstance#open}.
 */
public final class VulkanPhysicalDevice {
    private final VkPhysicalDevice handle;
    private final int queueFamily;
    private final VulkanDeviceInfo info;

    VulkanPhysicalDevice(VkPhysicalDevice handle, int queueFamily, VulkanDeviceInfo info) {
        this.handle = handle;
        this.queueFamily = queueFamily;
        this.info = info;
    }

    public VulkanDeviceInfo info() { return info; }

    VkPhysicalDevice handle() { return handle; }

    /** The queue family with compute (preferring one that takes timestamps) that the device submits to. */
    int queueFamily() { return queueFamily; }

    @Override public String toString() { return info.summary(); }
}
