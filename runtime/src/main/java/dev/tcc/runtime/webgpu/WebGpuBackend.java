package dev.tcc.runtime.webgpu;

import dev.tcc.codegen.common.Codegen;
import dev.tcc.codegen.wgsl.WgslCodegen;
import dev.tcc.ir.program.Profile;
import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.NoDeviceException;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * WGSL kernels on WebGPU in this JVM: Dawn's Vulkan adapter (Mesa lavapipe on tcc's CPU-only machines)
 * through {@link WebGpuDevice}. Dawn offers one adapter per process, so there is at most one device,
 * {@value #DEVICE_ID}. {@code tcc compile --target webgpu} without {@code --device} renders for WebGPU's
 * default limits ({@link WgslCodegen#PORTABLE}), which every browser's adapter meets.
 */
public final class WebGpuBackend implements Backend {
    /** The back-end name in {@link DeviceInfo#backend()}. */
    public static final String BACKEND = "webgpu";
    /** The id of Dawn's adapter in {@code tcc devices}. */
    public static final String DEVICE_ID = "webgpu:0";

    /**
     * How long a device of this target waits for one submission: a whole program goes to Dawn at once, and on a
     * software rasteriser shared with other jobs a large model takes minutes.
     */
    static final Duration PROGRAM_TIMEOUT = Duration.ofMinutes(5);

    private static final WgslCodegen CODEGEN = new WgslCodegen();

    @Override public Codegen codegen() { return CODEGEN; }

    @Override public String description() {
        return "WGSL kernels on WebGPU: Dawn's Vulkan adapter in this JVM, or a browser through the bundle";
    }

    @Override public void discover(List<DeviceInfo> found, List<String> problems) {
        try (WebGpuDevice gpu = WebGpuDevice.open()) {
            found.add(describe(gpu));
        } catch (NoDeviceException e) {
            problems.add("WebGPU: " + e.getMessage());
        } catch (RuntimeException e) {
            problems.add("WebGPU: Dawn failed to open its Vulkan adapter: " + e.getMessage());
        }
    }

    @Override public Device open(DeviceInfo info) {
        if (!info.id().equals(DEVICE_ID)) throw new NoDeviceException("no WebGPU device " + info.id() + "; Dawn has " + DEVICE_ID);
        WebGpuDevice gpu = WebGpuDevice.open(PROGRAM_TIMEOUT);
        try {
            return new WgslDevice(describe(gpu), gpu);
        } catch (RuntimeException e) {
            gpu.close();
            throw e;
        }
    }

    @Override public Profile profile(DeviceInfo info) { return profileOf(info); }

    /**
     * The adapter's own limits: f64 as f32 (WGSL has none; see {@code WgslCodegen.PORTABLE}), f16 arithmetic
     * with {@code shader-f16}, the workgroup invocations, workgroup storage and storage-binding size it reports.
     */
    static Profile profileOf(DeviceInfo d) {
        int wg = (int) Math.min(Integer.MAX_VALUE, d.maxWorkgroupSize());
        if (!d.maxWorkItemSizes().isEmpty()) wg = (int) Math.min(wg, d.maxWorkItemSizes().getFirst());
        return new Profile(d.name(), true, d.has(DeviceInfo.Feature.FP16), wg, d.localMemBytes(), d.maxAllocBytes());
    }

    /** {@code tcc devices}' view of an open adapter: WebGPU features as extensions, its limits by WebGPU's names. */
    static DeviceInfo describe(WebGpuDevice gpu) {
        AdapterInfo a = gpu.adapterInfo();
        Features f = gpu.features();
        Limits l = gpu.limits();
        Map<String, Long> limits = new LinkedHashMap<>();
        limits.put("maxStorageBuffersPerShaderStage", l.maxStorageBuffersPerShaderStage());
        limits.put("maxStorageBufferBindingSize", l.maxStorageBufferBindingSize());
        limits.put("maxBufferSize", l.maxBufferSize());
        limits.put("maxComputeWorkgroupsPerDimension", l.maxComputeWorkgroupsPerDimension());
        limits.put("maxComputeWorkgroupStorageSize", l.maxComputeWorkgroupStorageSize());
        limits.put("maxUniformBufferBindingSize", l.maxUniformBufferBindingSize());
        limits.put("maxBindGroups", l.maxBindGroups());
        var features = new java.util.HashSet<DeviceInfo.Feature>();
        if (f.shaderF16()) features.add(DeviceInfo.Feature.FP16);
        if (f.subgroups()) features.add(DeviceInfo.Feature.SUBGROUPS);
        String type = switch (a.adapterType().toLowerCase(Locale.ROOT)) {
            case "cpu" -> "CPU";
            case "discrete gpu", "integrated gpu" -> "GPU";
            default -> "OTHER";
        };
        String name = a.device().isEmpty() ? a.description() : a.device();
        return new DeviceInfo(DEVICE_ID, BACKEND, "Dawn (" + a.backend() + ")", name, a.vendor(), type, "WebGPU",
                a.description(), "WGSL", 0, l.maxComputeInvocationsPerWorkgroup(),
                List.of(l.maxComputeWorkgroupSizeX(), l.maxComputeWorkgroupSizeY(), l.maxComputeWorkgroupSizeZ()),
                l.maxComputeWorkgroupStorageSize(), 0, Math.min(l.maxBufferSize(), l.maxStorageBufferBindingSize()),
                Set.copyOf(f.names()), features, limits);
    }
}
