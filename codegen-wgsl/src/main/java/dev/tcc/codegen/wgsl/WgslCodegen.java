package dev.tcc.codegen.wgsl;

import dev.tcc.codegen.common.Codegen;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.program.Profile;

import java.nio.charset.StandardCharsets;

/**
 * WebGPU's code generator: WGSL modules ({@link WgslRenderer}) for a {@link Profile}. The profile's fp16
 * means the device has {@code shader-f16} (and the runtime requests it), its workgroup size and memory are
 * {@code maxComputeInvocationsPerWorkgroup} and {@code maxComputeWorkgroupStorageSize}. The profile does not
 * carry {@code maxStorageBuffersPerShaderStage}: this class assumes WebGPU's default of 8 unless built with
 * another count (lavapipe has 16, SwiftShader 12). The binding contract is {@link WgslLayout}.
 */
public final class WgslCodegen implements Codegen {

    /**
     * What WebGPU guarantees on every adapter (its default limits): 256 invocations per workgroup, 16 KiB of
     * workgroup storage, storage bindings of 128 MiB, and no shader-f16 (optional). fp64 is on: WGSL has no
     * f64, and the renderer holds and computes f64 tensors as f32 (reported as a narrowing), so f64 models
     * run at f32 precision rather than being refused.
     */
    public static final Profile PORTABLE = new Profile("webgpu portable", true, false, 256, 16 * 1024, 128L << 20);

    private final int maxStorageBuffers;

    /** A generator for devices with WebGPU's default 8 storage buffers per shader stage. */
    public WgslCodegen() { this(WgslOptions.PORTABLE.maxStorageBuffers()); }

    /** A generator for devices with {@code maxStorageBuffers} storage buffers per shader stage. */
    public WgslCodegen(int maxStorageBuffers) { this.maxStorageBuffers = maxStorageBuffers; }

    /** The renderer options a profile stands for. */
    public WgslOptions options(Profile profile) {
        return new WgslOptions(profile.fp16(), maxStorageBuffers, profile.maxWorkgroupSize(), profile.localMemBytes());
    }

    @Override public String target() { return "webgpu"; }

    @Override public String extension() { return "wgsl"; }

    @Override public Profile portable() { return PORTABLE; }

    @Override public boolean gpuDefaults() { return true; }

    /** The WGSL module; {@link WgslRenderer#render} also gives its layout and narrowings. */
    @Override
    public byte[] render(Kernel kernel, Profile profile) {
        return new WgslRenderer(options(profile)).render(kernel).source().getBytes(StandardCharsets.UTF_8);
    }
}
