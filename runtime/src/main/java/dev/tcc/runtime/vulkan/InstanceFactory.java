package dev.tcc.runtime.vulkan;

import dev.tcc.runtime.NoDeviceException;
import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.*;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.lwjgl.vulkan.EXTDebugUtils.VK_EXT_DEBUG_UTILS_EXTENSION_NAME;
import static org.lwjgl.vulkan.EXTValidationFeatures.VK_EXT_VALIDATION_FEATURES_EXTENSION_NAME;
import static org.lwjgl.vulkan.EXTValidationFeatures.VK_VALIDATION_FEATURE_ENABLE_SYNCHRONIZATION_VALIDATION_EXT;
import static org.lwjgl.vulkan.VK10.*;
import static org.lwjgl.vulkan.VK11.vkEnumerateInstanceVersion;
import static org.lwjgl.vulkan.VK12.VK_API_VERSION_1_2;

/** Creates the {@link VkInstance}, turning each way Vulkan can be missing into a one-line {@link NoDeviceException}. */
final class InstanceFactory {
    private InstanceFactory() {}

    static VkInstance create(VulkanInstance.Options options, DebugMessenger messenger) {
        checkLoader();
        try (MemoryStack s = MemoryStack.stackPush()) {
            var app = VkApplicationInfo.calloc(s).sType$Default()
                    .pApplicationName(s.UTF8("tcc")).pEngineName(s.UTF8("tcc")).apiVersion(VK_API_VERSION_1_2);
            var info = VkInstanceCreateInfo.calloc(s).sType$Default().pApplicationInfo(app);
            if (options.validation()) {
                requireValidationLayer(s);
                List<String> extensions = new ArrayList<>(List.of(VK_EXT_DEBUG_UTILS_EXTENSION_NAME));
                long next = messenger.createInfo(s).address();
                if (options.synchronizationValidation()) {
                    extensions.add(VK_EXT_VALIDATION_FEATURES_EXTENSION_NAME);
                    var features = VkValidationFeaturesEXT.calloc(s).sType$Default()
                            .pEnabledValidationFeatures(s.ints(VK_VALIDATION_FEATURE_ENABLE_SYNCHRONIZATION_VALIDATION_EXT))
                            .pNext(next);
                    next = features.address();
                }
                info.ppEnabledLayerNames(strings(s, List.of(VulkanInstance.VALIDATION_LAYER)))
                        .ppEnabledExtensionNames(strings(s, extensions)).pNext(next);
            }
            PointerBuffer pp = s.mallocPointer(1);
            int err = vkCreateInstance(info, null, pp);
            if (err == VK_ERROR_INCOMPATIBLE_DRIVER) {
                throw new NoDeviceException("Vulkan: the loader found no Vulkan 1.2 driver (no ICD installed); "
                        + VulkanInstance.INSTALL_HINT);
            }
            VulkanErrors.check(err, "vkCreateInstance");
            return new VkInstance(pp.get(0), info);
        }
    }

    /** Loads libvulkan.so.1 and checks that it speaks Vulkan 1.2. */
    private static void checkLoader() {
        int version;
        try (MemoryStack s = MemoryStack.stackPush()) {
            IntBuffer v = s.mallocInt(1);
            VulkanErrors.check(vkEnumerateInstanceVersion(v), "vkEnumerateInstanceVersion");
            version = v.get(0);
        } catch (LinkageError | IllegalStateException e) {
            throw new NoDeviceException("Vulkan: the loader libvulkan.so.1 could not be loaded (" + e + "); "
                    + VulkanInstance.INSTALL_HINT + " (or point -Dorg.lwjgl.vulkan.libname at libvulkan.so.1)", e);
        }
        if (version < VK_API_VERSION_1_2) {
            throw new NoDeviceException("Vulkan: the loader implements Vulkan " + DeviceQuery.version(version)
                    + ", tcc needs 1.2; " + VulkanInstance.INSTALL_HINT);
        }
    }

    private static void requireValidationLayer(MemoryStack s) {
        IntBuffer n = s.mallocInt(1);
        VulkanErrors.check(vkEnumerateInstanceLayerProperties(n, null), "vkEnumerateInstanceLayerProperties");
        VkLayerProperties.Buffer layers = VkLayerProperties.malloc(n.get(0), s);
        VulkanErrors.check(vkEnumerateInstanceLayerProperties(n, layers), "vkEnumerateInstanceLayerProperties");
        for (VkLayerProperties l : layers) if (l.layerNameString().equals(VulkanInstance.VALIDATION_LAYER)) return;
        throw new NoDeviceException("Vulkan: validation was asked for (" + VulkanInstance.VALIDATION_ENV + " or -D"
                + VulkanInstance.VALIDATION_PROPERTY + ") but the layer " + VulkanInstance.VALIDATION_LAYER
                + " is not installed; " + VulkanInstance.INSTALL_HINT + ", or turn validation off");
    }

    private static PointerBuffer strings(MemoryStack s, List<String> values) {
        PointerBuffer p = s.mallocPointer(values.size());
        for (String v : values) p.put(s.UTF8(v));
        return p.flip();
    }
}
