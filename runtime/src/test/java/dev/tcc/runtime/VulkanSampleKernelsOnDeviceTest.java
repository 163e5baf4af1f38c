package dev.tcc.runtime;

import dev.tcc.runtime.vulkan.VulkanTestDevices;
import org.junit.jupiter.api.AfterEach;

/** The sample kernels as SPIR-V on the Vulkan device (lavapipe in CI), with the validation layer on and silent. */
class VulkanSampleKernelsOnDeviceTest extends SampleKernelsOnDeviceTest {
    @Override Device openDevice() { return VulkanTestDevices.open(); }

    /** GLSL.std.450 has no f64 tanh or exp: they are computed in f32 (codegen-spirv's README, known gaps). */
    @Override double f64MathTolerance() { return 1e-6; }

    @AfterEach void noValidationErrors() { VulkanTestDevices.assertNoValidationErrors(device); }
}
