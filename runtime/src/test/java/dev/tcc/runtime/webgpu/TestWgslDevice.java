package dev.tcc.runtime.webgpu;

import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.Devices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WebGPU {@link WgslDevice} the runtime's tests share (Dawn on Mesa lavapipe in CI), found through {@link
 * Devices} as {@code tcc} finds it. Never skips: without Dawn or lavapipe the tests fail with what to install.
 */
public final class TestWgslDevice {
    private TestWgslDevice() {}

    private static WgslDevice shared;

    /** The device, opened on first use and left open (the JVM's exit frees it). */
    public static synchronized WgslDevice shared() {
        if (shared == null) {
            Devices.Discovery d = Devices.discover();
            DeviceInfo info = d.devices().stream().filter(i -> i.backend().equals(WebGpuBackend.BACKEND)).findFirst()
                    .orElseThrow(() -> new AssertionError("these tests need Dawn's WebGPU adapter and found none: " + d.problems()));
            shared = (WgslDevice) new WebGpuBackend().open(info);
        }
        return shared;
    }

    /** Fails when Dawn's WGSL compiler warned about any kernel built so far: tcc's WGSL must compile cleanly. */
    public static void assertNoWarnings() {
        assertThat(shared().warnings()).as("WGSL compiler warnings").isEmpty();
    }
}
