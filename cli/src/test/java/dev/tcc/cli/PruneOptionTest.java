package dev.tcc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tcc compile --prune}: the help, the printed report, and a bad spec. */
class PruneOptionTest {
    private static final String MLP = Path.of("../examples/mlp/model.onnx").toString();

    @TempDir Path work;

    @Test
    void helpSaysOnlyChannelPruningSpeedsUpDenseKernels() {
        assertThat(Cli.run("compile", "--help").out().replaceAll("\\s+", " "))
                .contains("--prune=SPEC").contains("Only channel pruning speeds up dense GPU kernels");
    }

    @Test
    void channelPruningPrintsWhatWasRemovedAndTheError() {
        Cli c = Cli.run("compile", MLP, "--target", "opencl", "--prune", "channels:0.5", "-o", work.resolve("a").toString());
        assertThat(c.status()).as(c.err()).isZero();
        assertThat(c.out()).contains("channels pruning: ").contains("pruned ").contains("weight bytes: ").contains("FLOPs: ")
                .containsPattern("sample +1 ").containsPattern("random +" + Accuracy.RANDOM_SETS + " ");
    }

    @Test
    void theReportGoesIntoTheManifest() throws java.io.IOException {
        Path dir = work.resolve("m");
        assertThat(Cli.run("compile", MLP, "--prune", "2:4", "-o", dir.toString()).status()).isZero();
        assertThat(java.nio.file.Files.readString(dir.resolve("manifest.json"))).contains("\"accuracy\"").contains("\"cosine\"");
    }

    @Test
    void aBadSpecIsOneLineNamingTheForms() {
        Cli c = Cli.run("compile", MLP, "--prune", "rows:0.5", "-o", work.resolve("b").toString());
        assertThat(c.status()).isNotZero();
        assertThat(c.errLine()).contains("--prune: bad prune spec 'rows:0.5'").contains("magnitude:R, N:M (e.g. 2:4), channels:R or channels:R:inner");
    }
}
