package dev.tcc.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a device is and the capabilities kernels depend on, as reported by its driver.
 *
 * @param id               stable within one machine: backend, platform and device index ({@code opencl:0.0})
 * @param backend          the API that drives it ({@code opencl})
 * @param platform         the platform or driver name (e.g. {@code Portable Computing Language})
 * @param name             the device name
 * @param vendor           the device vendor
 * @param type             {@code CPU}, {@code GPU}, {@code ACCELERATOR} or {@code OTHER}
 * @param apiVersion       the device's API version string (e.g. {@code OpenCL 3.0 PoCL ...})
 * @param driverVersion    the driver version string
 * @param languageVersion  the kernel language it compiles (e.g. {@code OpenCL C 1.2})
 * @param computeUnits     parallel compute units (cores, SMs)
 * @param maxWorkgroupSize most work-items in one workgroup
 * @param maxWorkItemSizes most work-items per workgroup along each dimension
 * @param localMemBytes    workgroup-shared memory per workgroup
 * @param globalMemBytes   device memory (0 where the API does not tell, as WebGPU)
 * @param maxAllocBytes    largest single buffer
 * @param extensions       the driver's extension names
 * @param features         the optional features tcc uses
 * @param limits           further limits by the API's own names, for {@code tcc devices} (WebGPU's
 *                         {@code maxStorageBuffersPerShaderStage}, ...); empty where the fields above say all
 */
public record DeviceInfo(String id, String backend, String platform, String name, String vendor, String type,
                         String apiVersion, String driverVersion, String languageVersion, int computeUnits,
                         long maxWorkgroupSize, List<Long> maxWorkItemSizes, long localMemBytes, long globalMemBytes,
                         long maxAllocBytes, Set<String> extensions, Set<Feature> features,
                         Map<String, Long> limits) {

    /** Optional device features that change which kernels tcc can emit. */
    public enum Feature {
        /** Half-precision arithmetic ({@code cl_khr_fp16}); without it f16 is storage-only. */
        FP16,
        /** Double precision ({@code cl_khr_fp64}). */
        FP64,
        /** Subgroup operations ({@code cl_khr_subgroups} or {@code cl_intel_subgroups}). */
        SUBGROUPS,
        /** Packed integer dot products ({@code cl_khr_integer_dot_product}). */
        INTEGER_DOT,
        /**
         * Matrix products of 16x16x16 f16 fragments summed in f32 by a subgroup (Vulkan's {@code VK_NV_cooperative_matrix}):
         * the tensor cores that tcc's fp16 GEMM ({@code CoopMatrixGemm}) runs on.
         */
        COOPERATIVE_MATRIX;

        public String text() { return name().toLowerCase(Locale.ROOT).replace('_', ' '); }
    }

    public DeviceInfo {
        maxWorkItemSizes = List.copyOf(maxWorkItemSizes);
        extensions = Set.copyOf(extensions);
        features = Set.copyOf(features);
        limits = Collections.unmodifiableMap(new LinkedHashMap<>(limits));
    }

    /** A device with no limits beyond the fields. */
    public DeviceInfo(String id, String backend, String platform, String name, String vendor, String type,
                      String apiVersion, String driverVersion, String languageVersion, int computeUnits,
                      long maxWorkgroupSize, List<Long> maxWorkItemSizes, long localMemBytes, long globalMemBytes,
                      long maxAllocBytes, Set<String> extensions, Set<Feature> features) {
        this(id, backend, platform, name, vendor, type, apiVersion, driverVersion, languageVersion, computeUnits,
                maxWorkgroupSize, maxWorkItemSizes, localMemBytes, globalMemBytes, maxAllocBytes, extensions, features,
                Map.of());
    }

    public boolean has(Feature f) { return features.contains(f); }

    /** A few lines of text for {@code tcc devices}. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(id).append("  ").append(name).append("  [").append(type).append("]\n");
        row(b, "platform", platform + " (" + backend + ")");
        row(b, "vendor", vendor);
        row(b, "version", apiVersion + "; driver " + driverVersion);
        row(b, "language", languageVersion);
        row(b, "compute", (computeUnits > 0 ? computeUnits + " compute units, " : "") + "workgroup up to " + maxWorkgroupSize + " "
                + maxWorkItemSizes);
        row(b, "memory", (globalMemBytes > 0 ? "global " + bytes(globalMemBytes) + ", " : "")
                + "largest buffer " + bytes(maxAllocBytes) + ", local " + bytes(localMemBytes));
        List<String> has = new java.util.ArrayList<>();
        List<String> lacks = new java.util.ArrayList<>();
        for (Feature f : Feature.values()) (has(f) ? has : lacks).add(f.text());
        row(b, "features", (has.isEmpty() ? "none" : String.join(", ", has))
                + (lacks.isEmpty() ? "" : " (no " + String.join(", no ", lacks) + ")"));
        row(b, "extensions", String.join(" ", new TreeSet<>(extensions)));
        if (!limits.isEmpty()) {
            List<String> l = new java.util.ArrayList<>();
            limits.forEach((k, v) -> l.add(k + " " + v));
            row(b, "limits", String.join(", ", l));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String key, String value) {
        b.append("  ").append(String.format("%-11s", key)).append(value).append('\n');
    }

    /** {@code n} bytes in binary units, e.g. {@code 3.9 GiB}. */
    static String bytes(long n) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? n + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
