package dev.tcc.codegen.spirv;

import dev.tcc.codegen.common.Codegen;
import dev.tcc.codegen.spirv.asm.SpirvReader;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.program.Profile;

import java.util.Optional;

/**
 * Binary SPIR-V 1.5 modules for Vulkan 1.2 compute ({@link SpirvRenderer}), one {@code .spv} file per kernel with
 * its disassembly ({@code .spvasm}) beside it for reading.
 */
public final class SpirvCodegen implements Codegen {

    /**
     * What Vulkan 1.2 guarantees on every device (the spec's required limits): 128 invocations per workgroup
     * ({@code maxComputeWorkGroupInvocations}), 16 KiB of shared memory ({@code maxComputeSharedMemorySize}),
     * storage buffers of 128 MiB ({@code maxStorageBufferRange}, 2^27) and neither {@code shaderFloat64} nor
     * f16 arithmetic (both optional; the renderer computes f16 in f32 anyway).
     */
    public static final Profile PORTABLE = new Profile("vulkan portable", false, false, 128, 16 * 1024, 128L << 20);

    private final SpirvRenderer renderer = new SpirvRenderer();

    @Override public String target() { return "vulkan"; }

    @Override public String extension() { return "spv"; }

    @Override public boolean textual() { return false; }

    @Override public Profile portable() { return PORTABLE; }

    @Override public boolean gpuDefaults() { return true; }

    /** The module's bytes; the profile changes nothing here, since lowering has already applied it. */
    @Override public byte[] render(Kernel kernel, Profile profile) { return renderer.renderBytes(kernel); }

    @Override public Optional<String> readable(byte[] code) { return Optional.of(SpirvReader.read(code).disassemble()); }

    @Override public String readableExtension() { return "spvasm"; }
}
