package dev.tcc.runtime.vulkan;

import dev.tcc.codegen.common.Codegen;
import dev.tcc.codegen.spirv.SpirvCodegen;
import dev.tcc.ir.program.Profile;
import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.SignalChaining;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** SPIR-V written by tcc itself on any Vulkan 1.2 device with a compute queue (lavapipe on the CPU in CI), through LWJGL. */
public final class VulkanBackend implements Backend {
    /** The back-end name in {@link DeviceInfo#backend()}. */
    public static final String NAME = "vulkan";
    private static final SpirvCodegen CODEGEN = new SpirvCodegen();

    @Override public Codegen codegen() { return CODEGEN; }

    @Override public String description() { return "SPIR-V kernels on a Vulkan 1.2 device (GPU first, else lavapipe on the CPU)"; }

    @Override public void discover(List<DeviceInfo> found, List<String> problems) {
        VulkanInstance.Discovery d = VulkanInstance.discover();
        SignalChaining.warnIfTakenOver("the Vulkan driver");
        d.devices().forEach(i -> found.add(describe(i)));
        if (d.devices().isEmpty()) {
            problems.add(d.problems().isEmpty() ? "Vulkan: no device found; " + VulkanInstance.INSTALL_HINT
                    : "Vulkan: " + String.join("; ", d.problems()));
        }
    }

    /** Opens the device with {@link VulkanInstance.Options#fromEnvironment()} ({@code TCC_VULKAN_VALIDATION=1} validates). */
    @Override public Device open(DeviceInfo info) { return VulkanKernelDevice.open(info, VulkanInstance.Options.fromEnvironment()); }

    @Override public Profile profile(DeviceInfo info) { return profileOf(info); }

    /**
     * The device's own limits: f64 when it has {@code shaderFloat64}; f16 is never arithmetic (the renderer
     * computes it in f32); workgroup and shared-memory limits; buffers as large as one descriptor binds.
     */
    static Profile profileOf(DeviceInfo d) {
        int wg = (int) Math.min(d.maxWorkgroupSize(), d.maxWorkItemSizes().getFirst());
        return new Profile(d.name(), d.has(DeviceInfo.Feature.FP64), false, wg, d.localMemBytes(), d.maxAllocBytes());
    }

    /** The device as {@code tcc devices} and device selection see it. */
    static DeviceInfo describe(VulkanDeviceInfo v) {
        VulkanLimits l = v.limits();
        Set<DeviceInfo.Feature> features = EnumSet.noneOf(DeviceInfo.Feature.class);
        if (v.features().contains(VulkanFeature.SHADER_FLOAT64)) features.add(DeviceInfo.Feature.FP64);
        if (v.features().contains(VulkanFeature.SHADER_FLOAT16)) features.add(DeviceInfo.Feature.FP16);
        if (l.subgroupOpsInCompute().contains(VulkanLimits.SubgroupOp.ARITHMETIC)) features.add(DeviceInfo.Feature.SUBGROUPS);
        if (v.hasExtension("VK_KHR_shader_integer_dot_product")) features.add(DeviceInfo.Feature.INTEGER_DOT);
        if (v.offersCooperativeMatrix(CooperativeMatrixShape.F16_F32_16X16X16)) features.add(DeviceInfo.Feature.COOPERATIVE_MATRIX);
        String type = switch (v.type()) {
            case DISCRETE_GPU, INTEGRATED_GPU, VIRTUAL_GPU -> "GPU";
            case CPU -> "CPU";
            case OTHER -> "OTHER";
        };
        VulkanLimits.Dims wg = l.maxComputeWorkGroupSize();
        long maxBuffer = l.maxMemoryAllocationSize() > 0
                ? Math.min(l.maxStorageBufferRange(), l.maxMemoryAllocationSize()) : l.maxStorageBufferRange();
        return new DeviceInfo(v.id(), NAME, v.driverName() + " " + v.driverInfo(), v.name(), vendor(v.vendorId()), type,
                "Vulkan " + v.apiVersion(), v.driverVersion(), "SPIR-V 1.5", 0, l.maxComputeWorkGroupInvocations(),
                List.of((long) wg.x(), (long) wg.y(), (long) wg.z()), l.maxComputeSharedMemorySize(), v.deviceLocalBytes(),
                maxBuffer, new HashSet<>(v.extensions()), features);
    }

    private static String vendor(int id) {
        return switch (id) {
            case 0x10DE -> "NVIDIA";
            case 0x1002 -> "AMD";
            case 0x8086 -> "Intel";
            case 0x13B5 -> "ARM";
            case 0x5143 -> "Qualcomm";
            case 0x106B -> "Apple";
            case 0x10005 -> "Mesa";
            default -> String.format(Locale.ROOT, "0x%x", id);
        };
    }
}
