package dev.tcc.runtime.vulkan;

import dev.tcc.runtime.vulkan.VulkanLimits.Dims;
import dev.tcc.runtime.vulkan.VulkanLimits.SubgroupOp;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.*;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.lwjgl.vulkan.EXTSubgroupSizeControl.VK_EXT_SUBGROUP_SIZE_CONTROL_EXTENSION_NAME;
import static org.lwjgl.vulkan.NVCooperativeMatrix.VK_SCOPE_SUBGROUP_NV;
import static org.lwjgl.vulkan.NVCooperativeMatrix.vkGetPhysicalDeviceCooperativeMatrixPropertiesNV;
import static org.lwjgl.vulkan.VK10.*;
import static org.lwjgl.vulkan.VK11.vkGetPhysicalDeviceFeatures2;
import static org.lwjgl.vulkan.VK11.vkGetPhysicalDeviceProperties2;

/** Reads a physical device's properties, features, limits and compute queue family into a {@link VulkanDeviceInfo}. */
final class DeviceQuery {
    private DeviceQuery() {}

    /** The device as tcc sees it, or empty (with {@code why} filled) when it cannot run tcc's kernels. */
    static Optional<VulkanPhysicalDevice> describe(VkPhysicalDevice device, int index, List<String> why) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            VkPhysicalDeviceProperties plain = VkPhysicalDeviceProperties.calloc(s);
            vkGetPhysicalDeviceProperties(device, plain);
            String name = plain.deviceNameString();
            if (plain.apiVersion() < VK12.VK_API_VERSION_1_2) {
                why.add("vulkan:" + index + " " + name + " implements only Vulkan " + version(plain.apiVersion())
                        + ", tcc needs 1.2: update the driver");
                return Optional.empty();
            }
            int family = computeQueueFamily(device, s);
            if (family < 0) {
                why.add("vulkan:" + index + " " + name + " has no compute queue");
                return Optional.empty();
            }
            List<String> extensions = extensions(device, s);
            var v12 = VkPhysicalDeviceVulkan12Properties.calloc(s).sType$Default();
            var v11 = VkPhysicalDeviceVulkan11Properties.calloc(s).sType$Default().pNext(v12.address());
            var sizeControl = VkPhysicalDeviceSubgroupSizeControlPropertiesEXT.calloc(s).sType$Default();
            if (extensions.contains(VK_EXT_SUBGROUP_SIZE_CONTROL_EXTENSION_NAME)) v12.pNext(sizeControl.address());
            var props = VkPhysicalDeviceProperties2.calloc(s).sType$Default().pNext(v11.address());
            vkGetPhysicalDeviceProperties2(device, props);
            FeatureChain chain = FeatureChain.calloc(s, extensions);
            vkGetPhysicalDeviceFeatures2(device, chain.core());
            EnumSet<VulkanFeature> features = EnumSet.noneOf(VulkanFeature.class);
            for (VulkanFeature f : VulkanFeature.values()) if (f.isIn(chain)) features.add(f);

            VkPhysicalDeviceProperties p = props.properties();
            VulkanLimits limits = limits(p.limits(), v11, sizeControl, timestampBits(device, family, s));
            var info = new VulkanDeviceInfo(index, name, VulkanDeviceInfo.Type.of(p.deviceType()), p.vendorID(),
                    p.deviceID(), version(p.apiVersion()), v12.driverNameString(), v12.driverInfoString(),
                    driverVersion(p.vendorID(), p.driverVersion()), deviceLocalBytes(device, s), features, limits, extensions,
                    features.contains(VulkanFeature.COOPERATIVE_MATRIX) ? cooperativeMatrixShapes(device, s) : List.of());
            return Optional.of(new VulkanPhysicalDevice(device, family, info));
        }
    }

    private static VulkanLimits limits(VkPhysicalDeviceLimits l, VkPhysicalDeviceVulkan11Properties v11,
                                       VkPhysicalDeviceSubgroupSizeControlPropertiesEXT sizeControl, int tsBits) {
        EnumSet<SubgroupOp> ops = EnumSet.noneOf(SubgroupOp.class);
        if ((v11.subgroupSupportedStages() & VK_SHADER_STAGE_COMPUTE_BIT) != 0) {
            for (SubgroupOp op : SubgroupOp.values()) if ((v11.subgroupSupportedOperations() & op.bit()) != 0) ops.add(op);
        }
        int subgroup = v11.subgroupSize();
        int minSubgroup = sizeControl.minSubgroupSize() > 0 ? sizeControl.minSubgroupSize() : subgroup;
        int maxSubgroup = sizeControl.maxSubgroupSize() > 0 ? sizeControl.maxSubgroupSize() : subgroup;
        IntBuffer size = l.maxComputeWorkGroupSize();
        IntBuffer count = l.maxComputeWorkGroupCount();
        return new VulkanLimits(l.maxComputeWorkGroupInvocations(), new Dims(size.get(0), size.get(1), size.get(2)),
                new Dims(count.get(0), count.get(1), count.get(2)), l.maxComputeSharedMemorySize(),
                Integer.toUnsignedLong(l.maxStorageBufferRange()), v11.maxMemoryAllocationSize(),
                l.maxPushConstantsSize(), l.maxPerStageDescriptorStorageBuffers(),
                l.minStorageBufferOffsetAlignment(), subgroup, minSubgroup, maxSubgroup, ops, l.timestampPeriod(),
                tsBits);
    }

    /** The subgroup-scope shapes of {@code VK_NV_cooperative_matrix}, for a device that has the feature. */
    private static List<CooperativeMatrixShape> cooperativeMatrixShapes(VkPhysicalDevice device, MemoryStack s) {
        IntBuffer n = s.mallocInt(1);
        VulkanErrors.check(vkGetPhysicalDeviceCooperativeMatrixPropertiesNV(device, n, null),
                "vkGetPhysicalDeviceCooperativeMatrixPropertiesNV");
        try (var all = VkCooperativeMatrixPropertiesNV.calloc(n.get(0))) {
            for (var p : all) p.sType$Default();
            VulkanErrors.check(vkGetPhysicalDeviceCooperativeMatrixPropertiesNV(device, n, all),
                    "vkGetPhysicalDeviceCooperativeMatrixPropertiesNV");
            List<CooperativeMatrixShape> shapes = new ArrayList<>();
            for (var p : all) {
                if (p.scope() != VK_SCOPE_SUBGROUP_NV) continue;
                shapes.add(new CooperativeMatrixShape(p.MSize(), p.NSize(), p.KSize(), CooperativeMatrixShape.componentName(p.AType()),
                        CooperativeMatrixShape.componentName(p.BType()), CooperativeMatrixShape.componentName(p.CType()),
                        CooperativeMatrixShape.componentName(p.DType())));
            }
            return shapes;
        }
    }

    private static long deviceLocalBytes(VkPhysicalDevice device, MemoryStack s) {
        var memory = VkPhysicalDeviceMemoryProperties.calloc(s);
        vkGetPhysicalDeviceMemoryProperties(device, memory);
        long largest = 0;
        for (int i = 0; i < memory.memoryHeapCount(); i++) {
            VkMemoryHeap heap = memory.memoryHeaps(i);
            if ((heap.flags() & VK_MEMORY_HEAP_DEVICE_LOCAL_BIT) != 0) largest = Math.max(largest, heap.size());
        }
        return largest;
    }

    /** The first queue family with compute, preferring one whose timestamps are valid. */
    private static int computeQueueFamily(VkPhysicalDevice device, MemoryStack s) {
        VkQueueFamilyProperties.Buffer families = queueFamilies(device, s);
        int first = -1;
        for (int i = 0; i < families.capacity(); i++) {
            if ((families.get(i).queueFlags() & VK_QUEUE_COMPUTE_BIT) == 0) continue;
            if (families.get(i).timestampValidBits() > 0) return i;
            if (first < 0) first = i;
        }
        return first;
    }

    private static int timestampBits(VkPhysicalDevice device, int family, MemoryStack s) {
        return queueFamilies(device, s).get(family).timestampValidBits();
    }

    private static VkQueueFamilyProperties.Buffer queueFamilies(VkPhysicalDevice device, MemoryStack s) {
        IntBuffer n = s.mallocInt(1);
        vkGetPhysicalDeviceQueueFamilyProperties(device, n, null);
        VkQueueFamilyProperties.Buffer families = VkQueueFamilyProperties.calloc(n.get(0), s);
        vkGetPhysicalDeviceQueueFamilyProperties(device, n, families);
        return families;
    }

    private static List<String> extensions(VkPhysicalDevice device, MemoryStack s) {
        IntBuffer n = s.mallocInt(1);
        VulkanErrors.check(vkEnumerateDeviceExtensionProperties(device, (String) null, n, null),
                "vkEnumerateDeviceExtensionProperties");
        // On the heap: NVIDIA lists over 200 extensions (260 bytes each), more than LWJGL's 64 KiB thread stack holds.
        try (VkExtensionProperties.Buffer all = VkExtensionProperties.calloc(n.get(0))) {
            VulkanErrors.check(vkEnumerateDeviceExtensionProperties(device, (String) null, n, all),
                    "vkEnumerateDeviceExtensionProperties");
            List<String> names = new ArrayList<>();
            for (VkExtensionProperties e : all) names.add(e.extensionNameString());
            return names;
        }
    }

    static String version(int v) {
        return VK_VERSION_MAJOR(v) + "." + VK_VERSION_MINOR(v) + "." + VK_VERSION_PATCH(v);
    }

    /** NVIDIA packs 10.8.8.6 bits; everyone else (Mesa, AMD, Intel on Linux) uses the Vulkan version layout. */
    static String driverVersion(int vendorId, int v) {
        if (vendorId == 0x10DE) {
            return ((v >>> 22) & 0x3ff) + "." + ((v >>> 14) & 0xff) + "." + ((v >>> 6) & 0xff) + "." + (v & 0x3f);
        }
        return version(v);
    }
}
