package dev.tcc.compiler;

import dev.tcc.codegen.common.Codegen;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;

import java.util.Arrays;
import java.util.List;

/**
 * The kernel variant an f16 artefact carries for devices with half-precision arithmetic ({@code cl_khr_fp16},
 * WebGPU's {@code shader-f16}, Vulkan's {@code shaderFloat16}): the same launches rendered for the profile with
 * {@link Profile#fp16} on, which a target's code generator may use (WGSL then declares f16 buffers natively instead of
 * packing two halves into each u32 word, whose stores take two atomic operations). The base code, rendered for the
 * portable profile, stays for every other device; the runtime picks per device at load time
 * ({@link KernelProgram#variantFor}). Accumulators stay f32 in both.
 */
public final class HalfVariant {
    private HalfVariant() {}

    /** The variant's name in manifests, kernel file names and run reports. */
    public static final String NAME = "f16";

    /**
     * {@code rendered} (the program {@code lowered} rendered for {@code profile}) with the {@link #NAME} variant when
     * {@code profile} lacks f16 arithmetic and some kernel renders differently with it; else {@code rendered} as it is.
     */
    public static KernelProgram add(KernelProgram lowered, KernelProgram rendered, Codegen codegen, Profile profile) {
        if (profile.fp16()) return rendered;
        Profile half = profile.withFp16(true, profile.name() + " with f16");
        KernelProgram variant = Compiler.render(lowered, codegen, half);
        boolean differs = false;
        for (int i = 0; i < rendered.launches().size() && !differs; i++) {
            differs = !Arrays.equals(bytes(rendered.launches().get(i)), bytes(variant.launches().get(i)));
        }
        if (!differs) return rendered;
        List<KernelProgram.Code> code = variant.launches().stream().map(KernelProgram.Launch::code).toList();
        return rendered.withVariants(List.of(new KernelProgram.Variant(NAME, half, code)));
    }

    private static byte[] bytes(KernelProgram.Launch l) { return ((KernelProgram.Code.Rendered) l.code()).bytes(); }
}
