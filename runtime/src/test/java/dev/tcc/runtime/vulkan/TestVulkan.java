package dev.tcc.runtime.vulkan;

import dev.tcc.runtime.DeviceException;

import java.util.Set;

/**
 * The Vulkan instance and device the tests use: validation layer on (with synchronisation checks), the
 * device matching {@code -Dtcc.test.vulkan.device=...} or else the best one (lavapipe on CI). Missing
 * Vulkan fails the tests, never skips them: CI must have lavapipe and the validation layer installed.
 */
final class TestVulkan {
    private TestVulkan() {}

    static VulkanInstance instance() {
        try {
            return VulkanInstance.open(VulkanInstance.Options.VALIDATED);
        } catch (DeviceException e) {
            throw new AssertionError("these tests need Vulkan with the validation layer: " + e.getMessage(), e);
        }
    }

    static VulkanPhysicalDevice select(VulkanInstance instance) {
        try {
            return instance.select(System.getProperty("tcc.test.vulkan.device", ""));
        } catch (DeviceException e) {
            throw new AssertionError("these tests need a Vulkan device: " + e.getMessage(), e);
        }
    }

    static VulkanDevice open(VulkanInstance instance, Set<VulkanFeature> features) {
        return instance.open(select(instance), features);
    }
}
