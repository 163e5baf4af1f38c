package dev.tcc.runtime.exec;

import dev.tcc.ir.Tensor;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.codegen.opencl.OpenClCodegen;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.passes.lower.SampleGraphs;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.opencl.TestDevices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Artefacts: written, read back and run give exactly what the in-memory program gives; damage is detected. */
class ArtefactTest {
    private static final OpenClCodegen CODEGEN = new OpenClCodegen();
    private static Device device;

    @BeforeAll static void open() { device = TestDevices.open(); }

    @AfterAll static void close() { if (device != null) device.close(); }

    private static SampleGraphs.Case sample(String name) {
        return SampleGraphs.all(5).stream().filter(c -> c.name().startsWith(name)).findFirst().orElseThrow();
    }

    @Test
    void roundTripRunsTheSame(@TempDir Path dir) throws IOException {
        for (String name : List.of("matmul_tiled", "layer_norm", "gru", "resize_linear", "narrow_casts")) {
            SampleGraphs.Case c = sample(name);
            KernelProgram p = Lowering.lower(c.graph(), device.profile());
            Path out = dir.resolve(name);
            Artefact.write(p, CODEGEN, out);
            assertThat(out.resolve("manifest.json")).exists();
            assertThat(out.resolve("weights.bin")).hasSize(p.weights().length);
            try (Stream<Path> files = Files.list(out.resolve("kernels"))) {
                assertThat(files.count()).isEqualTo(p.kernelCount());
            }
            KernelProgram back = Artefact.read(out);
            assertThat(back.kernelCount()).isEqualTo(p.kernelCount());
            assertThat(back.buffers()).isEqualTo(p.buffers());
            assertThat(back.inputs()).isEqualTo(p.inputs());
            assertThat(back.outputs()).isEqualTo(p.outputs());
            assertThat(back.launches().getFirst().tuning()).isEqualTo(p.launches().getFirst().tuning());
            List<Tensor> direct = Executor.run(p, device, c.inputs());
            List<Tensor> loaded = Executor.run(back, device, c.inputs());
            assertThat(loaded).as(name).isEqualTo(direct);
        }
    }

    @Test
    void aModifiedFileIsRejected(@TempDir Path dir) throws IOException {
        KernelProgram p = Lowering.lower(sample("conv").graph(), device.profile());
        Artefact.write(p, CODEGEN, dir);
        Path kernel;
        try (Stream<Path> files = Files.list(dir.resolve("kernels"))) {
            kernel = files.findFirst().orElseThrow();
        }
        Files.writeString(kernel, Files.readString(kernel).replace("acc", "acc "));
        assertThatThrownBy(() -> Artefact.read(dir)).isInstanceOf(Artefact.ArtefactException.class).hasMessageContaining("SHA-256");
    }

    @Test
    void readingSomethingElseSaysWhat(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\"format\": \"other\", \"version\": 3}");
        assertThatThrownBy(() -> Artefact.read(dir)).isInstanceOf(Artefact.ArtefactException.class).hasMessageContaining("not a tcc artefact");
    }

    @Test
    void writesOnlyInsideItsDirectory(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a");
        Artefact.write(Lowering.lower(sample("softmax").graph()), CODEGEN, target);
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)).allMatch(f -> f.startsWith(target));
        }
    }
}
