package dev.tcc.cli;

import dev.tcc.codegen.spirv.SpirvVal;
import dev.tcc.frontend.onnx.Compare;
import dev.tcc.frontend.onnx.TensorCodec;
import dev.tcc.frontend.onnx.proto.Onnx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Vulkan side of the command line on this machine's Vulkan device (lavapipe in CI): devices, compile to an
 * artefact of SPIR-V modules with their disassembly, run the artefact. No device is a failure, not a skip.
 */
class VulkanCommandsTest {
    @TempDir Path tmp;

    private static final Path MLP = Path.of("../examples/mlp");

    @Test
    void devicesListsAVulkanDevice() {
        Cli r = Cli.run("devices");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("vulkan:0").contains("(vulkan)").contains("SPIR-V 1.5");
    }

    @Test
    void compiledArtefactHoldsValidSpirvAndRunsWithoutTheModel() throws Exception {
        Path art = tmp.resolve("mlp-vk");
        Cli c = Cli.run("compile", MLP.resolve("model.onnx").toString(), "--target", "vulkan", "-o", art.toString());
        assertThat(c.status()).as(c.err()).isZero();
        assertThat(c.out()).contains("3 kernels (from 5 ONNX nodes)").contains("vulkan portable");
        List<Path> spv, spvasm;
        try (var s = Files.list(art.resolve("kernels"))) {
            List<Path> files = s.sorted().toList();
            spv = files.stream().filter(p -> p.toString().endsWith(".spv")).toList();
            spvasm = files.stream().filter(p -> p.toString().endsWith(".spvasm")).toList();
        }
        assertThat(spv).hasSize(3);
        assertThat(spvasm).hasSize(3);
        for (Path p : spv) SpirvVal.check(p.getFileName().toString(), Files.readAllBytes(p));
        assertThat(Files.readString(spvasm.getFirst())).contains("OpEntryPoint GLCompute");
        assertThat(Files.readString(art.resolve("manifest.json"))).contains("\"target\": \"vulkan\"");

        Path outDir = tmp.resolve("out");
        Cli r = Cli.run("run", art.toString(), "--input", "x=" + MLP.resolve("test_data_set_0/input_0.pb"), "--output-dir", outDir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 kernels").contains("linear_2");
        var got = TensorCodec.decode(Onnx.TensorProto.parseFrom(Files.readAllBytes(outDir.resolve("linear_2.pb"))), null, "out");
        var want = TensorCodec.decode(Onnx.TensorProto.parseFrom(Files.readAllBytes(MLP.resolve("test_data_set_0/output_0.pb"))), null, "want");
        var cmp = Compare.compare(got, want, 1e-3, 1e-5);
        assertThat(cmp.ok()).as(String.valueOf(cmp.reason())).isTrue();
    }

    @Test
    void anArtefactForVulkanRefusesAnotherTarget() {
        Path art = tmp.resolve("mlp-vk");
        assertThat(Cli.run("compile", MLP.resolve("model.onnx").toString(), "--target", "vulkan", "-o", art.toString()).status()).isZero();
        Cli r = Cli.run("run", art.toString(), "--target", "opencl", "--input", "x=" + MLP.resolve("test_data_set_0/input_0.pb"));
        assertThat(r.status()).isEqualTo(Tcc.EXIT_ERROR);
        assertThat(r.errLine()).contains("compiled for vulkan");
    }
}
