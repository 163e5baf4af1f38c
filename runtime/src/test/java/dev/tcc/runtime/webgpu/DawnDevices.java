package dev.tcc.runtime.webgpu;

/**
 * One WebGPU device shared by the Dawn tests of a JVM (opening one costs ~0.1 s). Never skips: when Dawn
 * or lavapipe is missing, {@link WebGpuDevice#open} throws {@link DawnMissingException} whose message says
 * what to install, and every test using the device fails with it. Left open: the JVM's exit frees it.
 */
final class DawnDevices {
    private DawnDevices() {}

    private static WebGpuDevice shared;

    static synchronized WebGpuDevice shared() {
        if (shared == null) shared = WebGpuDevice.open();
        return shared;
    }
}
