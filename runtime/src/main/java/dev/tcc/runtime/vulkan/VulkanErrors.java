package dev.tcc.runtime.vulkan;

import dev.tcc.runtime.DeviceException;

import java.util.Map;

/** VkResult codes by name, and the check every Vulkan call goes through. */
final class VulkanErrors {
    private VulkanErrors() {}

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(1, "VK_NOT_READY"), Map.entry(2, "VK_TIMEOUT"), Map.entry(3, "VK_EVENT_SET"),
            Map.entry(4, "VK_EVENT_RESET"), Map.entry(5, "VK_INCOMPLETE"),
            Map.entry(-1, "VK_ERROR_OUT_OF_HOST_MEMORY"), Map.entry(-2, "VK_ERROR_OUT_OF_DEVICE_MEMORY"),
            Map.entry(-3, "VK_ERROR_INITIALIZATION_FAILED"), Map.entry(-4, "VK_ERROR_DEVICE_LOST"),
            Map.entry(-5, "VK_ERROR_MEMORY_MAP_FAILED"), Map.entry(-6, "VK_ERROR_LAYER_NOT_PRESENT"),
            Map.entry(-7, "VK_ERROR_EXTENSION_NOT_PRESENT"), Map.entry(-8, "VK_ERROR_FEATURE_NOT_PRESENT"),
            Map.entry(-9, "VK_ERROR_INCOMPATIBLE_DRIVER"), Map.entry(-10, "VK_ERROR_TOO_MANY_OBJECTS"),
            Map.entry(-11, "VK_ERROR_FORMAT_NOT_SUPPORTED"), Map.entry(-12, "VK_ERROR_FRAGMENTED_POOL"),
            Map.entry(-13, "VK_ERROR_UNKNOWN"), Map.entry(-1000069000, "VK_ERROR_OUT_OF_POOL_MEMORY"),
            Map.entry(-1000072003, "VK_ERROR_INVALID_EXTERNAL_HANDLE"), Map.entry(-1000161000, "VK_ERROR_FRAGMENTATION"),
            Map.entry(-1000257000, "VK_ERROR_INVALID_OPAQUE_CAPTURE_ADDRESS"),
            Map.entry(-1000012000, "VK_ERROR_INVALID_SHADER_NV"));

    static String name(int code) { return NAMES.getOrDefault(code, "VkResult") + " (" + code + ")"; }

    /** Throws a {@link DeviceException} naming {@code what} unless {@code code} is VK_SUCCESS. */
    static void check(int code, String what) {
        if (code == 0) return;
        String hint = switch (code) {
            case -2, -1 -> "; free buffers or use smaller ones";
            case -4 -> "; the device is lost: close it and open a new one";
            case -9 -> "; the driver does not support Vulkan 1.2: update it (bash scripts/install-deps.sh on Debian)";
            default -> "";
        };
        throw new DeviceException("Vulkan: " + what + " failed: " + name(code) + hint);
    }
}
