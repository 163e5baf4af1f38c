package dev.tcc.codegen.wgsl;

import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.SampleKernels;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.passes.lower.SampleGraphs;

import java.util.ArrayList;
import java.util.List;

/**
 * The kernels the golden files are rendered from: every {@link SampleKernels} kernel, the renderer's own
 * {@link WgslSamples}, and every kernel
 * of every {@link SampleGraphs} case (seed 1) lowered for WebGPU, with the device options each is
 * rendered for. {@link #rendered} gives (name, WGSL) pairs for a compiler check: feed each source to
 * Dawn's {@code createShaderModule} (with {@code shader-f16} requested when {@link Case#options} asks
 * for it) and expect no error or warning.
 */
public final class WgslCorpus {
    private WgslCorpus() {}

    /** What lowering may assume of a WebGPU device: f64 held as f32, WebGPU's default workgroup limits. */
    public static final dev.tcc.ir.program.Profile WEBGPU = WgslCodegen.PORTABLE;

    /** A kernel to render, under a golden-file name. */
    public record Case(String name, Kernel kernel, WgslOptions options) {
        @Override public String toString() { return name; }
    }

    /** A rendered case: its WGSL, or why the renderer refused it. */
    public record Rendered(String name, String wgsl, String refusal, WgslOptions options) {}

    public static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        WgslOptions lavapipe = WgslOptions.LAVAPIPE;
        for (Kernel k : List.of(SampleKernels.broadcastMulAddRelu(3, 5, 64), SampleKernels.rowSum(4, 1000, 128),
                SampleKernels.tiledMatmul(64, 48, 40, 16), SampleKernels.halfAxpy(1000, 64),
                SampleKernels.integerOps(100, 64), SampleKernels.mixedTypes(100, 32))) {
            out.add(new Case(k.name(), k, lavapipe));
        }
        out.add(new Case("half_axpy_no_f16", SampleKernels.halfAxpy(1000, 64), WgslOptions.SWIFTSHADER));
        out.add(new Case("storage_types", WgslSamples.storageTypes(), lavapipe));
        out.add(new Case("storage_types_no_f16", WgslSamples.storageTypes(), WgslOptions.SWIFTSHADER));
        for (SampleGraphs.Case c : SampleGraphs.all(1)) {
            KernelProgram p = Lowering.lower(c.graph(), WEBGPU);
            for (int i = 0; i < p.launches().size(); i++) {
                Kernel k = p.launches().get(i).kernel();
                out.add(new Case("graph_" + c.name() + "_" + i + "_" + k.name(), k, lavapipe));
            }
        }
        return out;
    }

    /** Every case rendered: the (name, WGSL) pairs to compile, and the refusals with their messages. */
    public static List<Rendered> rendered() {
        return cases().stream().map(c -> {
            try {
                return new Rendered(c.name(), new WgslRenderer(c.options()).render(c.kernel()).source(), null, c.options());
            } catch (WgslException e) {
                return new Rendered(c.name(), null, e.getMessage(), c.options());
            }
        }).toList();
    }
}
