package dev.tcc.frontend.onnx;

import dev.tcc.frontend.text.RoundTrip;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: runs ONNX backend-test cases from the shared conformance folder on the reference interpreter. */
public final class NodeCases {
    private NodeCases() {}

    /** The shared folder ({@code -Dtcc.shared}, set by the build; defaults to ../shared beside the checkout). */
    public static Path shared() {
        String p = System.getProperty("tcc.shared");
        Path path = p != null ? Path.of(p) : Path.of("../../shared");
        if (!Files.isDirectory(path.resolve("onnx-tests"))) path = Path.of("../shared");
        assertThat(path.resolve("onnx-tests")).as("ONNX conformance data (the shared folder beside the checkout)").isDirectory();
        return path;
    }

    /** The folder of a case in suite {@code suite} (e.g. "node"). */
    public static Path caseDir(String suite, String name) { return shared().resolve("onnx-tests").resolve(suite).resolve(name); }

    /**
     * Asserts that case {@code name} passes on the reference interpreter: for a node case, also that its graph
     * round-trips as text; a name with a slash is {@code suite/case} and is only run ({@link #assertRuns}).
     */
    public static void assertPasses(String name) {
        if (name.contains("/")) {
            assertRuns(name);
            return;
        }
        Path dir = caseDir("node", name);
        assertThat(dir).as("case folder").isDirectory();
        String why = ReferenceSmoke.runOne(dir);
        assertThat(why).as(name).isNull();
        TestCase c = TestCase.load(dir);
        RoundTrip.check(OnnxImporter.importModel(c.model(), dir, dir.resolve("model.onnx").toString(), ImportOptions.forInputs(c.inputs())));
    }

    /** Asserts that case {@code name} ({@code suite/case}, or a node case without a slash) runs on the reference interpreter to ONNX's expected outputs. */
    public static void assertRuns(String name) {
        String[] parts = name.contains("/") ? name.split("/") : new String[] {"node", name};
        assertThat(ReferenceSmoke.runOne(caseDir(parts[0], parts[1]))).as(name).isNull();
    }
}
