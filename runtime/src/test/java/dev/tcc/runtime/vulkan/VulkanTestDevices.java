package dev.tcc.runtime.vulkan;

import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.Devices;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Vulkan {@link Device} the back-end tests run on: the one matching {@code -Dtcc.test.vulkan.device=...} (id
 * or name substring), else lavapipe, else the first; opened with the validation layer and its synchronisation
 * checks, an error throwing from the call that caused it. Missing Vulkan fails the tests, never skips them.
 */
public final class VulkanTestDevices {
    private VulkanTestDevices() {}

    public static VulkanKernelDevice open() {
        Devices.Discovery d = Devices.discover();
        List<DeviceInfo> vk = d.devices().stream().filter(i -> i.backend().equals(VulkanBackend.NAME)).toList();
        if (vk.isEmpty()) {
            throw new AssertionError("these tests need a Vulkan device and found none: " + d.problems() + "; " + VulkanInstance.INSTALL_HINT);
        }
        String want = System.getProperty("tcc.test.vulkan.device", "").toLowerCase();
        DeviceInfo pick = vk.stream()
                .filter(i -> want.isEmpty() ? i.name().startsWith("llvmpipe") : (i.id() + " " + i.name()).toLowerCase().contains(want))
                .findFirst()
                .orElseGet(() -> {
                    if (!want.isEmpty()) throw new AssertionError("no Vulkan device matches tcc.test.vulkan.device=" + want + " in " + vk);
                    return vk.getFirst();
                });
        return VulkanKernelDevice.open(pick, VulkanInstance.Options.VALIDATED);
    }

    /** Fails when the validation layer reported an error on {@code device} since the last call; prints every message. */
    public static void assertNoValidationErrors(Device device) {
        ValidationLog log = ((VulkanKernelDevice) device).validation();
        try {
            assertThat(log.errors()).as("Vulkan validation errors").isEmpty();
        } finally {
            log.all().forEach(m -> System.out.println("validation: " + m));
            log.clear();
        }
    }
}
