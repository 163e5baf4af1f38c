package dev.tcc.runtime;

/** A device operation failed. The message names the operation, the device and, where known, the kernel. */
public class DeviceException extends RuntimeException {
    public DeviceException(String message) { super(message); }

    public DeviceException(String message, Throwable cause) { super(message, cause); }
}
