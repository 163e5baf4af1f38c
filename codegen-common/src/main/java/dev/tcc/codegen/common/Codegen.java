package dev.tcc.codegen.common;

import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.program.Profile;

import java.util.Optional;

/**
 * A target's code generator: kernel IR in, the bytes of one kernel file out. It is everything compiling
 * needs to know about a target, so compiling needs no device: the portable profile says what lowering may
 * assume when no device is named, and {@link #render} writes the file an artefact ships. Implementations
 * are stateless and may be used from several threads.
 */
public interface Codegen {

    /** The target's name, as {@code --target} and an artefact's manifest spell it: {@code opencl}. */
    String target();

    /** The kernel files' extension without the dot: {@code cl}, {@code wgsl}, {@code spv}. */
    String extension();

    /** True when kernel files are text (UTF-8), false for binary code such as SPIR-V. */
    default boolean textual() { return true; }

    /**
     * Whether lowering's default template parameters should suit GPUs: true for targets whose devices are nearly always
     * GPUs (WebGPU in a browser, Vulkan), which a browser page or an embedder runs untuned; OpenCL's defaults suit the
     * CPU drivers (PoCL), where workgroups that split work cost more than they give. Tuned kernels are unaffected.
     */
    default boolean gpuDefaults() { return false; }

    /** What the target's specification guarantees on every conformant device; lowering's default. */
    Profile portable();

    /**
     * The kernel file for {@code kernel}, lowered for {@code profile}.
     *
     * @throws dev.tcc.ir.IrException naming the kernel when the target cannot express it on that profile
     */
    byte[] render(Kernel kernel, Profile profile);

    /**
     * A readable text form of {@code code} (a file {@link #render} wrote) that an artefact keeps beside a binary
     * kernel file for people to read, e.g. SPIR-V disassembly; empty for text targets, whose files are readable already.
     */
    default Optional<String> readable(byte[] code) { return Optional.empty(); }

    /** The extension of {@link #readable} files without the dot ({@code spvasm}). */
    default String readableExtension() { return extension() + ".txt"; }
}
