package dev.tcc.codegen.wgsl;

/**
 * What the WGSL renderer may assume about the WebGPU device (its adapter's features and limits).
 *
 * @param shaderF16               the device has the {@code shader-f16} feature and the runtime requests it:
 *                                f16 memory is then {@code array<f16>} under {@code enable f16;}; without it
 *                                f16 buffers are packed two to a {@code u32} word. Default false.
 * @param maxStorageBuffers       {@code maxStorageBuffersPerShaderStage}: kernels with more buffer
 *                                parameters are refused. WebGPU's default is 8.
 * @param maxInvocations          {@code maxComputeInvocationsPerWorkgroup}: larger workgroups are refused.
 *                                WebGPU's default is 256.
 * @param maxWorkgroupStorageBytes {@code maxComputeWorkgroupStorageSize}: workgroup arrays beyond it are
 *                                refused. WebGPU's default is 16384.
 */
public record WgslOptions(boolean shaderF16, int maxStorageBuffers, int maxInvocations, long maxWorkgroupStorageBytes) {

    /** WebGPU's default limits and no optional feature: what any conforming device runs. */
    public static final WgslOptions PORTABLE = new WgslOptions(false, 8, 256, 16384);

    /** Mesa 25 lavapipe through Dawn (the CI driver): shader-f16, 16 storage buffers, 1024 invocations. */
    public static final WgslOptions LAVAPIPE = new WgslOptions(true, 16, 1024, 32768);

    /** SwiftShader in Chromium: no shader-f16, 12 storage buffers, 256 invocations. */
    public static final WgslOptions SWIFTSHADER = new WgslOptions(false, 12, 256, 16384);

    public WgslOptions {
        if (maxStorageBuffers < 1 || maxInvocations < 1 || maxWorkgroupStorageBytes < 0) {
            throw new IllegalArgumentException("WGSL limits must be positive: " + maxStorageBuffers + ", " + maxInvocations
                    + ", " + maxWorkgroupStorageBytes);
        }
    }

    /** These limits with {@code shader-f16} on or off. */
    public WgslOptions withShaderF16(boolean on) {
        return new WgslOptions(on, maxStorageBuffers, maxInvocations, maxWorkgroupStorageBytes);
    }
}
