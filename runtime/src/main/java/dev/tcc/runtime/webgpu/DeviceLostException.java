package dev.tcc.runtime.webgpu;

/** The WebGPU device was lost (driver reset, out of memory, destroyed); it cannot be used again. */
public final class DeviceLostException extends WebGpuException {
    public DeviceLostException(String message) { super(message); }
}
