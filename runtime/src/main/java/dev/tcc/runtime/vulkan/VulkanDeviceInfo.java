package dev.tcc.runtime.vulkan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a physical device is and can do, read once when the instance enumerates it.
 *
 * @param index         position in {@code vkEnumeratePhysicalDevices}; the id is {@code vulkan:INDEX}
 * @param name          e.g. {@code llvmpipe (LLVM 15.0.6, 256 bits)}
 * @param type          the kind of device; selection prefers GPUs over CPUs
 * @param vendorId      PCI vendor id (0x10DE NVIDIA, 0x1002 AMD, 0x8086 Intel, 0x10005 Mesa)
 * @param deviceId      vendor-specific device id
 * @param apiVersion    the Vulkan version the driver implements, e.g. {@code 1.4.305}
 * @param driverName    e.g. {@code llvmpipe}, {@code NVIDIA}
 * @param driverInfo    e.g. {@code Mesa 25.0.7-2~bpo12+1}
 * @param driverVersion the driver version decoded the vendor's way (NVIDIA packs it differently)
 * @param deviceLocalBytes size of the largest device-local memory heap (system memory share on lavapipe)
 * @param features      the optional features the device reports (of those tcc knows)
 * @param limits        compute limits and properties
 * @param extensions    every device extension name the driver reports
 * @param cooperativeMatrixShapes the subgroup matrix products of {@code VK_NV_cooperative_matrix}; empty without
 *                      the {@link VulkanFeature#COOPERATIVE_MATRIX} feature
 */
public record VulkanDeviceInfo(int index, String name, Type type, int vendorId, int deviceId, String apiVersion,
                               String driverName, String driverInfo, String driverVersion, long deviceLocalBytes,
                               Set<VulkanFeature> features, VulkanLimits limits, List<String> extensions,
                               List<CooperativeMatrixShape> cooperativeMatrixShapes) {
    public VulkanDeviceInfo {
        features = Collections.unmodifiableSet(features.isEmpty()
                ? EnumSet.noneOf(VulkanFeature.class) : EnumSet.copyOf(features));
        extensions = List.copyOf(extensions);
        cooperativeMatrixShapes = List.copyOf(cooperativeMatrixShapes);
    }

    /** {@code vulkan:INDEX}, as device queries and error messages name it. */
    public String id() { return "vulkan:" + index; }

    /** Whether the driver reports the device extension {@code name}. */
    public boolean hasExtension(String extension) { return extensions.contains(extension); }

    /** Whether the device has cooperative matrices that do {@code shape} (and the feature to enable them). */
    public boolean offersCooperativeMatrix(CooperativeMatrixShape shape) {
        return features.contains(VulkanFeature.COOPERATIVE_MATRIX) && cooperativeMatrixShapes.contains(shape);
    }

    /** One line for listings: id, name, type, driver, API. */
    public String summary() {
        return id() + " " + name + " (" + type.name().toLowerCase() + ", " + driverName + " " + driverInfo
                + ", Vulkan " + apiVersion + ")";
    }

    /** A vulkaninfo-like block for {@code tcc devices}: the summary, then features and limits, one topic a line. */
    public String describe() {
        VulkanLimits l = limits;
        return summary() + "\n"
                + "  vendor 0x" + Integer.toHexString(vendorId) + " device 0x" + Integer.toHexString(deviceId)
                + ", driver version " + driverVersion + ", device-local heap " + (deviceLocalBytes >> 20) + " MiB\n"
                + "  features: " + features.stream().map(Enum::name).collect(Collectors.joining(" ")) + "\n"
                + "  workgroup: invocations " + l.maxComputeWorkGroupInvocations() + ", size "
                + l.maxComputeWorkGroupSize() + ", count " + l.maxComputeWorkGroupCount() + ", shared "
                + l.maxComputeSharedMemorySize() + " B\n"
                + "  storage buffer range " + l.maxStorageBufferRange() + " B, allocation " + l.maxMemoryAllocationSize()
                + " B, push constants " + l.maxPushConstantsSize() + " B, storage buffers per stage "
                + l.maxPerStageDescriptorStorageBuffers() + "\n"
                + "  subgroup " + l.subgroupSize() + " (" + l.minSubgroupSize() + ".." + l.maxSubgroupSize() + "), ops "
                + l.subgroupOpsInCompute() + "\n"
                + "  timestamps: " + (l.timestampsOnComputeQueue() ? l.timestampPeriodNanos() + " ns per tick, "
                        + l.computeQueueTimestampValidBits() + " valid bits" : "none on the compute queue") + "\n"
                + "  cooperative matrix: KHR " + hasExtension("VK_KHR_cooperative_matrix") + ", NV "
                + (cooperativeMatrixShapes.isEmpty() ? "none" : cooperativeMatrixShapes) + "; integer dot product "
                + hasExtension("VK_KHR_shader_integer_dot_product");
    }

    /** {@code VkPhysicalDeviceType}, in the order device selection prefers them. */
    public enum Type {
        DISCRETE_GPU, INTEGRATED_GPU, VIRTUAL_GPU, CPU, OTHER;

        static Type of(int vkType) {
            return switch (vkType) {
                case 2 -> DISCRETE_GPU;
                case 1 -> INTEGRATED_GPU;
                case 3 -> VIRTUAL_GPU;
                case 4 -> CPU;
                default -> OTHER;
            };
        }
    }
}
