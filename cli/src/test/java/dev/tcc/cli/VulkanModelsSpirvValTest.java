package dev.tcc.cli;

import dev.tcc.codegen.spirv.SpirvVal;
import dev.tcc.compiler.Compiler;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;
import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Devices;
import dev.tcc.runtime.vulkan.VulkanBackend;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every SPIR-V module the 12 real models compile to, for Vulkan's portable profile and for this machine's Vulkan
 * device (lavapipe in CI), passes {@code spirv-val --target-env vulkan1.2}; identical modules are checked once.
 */
@Tag("conformance")
class VulkanModelsSpirvValTest {
    static final List<String> MODELS = List.of("mlp", "mlp_ts", "gru_classifier", "gru_classifier_ts", "distilbert", "distilbert_ts",
            "t5_encoder", "t5_encoder_ts", "llama_tiny", "llama_tiny_ts", "mobilenet_v3_small", "mobilenet_v3_small_ts");

    @ParameterizedTest(name = "{0}")
    @FieldSource("MODELS")
    void everyModuleOfTheModelIsValid(String model) {
        Backend vulkan = new VulkanBackend();
        Path dir = SharedData.models().resolve(model);
        TestCase c = TestCase.load(dir);
        Compiler.Options options = Compiler.Options.DEFAULT.withImports(ImportOptions.forInputs(c.inputs()));
        Set<String> seen = new HashSet<>();
        int checked = 0;
        for (Profile profile : List.of(vulkan.codegen().portable(), vulkan.profile(Devices.select(vulkan, "")))) {
            KernelProgram p = Compiler.compile(dir.resolve("model.onnx"), vulkan.codegen(), profile, options).rendered();
            assertThat(p.launches()).isNotEmpty();
            for (KernelProgram.Launch l : p.launches()) {
                if (!(l.code() instanceof KernelProgram.Code.Rendered(byte[] bytes))) throw new AssertionError(l.name() + " was not rendered");
                if (!seen.add(HexFormat.of().formatHex(sha256(bytes)))) continue;
                SpirvVal.check(model + "/" + l.name() + " (" + profile.name() + ")", bytes);
                checked++;
            }
        }
        System.out.println(model + ": " + checked + " distinct modules pass spirv-val");
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
