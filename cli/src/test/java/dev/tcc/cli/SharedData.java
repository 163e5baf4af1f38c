package dev.tcc.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: the shared data folder beside the checkout ({@code -Dtcc.shared}, set by the build). */
public final class SharedData {
    private SharedData() {}

    public static Path shared() {
        String p = System.getProperty("tcc.shared");
        Path path = p != null ? Path.of(p) : Path.of("../../shared");
        if (!Files.isDirectory(path.resolve("onnx-tests"))) path = Path.of("../shared");
        assertThat(path.resolve("onnx-tests")).as("ONNX conformance data (the shared folder beside the checkout)").isDirectory();
        return path.toAbsolutePath().normalize();
    }

    /** The folder of node case {@code name}. */
    public static Path nodeCase(String name) { return shared().resolve("onnx-tests/node").resolve(name); }

    /** The folder of the real models. */
    public static Path models() { return shared().resolve("models"); }
}
