package dev.tcc.runtime.webgpu;

/**
 * What Dawn says about the adapter behind a {@link WebGpuDevice} ({@code WGPUAdapterInfo}).
 *
 * @param vendor          e.g. {@code mesa} for lavapipe, {@code google} for SwiftShader
 * @param architecture    e.g. {@code software}
 * @param device          the device name, e.g. {@code llvmpipe (LLVM 15.0.6, 256 bits)}
 * @param description     the driver description, e.g. {@code llvmpipe: Mesa 25.0.7-2~bpo12+1 (LLVM 15.0.6)}
 * @param backend         the native API, always {@code vulkan} here (the Null back-end is refused)
 * @param adapterType     {@code CPU}, {@code discrete GPU}, {@code integrated GPU} or {@code unknown}
 * @param vendorId        PCI vendor id (0x10005 for Mesa)
 * @param deviceId        PCI device id
 * @param subgroupMinSize smallest subgroup size the adapter may use
 * @param subgroupMaxSize largest subgroup size
 */
public record AdapterInfo(String vendor, String architecture, String device, String description, String backend,
                          String adapterType, int vendorId, int deviceId, int subgroupMinSize, int subgroupMaxSize) {

    /** One line for logs: {@code llvmpipe (...) [mesa software, CPU, vulkan]}. */
    public String describe() {
        String name = device.isEmpty() ? description : device;
        return name + " [" + vendor + " " + architecture + ", " + adapterType + ", " + backend + "]";
    }
}
