package dev.tcc.codegen.opencl;

import dev.tcc.codegen.common.Codegen;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.program.Profile;

import java.nio.charset.StandardCharsets;

/** OpenCL C 1.2 kernels ({@link OpenClRenderer}), built with {@link OpenClRenderer#BUILD_OPTIONS}. */
public final class OpenClCodegen implements Codegen {

    /**
     * What OpenCL 1.2's full profile guarantees and GPUs of the last decade offer: 256 work-items per workgroup
     * (the spec's floor is 1, but no GPU driver reports fewer than 256), 32 KiB of local memory (the spec's
     * minimum), buffers of 128 MiB (the spec's minimum largest allocation) and no f64 or f16 arithmetic (both
     * optional extensions).
     */
    public static final Profile PORTABLE = new Profile("opencl portable", false, false, 256, 32 * 1024, 128L << 20);

    private final OpenClRenderer renderer = new OpenClRenderer();

    @Override public String target() { return "opencl"; }

    @Override public String extension() { return "cl"; }

    @Override public Profile portable() { return PORTABLE; }

    @Override public byte[] render(Kernel kernel, Profile profile) {
        return renderer.render(kernel).getBytes(StandardCharsets.UTF_8);
    }
}
