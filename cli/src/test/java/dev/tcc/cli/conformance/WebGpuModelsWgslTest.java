package dev.tcc.cli.conformance;

import dev.tcc.cli.SharedData;
import dev.tcc.codegen.wgsl.WgslCodegen;
import dev.tcc.compiler.Compilation;
import dev.tcc.compiler.Compiler;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;
import dev.tcc.runtime.Devices;
import dev.tcc.runtime.webgpu.WebGpuBackend;
import dev.tcc.runtime.webgpu.WgslDevice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every WGSL file tcc emits for the 12 real models compiles in Dawn with no error and no warning: the files of
 * {@code tcc compile --target webgpu} (WebGPU's portable limits, what a browser bundle holds) and those for the
 * adapter's own profile (what {@code tcc conformance --target webgpu} runs).
 */
@Tag("conformance")
class WebGpuModelsWgslTest {
    static final List<String> MODELS = OpenClConformanceTest.MODELS;

    private static WgslDevice device;

    /** A code generator and the profile it renders for. */
    private record Variant(WgslCodegen codegen, Profile profile) {}

    @BeforeAll static void open() {
        WebGpuBackend backend = new WebGpuBackend();
        device = (WgslDevice) backend.open(Devices.select(backend, null));
    }

    @AfterAll static void close() { if (device != null) device.close(); }

    @ParameterizedTest
    @FieldSource("MODELS")
    void everyKernelCompilesWithoutWarnings(String model) {
        Path dir = SharedData.models().resolve(model);
        TestCase c = TestCase.load(dir);
        Compiler.Options options = Compiler.Options.DEFAULT.withImports(ImportOptions.forInputs(c.inputs()));
        List<Variant> variants = List.of(new Variant(new WgslCodegen(), WgslCodegen.PORTABLE),
                new Variant(new WgslCodegen(device.options().maxStorageBuffers()), device.profile()));
        for (Variant v : variants) {
            Compilation comp = Compiler.compile(dir.resolve("model.onnx"), v.codegen(), v.profile(), options);
            int before = device.warnings().size();
            for (KernelProgram.Launch l : comp.rendered().launches()) {
                device.compile(l.signature(), ((KernelProgram.Code.Rendered) l.code()).bytes());
            }
            assertThat(device.warnings().subList(before, device.warnings().size()))
                    .as(model + " for " + v.profile().name() + ": WGSL compiler warnings").isEmpty();
        }
    }
}
