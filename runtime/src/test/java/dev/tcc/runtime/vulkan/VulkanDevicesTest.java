package dev.tcc.runtime.vulkan;

import dev.tcc.runtime.NoDeviceException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Device listing and selection: lavapipe (llvmpipe) must be there on CI, with the features RUNTIMES.md records. */
class VulkanDevicesTest {
    @Test
    void listsLlvmpipeWithItsComputeFeaturesAndLimits() {
        try (VulkanInstance instance = TestVulkan.instance()) {
            for (VulkanPhysicalDevice d : instance.devices()) System.out.println(d.info().describe());
            VulkanDeviceInfo lvp = instance.devices().stream().map(VulkanPhysicalDevice::info)
                    .filter(i -> i.name().startsWith("llvmpipe")).findFirst()
                    .orElseThrow(() -> new AssertionError("no llvmpipe (lavapipe) among " + instance.devices()
                            + " (" + instance.problems() + "); " + VulkanInstance.INSTALL_HINT));
            assertThat(lvp.type()).isEqualTo(VulkanDeviceInfo.Type.CPU);
            assertThat(lvp.driverName()).isEqualTo("llvmpipe");
            assertThat(lvp.features()).contains(VulkanFeature.SHADER_FLOAT16, VulkanFeature.SHADER_INT8,
                    VulkanFeature.SHADER_INT16, VulkanFeature.SHADER_INT64, VulkanFeature.SHADER_FLOAT64,
                    VulkanFeature.STORAGE_BUFFER_16BIT_ACCESS, VulkanFeature.STORAGE_BUFFER_8BIT_ACCESS,
                    VulkanFeature.VULKAN_MEMORY_MODEL);
            VulkanLimits l = lvp.limits();
            assertThat(l.maxComputeWorkGroupInvocations()).isGreaterThanOrEqualTo(1024);
            assertThat(l.maxComputeSharedMemorySize()).isGreaterThanOrEqualTo(32768);
            assertThat(l.subgroupSize()).isPositive();
            assertThat(l.subgroupOpsInCompute()).contains(VulkanLimits.SubgroupOp.BASIC, VulkanLimits.SubgroupOp.ARITHMETIC);
            assertThat(l.timestampsOnComputeQueue()).isTrue();
            assertThat(instance.select("llvmpipe").info()).isEqualTo(lvp);
            assertThat(instance.select("cpu").info().type()).isEqualTo(VulkanDeviceInfo.Type.CPU);
            assertThat(instance.select(lvp.id()).info()).isEqualTo(lvp);
        }
    }

    @Test
    void discoveryListsTheSameDevicesAndClosesItsInstance() {
        VulkanInstance.Discovery d = VulkanInstance.discover();
        assertThat(d.devices()).anyMatch(i -> i.name().startsWith("llvmpipe"));
        assertThat(d.devices()).allMatch(i -> i.deviceLocalBytes() > 0);
    }

    @Test
    void anUnknownQueryNamesTheDevicesThereAre() {
        try (VulkanInstance instance = TestVulkan.instance()) {
            assertThatThrownBy(() -> instance.select("no-such-gpu"))
                    .isInstanceOf(NoDeviceException.class)
                    .hasMessageContaining("no device matches 'no-such-gpu'")
                    .hasMessageContaining(instance.devices().getFirst().info().name());
        }
    }

    @Test
    void selectionPrefersGpusOverCpus() {
        assertThat(EnumSet.allOf(VulkanDeviceInfo.Type.class)).first().isEqualTo(VulkanDeviceInfo.Type.DISCRETE_GPU);
        assertThat(VulkanDeviceInfo.Type.CPU).isGreaterThan(VulkanDeviceInfo.Type.INTEGRATED_GPU);
    }
}
