package dev.tcc.runtime.webgpu;

import java.util.ArrayList;
import java.util.List;

/**
 * The adapter limits kernels and their launch depend on ({@code WGPULimits}). A {@link WebGpuDevice} asks for
 * all of the adapter's limits, so these also hold on the device (WebGPU's defaults are lower: e.g. 256
 * invocations per workgroup and 8 storage buffers per stage).
 *
 * @param maxStorageBufferBindingSize       bytes one storage binding may span
 * @param maxStorageBuffersPerShaderStage   storage buffers one kernel may bind
 * @param maxComputeInvocationsPerWorkgroup product of the workgroup size
 * @param maxComputeWorkgroupSizeX          workgroup size along x
 * @param maxComputeWorkgroupSizeY          workgroup size along y
 * @param maxComputeWorkgroupSizeZ          workgroup size along z
 * @param maxComputeWorkgroupsPerDimension  workgroups one dispatch may launch along each dimension
 * @param maxComputeWorkgroupStorageSize    bytes of {@code var<workgroup>} memory
 * @param maxBufferSize                     bytes of one buffer
 * @param maxUniformBufferBindingSize       bytes one uniform binding may span
 * @param maxUniformBuffersPerShaderStage   uniform buffers one kernel may bind
 * @param minStorageBufferOffsetAlignment   alignment of a storage binding's offset
 * @param maxBindGroups                     bind groups one pipeline may use
 */
public record Limits(long maxStorageBufferBindingSize, long maxStorageBuffersPerShaderStage,
                     long maxComputeInvocationsPerWorkgroup, long maxComputeWorkgroupSizeX,
                     long maxComputeWorkgroupSizeY, long maxComputeWorkgroupSizeZ,
                     long maxComputeWorkgroupsPerDimension, long maxComputeWorkgroupStorageSize, long maxBufferSize,
                     long maxUniformBufferBindingSize, long maxUniformBuffersPerShaderStage,
                     long minStorageBufferOffsetAlignment, long maxBindGroups) {

    /** The WebGPU spec's default limits: every adapter offers at least these (alignment: at most). */
    public static final Limits WEBGPU_DEFAULTS = new Limits(128L << 20, 8, 256, 256, 256, 64, 65535, 16384,
            256L << 20, 65536, 12, 256, 4);

    /**
     * The limits that are below WebGPU's guaranteed minimum, as {@code name value < minimum}; empty for any
     * real adapter, so a non-empty answer means {@code WGPULimits} was read at the wrong offsets.
     */
    public List<String> belowWebGpuMinimum() {
        var out = new ArrayList<String>();
        var d = WEBGPU_DEFAULTS;
        check(out, "maxStorageBufferBindingSize", maxStorageBufferBindingSize, d.maxStorageBufferBindingSize);
        check(out, "maxStorageBuffersPerShaderStage", maxStorageBuffersPerShaderStage,
                d.maxStorageBuffersPerShaderStage);
        check(out, "maxComputeInvocationsPerWorkgroup", maxComputeInvocationsPerWorkgroup,
                d.maxComputeInvocationsPerWorkgroup);
        check(out, "maxComputeWorkgroupSizeX", maxComputeWorkgroupSizeX, d.maxComputeWorkgroupSizeX);
        check(out, "maxComputeWorkgroupSizeY", maxComputeWorkgroupSizeY, d.maxComputeWorkgroupSizeY);
        check(out, "maxComputeWorkgroupSizeZ", maxComputeWorkgroupSizeZ, d.maxComputeWorkgroupSizeZ);
        check(out, "maxComputeWorkgroupsPerDimension", maxComputeWorkgroupsPerDimension,
                d.maxComputeWorkgroupsPerDimension);
        check(out, "maxComputeWorkgroupStorageSize", maxComputeWorkgroupStorageSize, d.maxComputeWorkgroupStorageSize);
        check(out, "maxBufferSize", maxBufferSize, d.maxBufferSize);
        check(out, "maxUniformBufferBindingSize", maxUniformBufferBindingSize, d.maxUniformBufferBindingSize);
        check(out, "maxUniformBuffersPerShaderStage", maxUniformBuffersPerShaderStage,
                d.maxUniformBuffersPerShaderStage);
        check(out, "maxBindGroups", maxBindGroups, d.maxBindGroups);
        if (minStorageBufferOffsetAlignment <= 0 || minStorageBufferOffsetAlignment > d.minStorageBufferOffsetAlignment
                || Long.bitCount(minStorageBufferOffsetAlignment) != 1) {
            out.add("minStorageBufferOffsetAlignment " + minStorageBufferOffsetAlignment
                    + " is not a power of two <= 256");
        }
        return out;
    }

    private static void check(List<String> out, String name, long value, long minimum) {
        if (value < minimum) out.add(name + " " + value + " < " + minimum);
    }
}
