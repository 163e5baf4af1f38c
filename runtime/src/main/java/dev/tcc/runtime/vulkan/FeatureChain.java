package dev.tcc.runtime.vulkan;

import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.VkPhysicalDeviceFeatures2;
import org.lwjgl.vulkan.VkPhysicalDeviceVulkan11Features;
import org.lwjgl.vulkan.VkPhysicalDeviceVulkan12Features;

/**
 * The feature structures tcc reads and enables, chained as Vulkan expects (Features2 -> 1.1 -> 1.2), all
 * zeroed on the caller's stack. The same chain is filled by {@code vkGetPhysicalDeviceFeatures2} and, with
 * only the wanted bits set, passed as {@code VkDeviceCreateInfo.pNext}.
 */
record FeatureChain(VkPhysicalDeviceFeatures2 core, VkPhysicalDeviceVulkan11Features v11,
                    VkPhysicalDeviceVulkan12Features v12) {
    static FeatureChain calloc(MemoryStack stack) {
        var v12 = VkPhysicalDeviceVulkan12Features.calloc(stack).sType$Default();
        var v11 = VkPhysicalDeviceVulkan11Features.calloc(stack).sType$Default().pNext(v12.address());
        var core = VkPhysicalDeviceFeatures2.calloc(stack).sType$Default().pNext(v11.address());
        return new FeatureChain(core, v11, v12);
    }
}
