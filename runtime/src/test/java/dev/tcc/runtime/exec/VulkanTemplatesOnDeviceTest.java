package dev.tcc.runtime.exec;

import dev.tcc.runtime.Device;
import dev.tcc.runtime.vulkan.VulkanTestDevices;
import org.junit.jupiter.api.AfterEach;

/** Every lowering template as SPIR-V on the Vulkan device (lavapipe in CI), with the validation layer on and silent. */
class VulkanTemplatesOnDeviceTest extends TemplatesOnDeviceTest {
    @Override Device openDevice() { return VulkanTestDevices.open(); }

    @AfterEach void noValidationErrors() { VulkanTestDevices.assertNoValidationErrors(device); }
}
