package dev.tcc.runtime.webgpu;

import dev.tcc.runtime.DeviceException;

/**
 * A WebGPU operation failed: a validation, out-of-memory or internal error Dawn reported, a timeout, or a
 * lost device. The message names the operation and the kernel (the label given when it was created).
 */
public class WebGpuException extends DeviceException {
    public WebGpuException(String message) { super(message); }

    public WebGpuException(String message, Throwable cause) { super(message, cause); }
}
