package dev.tcc.runtime.vulkan;

import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.VkDebugUtilsMessengerCallbackDataEXT;
import org.lwjgl.vulkan.VkDebugUtilsMessengerCallbackEXT;
import org.lwjgl.vulkan.VkDebugUtilsMessengerCreateInfoEXT;
import org.lwjgl.vulkan.VkInstance;

import java.nio.LongBuffer;

import static org.lwjgl.vulkan.EXTDebugUtils.*;
import static org.lwjgl.vulkan.VK10.VK_FALSE;

/**
 * The VK_EXT_debug_utils messenger that copies warnings and errors into a {@link ValidationLog}. The same
 * create-info is chained into {@code VkInstanceCreateInfo} so that messages of instance creation and
 * destruction are caught too. The callback never throws: an exception cannot cross the native frame.
 */
final class DebugMessenger {
    private final VkDebugUtilsMessengerCallbackEXT callback;
    private long handle;

    DebugMessenger(ValidationLog log) {
        this.callback = VkDebugUtilsMessengerCallbackEXT.create((severity, types, data, user) -> {
            var d = VkDebugUtilsMessengerCallbackDataEXT.create(data);
            String id = d.pMessageIdName() == null ? "" : d.pMessageIdNameString();
            log.add(new ValidationMessage(ValidationMessage.Severity.of(severity), id, d.pMessageString()));
            return VK_FALSE;
        });
    }

    VkDebugUtilsMessengerCreateInfoEXT createInfo(MemoryStack s) {
        return VkDebugUtilsMessengerCreateInfoEXT.calloc(s).sType$Default()
                .messageSeverity(VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT
                        | VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT)
                .messageType(VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT
                        | VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT)
                .pfnUserCallback(callback);
    }

    void attach(VkInstance instance) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            LongBuffer lp = s.mallocLong(1);
            VulkanErrors.check(vkCreateDebugUtilsMessengerEXT(instance, createInfo(s), null, lp),
                    "vkCreateDebugUtilsMessengerEXT");
            handle = lp.get(0);
        }
    }

    void detach(VkInstance instance) {
        if (handle != 0) vkDestroyDebugUtilsMessengerEXT(instance, handle, null);
        handle = 0;
    }

    /** After the instance is gone: the native trampoline is freed. */
    void freeCallback() { callback.free(); }
}
