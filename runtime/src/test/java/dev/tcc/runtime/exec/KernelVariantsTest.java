package dev.tcc.runtime.exec;

import dev.tcc.codegen.opencl.OpenClCodegen;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;
import dev.tcc.passes.kernel.HalfStorage;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.passes.lower.SampleGraphs;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.opencl.TestDevices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kernel variants ({@link KernelProgram.Variant}): the first variant whose profile a device meets is chosen, else the
 * launches' own code; variants survive an artefact; the executor on PoCL (no {@code cl_khr_fp16}) runs the base code of
 * an f16-storage program and a variant it meets, with the same outputs.
 */
class KernelVariantsTest {
    private static final OpenClCodegen CODEGEN = new OpenClCodegen();
    private static Device device;

    @BeforeAll static void open() { device = TestDevices.open(); }

    @AfterAll static void close() { if (device != null) device.close(); }

    private static final SampleGraphs.Case MATMUL = SampleGraphs.all(5).stream().filter(x -> x.name().startsWith("matmul_tiled")).findFirst().orElseThrow();
    private static final Profile NO_FP16 = new Profile("plain", false, false, 256, 16384, 1L << 28);
    private static final Profile FP16 = NO_FP16.withFp16(true, "half");
    private static final Profile FP16_FP64 = new Profile("half and double", true, true, 256, 16384, 1L << 28);

    /** An f16-storage program rendered for OpenCL, with variants whose code is the base code under another comment. */
    private static KernelProgram program(Profile base, Profile... variants) {
        KernelProgram p = new HalfStorage().apply(Lowering.lower(MATMUL.graph(), base));
        KernelProgram rendered = p.withLaunches(p.launches().stream().map(l -> new KernelProgram.Launch(l.signature(), l.args(), l.anchor(), l.fused(),
                l.tuning(), new KernelProgram.Code.Rendered(CODEGEN.render(l.kernel(), base)))).toList());
        List<KernelProgram.Variant> vs = new java.util.ArrayList<>();
        for (int i = 0; i < variants.length; i++) {
            String name = "v" + i;
            vs.add(new KernelProgram.Variant(name, variants[i], rendered.launches().stream().<KernelProgram.Code>map(l -> new KernelProgram.Code.Rendered(
                    ("// variant " + name + "\n" + new String(((KernelProgram.Code.Rendered) l.code()).bytes(), StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8))).toList()));
        }
        return rendered.withVariants(vs);
    }

    @Test
    void theFirstVariantTheDeviceMeetsIsChosen() {
        KernelProgram p = program(NO_FP16, FP16_FP64, FP16);
        assertThat(p.variantFor(NO_FP16)).isNull();
        assertThat(p.variantFor(FP16).name()).isEqualTo("v1");
        assertThat(p.variantFor(FP16_FP64).name()).isEqualTo("v0");
        assertThat(p.with(p.variantFor(FP16)).profile()).isEqualTo(FP16);
        assertThat(p.with(p.variantFor(FP16)).variants()).isEmpty();
        assertThat(p.withLaunches(p.launches()).variants()).as("new launches drop variants made for the old ones").isEmpty();
    }

    @Test
    void variantsSurviveTheArtefactAndTheDeviceRunsTheOneItMeets(@TempDir Path dir) {
        Profile own = device.profile();
        KernelProgram p = program(own, own.withFp16(true, "with f16"), own.named("as the device"));
        Artefact.write(p, CODEGEN, dir);
        KernelProgram back = Artefact.read(dir);
        assertThat(back.variants()).extracting(KernelProgram.Variant::name).containsExactly("v0", "v1");
        for (int v = 0; v < 2; v++) {
            for (int i = 0; i < p.kernelCount(); i++) {
                assertThat(((KernelProgram.Code.Rendered) back.variants().get(v).code().get(i)).bytes())
                        .isEqualTo(((KernelProgram.Code.Rendered) p.variants().get(v).code().get(i)).bytes());
            }
        }
        SampleGraphs.Case c = MATMUL;
        List<Tensor> base;
        try (Executor e = Executor.load(back.withVariants(List.of()), device)) {
            assertThat(e.variant()).isEqualTo("base");
            base = e.run(c.inputs());
        }
        try (Executor e = Executor.load(back, device)) {
            assertThat(e.variant()).as("PoCL has no cl_khr_fp16: v0 needs it, v1 asks what the device has").isEqualTo(own.fp16() ? "v0" : "v1");
            assertThat(e.run(c.inputs())).isEqualTo(base);
        }
    }
}
