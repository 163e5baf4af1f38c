package dev.tcc.runtime;

/** No usable device was found. The message says why and what to install. */
public class NoDeviceException extends DeviceException {
    /** What to install on Debian/Ubuntu for a CPU OpenCL device. */
    public static final String INSTALL_HINT = "install an OpenCL driver and loader, e.g. on Debian/Ubuntu: "
            + "apt-get install pocl-opencl-icd ocl-icd-opencl-dev (clinfo -l then lists the devices)";

    public NoDeviceException(String message) { super(message); }

    public NoDeviceException(String message, Throwable cause) { super(message, cause); }
}
