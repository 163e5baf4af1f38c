package dev.tcc.runtime.vulkan;

import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.VkPhysicalDeviceCooperativeMatrixFeaturesNV;
import org.lwjgl.vulkan.VkPhysicalDeviceFeatures2;
import org.lwjgl.vulkan.VkPhysicalDeviceVulkan11Features;
import org.lwjgl.vulkan.VkPhysicalDeviceVulkan12Features;

import java.util.Collection;

import static org.lwjgl.vulkan.NVCooperativeMatrix.VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME;

/**
 * The feature structures tcc reads and enables, chained as Vulkan expects (Features2 -> 1.1 -> 1.2 [-> extension
 * structures]), all zeroed on the caller's stack. The same chain is filled by {@code vkGetPhysicalDeviceFeatures2}
 * and, with only the wanted bits set, passed as {@code VkDeviceCreateInfo.pNext}.
 *
 * <p>An extension's structure is linked only when its extension is in {@code extensions} (the device reports it
 * when querying, the device is created with it when enabling): a device must not be created with the structure of
 * an extension it does not enable. Unlinked, it stays zero, so its features read as absent.
 */
record FeatureChain(VkPhysicalDeviceFeatures2 core, VkPhysicalDeviceVulkan11Features v11,
                    VkPhysicalDeviceVulkan12Features v12, VkPhysicalDeviceCooperativeMatrixFeaturesNV cooperativeMatrixNV) {
    static FeatureChain calloc(MemoryStack stack, Collection<String> extensions) {
        var coopNV = VkPhysicalDeviceCooperativeMatrixFeaturesNV.calloc(stack).sType$Default();
        var v12 = VkPhysicalDeviceVulkan12Features.calloc(stack).sType$Default();
        if (extensions.contains(VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME)) v12.pNext(coopNV.address());
        var v11 = VkPhysicalDeviceVulkan11Features.calloc(stack).sType$Default().pNext(v12.address());
        var core = VkPhysicalDeviceFeatures2.calloc(stack).sType$Default().pNext(v11.address());
        return new FeatureChain(core, v11, v12, coopNV);
    }
}
