package dev.tcc.runtime.vulkan;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Misuse is reported in one line before Vulkan sees it; what only the validation layer can catch throws too. */
class VulkanErrorsTest {
    @Test
    void theValidationLayerIsLiveAndItsErrorsThrow() {
        // Float16 arithmetic without SHADER_FLOAT16 enabled breaks VUID-VkShaderModuleCreateInfo-pCode-08740
        try (VulkanInstance instance = TestVulkan.instance(); VulkanDevice device = TestVulkan.open(instance, Set.of())) {
            assertThatThrownBy(() -> device.pipeline(Glsl.compute(Shaders.HALF_ARITHMETIC), 1, 0))
                    .isInstanceOf(VulkanValidationException.class)
                    .hasMessageContaining("Vulkan validation error during creating pipeline");
            assertThat(instance.validation().errors()).isNotEmpty();
        }
    }

    @Test
    void enabledFeaturesMakeTheSameShaderValid() {
        try (VulkanInstance instance = TestVulkan.instance();
             VulkanDevice device = TestVulkan.open(instance, Set.of(VulkanFeature.SHADER_FLOAT16))) {
            try (VulkanBuffer x = device.createBuffer(4 * 100)) {
                float[] values = VulkanComputeTest.random(100, 9);
                x.write(values);
                device.run(List.of(Dispatch.of(device.pipeline(Glsl.compute(Shaders.HALF_ARITHMETIC), 1, 0), 2, x)));
                float[] doubled = x.readFloats(100);
                for (int i = 0; i < 100; i++) {
                    assertThat(doubled[i]).isCloseTo(2 * values[i], org.assertj.core.data.Offset.offset(0.02f));
                }
            }
            assertThat(device.enabledFeatures()).containsExactly(VulkanFeature.SHADER_FLOAT16);
        }
    }

    @Test
    void misuseIsCaughtBeforeVulkanSeesIt() {
        try (VulkanInstance instance = TestVulkan.instance(); VulkanDevice device = TestVulkan.open(instance, Set.of())) {
            VulkanPipeline add = device.pipeline(Glsl.compute(Shaders.VECTOR_ADD), 3, 0);
            try (VulkanBuffer a = device.createBuffer(64)) {
                assertThatThrownBy(() -> Dispatch.of(add, 1, a, a)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("binds 3 storage buffers, the dispatch gives 2");
                assertThatThrownBy(() -> device.pipeline(new int[] {1, 2, 3, 4, 5}, 1, 0))
                        .hasMessageContaining("not SPIR-V");
                assertThatThrownBy(() -> a.write(60, java.nio.ByteBuffer.allocate(8)))
                        .isInstanceOf(IndexOutOfBoundsException.class);
                try (VulkanProgram p = device.record(List.of(Dispatch.of(add, 1, a, a, a)))) {
                    assertThatThrownBy(a::close).hasMessageContaining("open program");
                    assertThatThrownBy(add::close).hasMessageContaining("open program");
                }
            }
            assertThat(instance.validation().errors()).isEmpty();
        }
    }

    @Test
    void theValidationLayerReportsObjectsLeftAtVkDestroyDevice() {
        VulkanInstance instance = TestVulkan.instance();
        VulkanDevice device = TestVulkan.open(instance, Set.of());
        // made behind the device's back, so its close() cannot free it
        RawBuffer leaked = RawBuffer.create(device.handle(), device.memory(), 64,
                org.lwjgl.vulkan.VK10.VK_BUFFER_USAGE_STORAGE_BUFFER_BIT, 0, 0, false, "leak");
        assertThat(leaked.buffer()).isNotZero();
        assertThatThrownBy(device::close).isInstanceOf(VulkanValidationException.class).hasMessageContaining("vkDestroyDevice");
        instance.close();
        assertThat(instance.validation().errors()).isNotEmpty();
    }

    @Test
    void aKernelThatOutlivesTheTimeoutThrowsInsteadOfHanging() {
        VulkanInstance instance = VulkanInstance.open(VulkanInstance.Options.PLAIN);
        VulkanDevice device = TestVulkan.open(instance, Set.of());
        VulkanBuffer x = device.createBuffer(64);
        x.write(new int[16]);
        VulkanPipeline spin = device.pipeline(Glsl.compute(Shaders.SPIN), 1, 4);
        VulkanProgram p = device.record(List.of(Dispatch.of(spin, 1, PushConstants.of().u32(500_000_000).bytes(), x)));
        long start = System.nanoTime();
        assertThatThrownBy(() -> p.run(java.time.Duration.ofMillis(50)))
                .hasMessageContaining("did not finish within 50 ms; the device is unusable now");
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        assertThatThrownBy(() -> x.write(new int[1])).hasMessageContaining("did not finish");
        device.timeout(java.time.Duration.ofMillis(1));
        instance.close();   // the spin is still running: nothing is freed, nothing blocks
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void validationIsAskedForByEnvironmentOrProperty() {
        String before = System.getProperty(VulkanInstance.VALIDATION_PROPERTY);
        try {
            System.setProperty(VulkanInstance.VALIDATION_PROPERTY, "true");
            assertThat(VulkanInstance.Options.fromEnvironment().validation()).isTrue();
            System.setProperty(VulkanInstance.VALIDATION_PROPERTY, "false");
            assertThat(VulkanInstance.Options.fromEnvironment().validation())
                    .isEqualTo("1".equals(System.getenv(VulkanInstance.VALIDATION_ENV))
                            || "true".equalsIgnoreCase(System.getenv(VulkanInstance.VALIDATION_ENV)));
        } finally {
            if (before == null) System.clearProperty(VulkanInstance.VALIDATION_PROPERTY);
            else System.setProperty(VulkanInstance.VALIDATION_PROPERTY, before);
        }
    }

    @Test
    void closingTheInstanceReleasesEverythingWithoutLeaks() {
        VulkanInstance instance = TestVulkan.instance();
        VulkanDevice device = TestVulkan.open(instance, Set.of());
        VulkanBuffer a = device.createBuffer(256);
        VulkanPipeline add = device.pipeline(Glsl.compute(Shaders.VECTOR_ADD), 3, 0);
        device.record(List.of(Dispatch.of(add, 1, a, a, a)));
        a.write(new int[] {1, 2, 3});   // the staging path and its buffer too
        device.createBuffer(256, VulkanDevice.HostAccess.STAGED).write(new int[] {4});
        instance.close();
        assertThat(instance.validation().errors()).isEmpty();
        assertThatThrownBy(() -> a.write(new int[] {1})).isInstanceOf(IllegalStateException.class);
    }
}
