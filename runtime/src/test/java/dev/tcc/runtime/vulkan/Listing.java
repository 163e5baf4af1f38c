package dev.tcc.runtime.vulkan;

import java.util.stream.Collectors;

/** A vulkaninfo-like text block for a device, printed by the listing test. */
final class Listing {
    private Listing() {}

    static String describe(VulkanDeviceInfo i) {
        VulkanLimits l = i.limits();
        return i.summary() + "\n"
                + "  vendor 0x" + Integer.toHexString(i.vendorId()) + " device 0x" + Integer.toHexString(i.deviceId())
                + " driver version " + i.driverVersion() + ", device-local heap " + (i.deviceLocalBytes() >> 20) + " MiB\n"
                + "  features: " + i.features().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")) + "\n"
                + "  workgroup: invocations " + l.maxComputeWorkGroupInvocations() + ", size " + l.maxComputeWorkGroupSize()
                + ", count " + l.maxComputeWorkGroupCount() + ", shared " + l.maxComputeSharedMemorySize() + " B\n"
                + "  storage buffer range " + l.maxStorageBufferRange() + " B, allocation " + l.maxMemoryAllocationSize()
                + " B, push constants " + l.maxPushConstantsSize() + " B, storage buffers/stage "
                + l.maxPerStageDescriptorStorageBuffers() + "\n"
                + "  subgroup " + l.subgroupSize() + " (" + l.minSubgroupSize() + ".." + l.maxSubgroupSize() + ") ops "
                + l.subgroupOpsInCompute() + "\n"
                + "  timestamps: period " + l.timestampPeriodNanos() + " ns, valid bits " + l.computeQueueTimestampValidBits()
                + "\n  cooperative matrix: " + i.hasExtension("VK_KHR_cooperative_matrix")
                + ", integer dot product: " + i.hasExtension("VK_KHR_shader_integer_dot_product");
    }
}
