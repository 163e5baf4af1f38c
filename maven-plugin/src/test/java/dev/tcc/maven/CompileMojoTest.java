package dev.tcc.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compile goal outside Maven: what it writes, incrementality, and one-line errors. */
class CompileMojoTest {
    static final Path MLP = Path.of("../examples/mlp/model.onnx").toAbsolutePath().normalize();

    static CompileMojo mojo(Path root) {
        CompileMojo m = new CompileMojo();
        m.onnxDirectory = root.resolve("src/main/onnx").toFile();
        m.targets = List.of("opencl");
        m.packageName = "demo.models";
        m.sourceDirectory = root.resolve("gen-src").toFile();
        m.resourceDirectory = root.resolve("gen-res").toFile();
        m.stampDirectory = root.resolve("stamps").toFile();
        m.project = new MavenProject();
        return m;
    }

    @Test
    void writesArtefactModelAndTypedClassAndIsIncremental(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("src/main/onnx"));
        Path model = root.resolve("src/main/onnx/tiny-mlp.onnx");
        Files.copy(MLP, model);
        CompileMojo m = mojo(root);
        m.execute();
        Path java = root.resolve("gen-src/demo/models/TinyMlp.java");
        assertThat(java).isRegularFile();
        String src = Files.readString(java);
        assertThat(src).contains("public final class TinyMlp implements AutoCloseable", "public record Result(Tensor linear2)",
                "public Result run(float[] x)", "f32[8, 64]", "Exported by pytorch");
        assertThat(root.resolve("gen-res/tcc/models/tiny_mlp/opencl/manifest.json")).isRegularFile();
        assertThat(root.resolve("gen-res/tcc/models/tiny_mlp/model.onnx")).isRegularFile();
        assertThat(m.project.getCompileSourceRoots()).contains(root.resolve("gen-src").toString());

        FileTime before = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(java, before);
        mojo(root).execute();
        assertThat(Files.getLastModifiedTime(java)).as("unchanged model: not regenerated").isEqualTo(before);

        Path other = Path.of(System.getProperty("tcc.shared", "../../shared"), "models/mlp_ts/model.onnx");
        if (Files.isRegularFile(other)) {
            Files.copy(other, model, StandardCopyOption.REPLACE_EXISTING);          // a changed model
            mojo(root).execute();
            assertThat(Files.getLastModifiedTime(java)).as("changed model: regenerated").isNotEqualTo(before);
        }

        Files.writeString(model, "not an ONNX model");
        assertThatThrownBy(() -> mojo(root).execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("tcc: " + model).matches(e -> !e.getMessage().contains("\n"), "one line");
    }
}
