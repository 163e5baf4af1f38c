package dev.tcc.runtime.vulkan;

import dev.tcc.runtime.DeviceException;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.VkPhysicalDevice;
import org.lwjgl.vulkan.VkPhysicalDeviceMemoryProperties;

import static org.lwjgl.vulkan.VK10.vkGetPhysicalDeviceMemoryProperties;

/** The device's memory types' property flags, and the choice of one for a buffer. */
final class MemoryTypes {
    private final int[] flags;

    MemoryTypes(VkPhysicalDevice device) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            var props = VkPhysicalDeviceMemoryProperties.calloc(s);
            vkGetPhysicalDeviceMemoryProperties(device, props);
            flags = new int[props.memoryTypeCount()];
            for (int i = 0; i < flags.length; i++) flags[i] = props.memoryTypes(i).propertyFlags();
        }
    }

    /**
     * The first allowed type having every {@code preferred} flag, else the first having every {@code required}
     * one; -1 if none.
     */
    int find(int allowedTypes, int required, int preferred) {
        int fallback = -1;
        for (int i = 0; i < flags.length; i++) {
            if ((allowedTypes & (1 << i)) == 0) continue;
            if ((flags[i] & preferred) == preferred && (flags[i] & required) == required) return i;
            if (fallback < 0 && (flags[i] & required) == required) fallback = i;
        }
        return fallback;
    }

    int require(int allowedTypes, int required, int preferred, String forWhat) {
        int type = find(allowedTypes, required, preferred);
        if (type < 0) {
            throw new DeviceException("Vulkan: no memory type with flags 0x" + Integer.toHexString(required)
                    + " for " + forWhat + "; the driver is unusual: report the device");
        }
        return type;
    }

    int flags(int type) { return flags[type]; }
}
