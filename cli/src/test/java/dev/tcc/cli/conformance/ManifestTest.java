package dev.tcc.cli.conformance;

import dev.tcc.cli.SharedData;
import dev.tcc.cli.targets.ReferenceTarget;
import dev.tcc.passes.PassRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestTest {
    @TempDir Path tmp;

    private ConformanceRunner.Options options(Double rtol, Double atol) {
        return new ConformanceRunner.Options(new ReferenceTarget(), PassRunner.defaults(), rtol, atol, Duration.ofSeconds(10), 1);
    }

    @Test
    void tolerancesComeFromTheNearestManifestThenTheOptions() throws IOException {
        Files.writeString(tmp.resolve("manifest.tsv"), """
                test_name\tsuite\ttier\trtol\tatol
                test_dft\tnode\t2\t1e-3\t1e-6
                test_densenet121\tlight\t1\t2e-3\t1e-7
                test_dft\tother\t2\t0.5\t0.5
                """);
        Path dft = Files.createDirectories(tmp.resolve("node/test_dft"));
        Path dense = Files.createDirectories(tmp.resolve("light/test_densenet121"));
        Path plain = Files.createDirectories(tmp.resolve("node/test_abs"));
        var cache = new HashMap<Path, Manifest>();
        assertThat(ConformanceRunner.tolerance(dft, options(null, null), cache)).isEqualTo(new Tolerance(1e-3, 1e-6));
        assertThat(ConformanceRunner.tolerance(dense, options(null, null), cache)).isEqualTo(new Tolerance(2e-3, 1e-7));
        assertThat(ConformanceRunner.tolerance(plain, options(null, null), cache)).isEqualTo(Tolerance.DEFAULT);
        assertThat(ConformanceRunner.tolerance(dft, options(null, 1e-2), cache)).isEqualTo(new Tolerance(1e-3, 1e-2));
        assertThat(ConformanceRunner.tolerance(dense, options(0.1, null), cache)).isEqualTo(new Tolerance(0.1, 1e-7));
    }

    @Test
    void theSharedManifestIsFoundFromACaseFolder() {
        Manifest m = Manifest.find(SharedData.nodeCase("test_dft"));
        assertThat(m).isNotNull();
        assertThat(m.file().getFileName().toString()).isEqualTo("manifest.tsv");
        assertThat(m.lookup(SharedData.nodeCase("test_dft"))).isEqualTo(new Tolerance(1e-3, 1e-6));
        assertThat(m.lookup(SharedData.nodeCase("test_celu_bfloat16_expanded"))).isEqualTo(new Tolerance(1e-2, 1e-2));
        assertThat(m.lookup(SharedData.nodeCase("test_add"))).isEqualTo(Tolerance.DEFAULT);
    }

    @Test
    void noManifestMeansDefaults() {
        assertThat(Manifest.find(tmp)).isNull();
    }
}
