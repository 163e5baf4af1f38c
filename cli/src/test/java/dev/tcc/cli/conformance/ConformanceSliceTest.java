package dev.tcc.cli.conformance;

import dev.tcc.cli.SharedData;
import dev.tcc.cli.targets.ReferenceTarget;
import dev.tcc.passes.PassRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conformance as a test: a fixed slice of about 150 tier-1 ONNX node cases ({@code conformance-slice.txt}) on
 * the reference target, run with the same runner as {@code tcc conformance} and the default pass pipeline
 * with {@code --verify}. Every case must pass; the failure message lists every case that did not, with why.
 * Tagged {@code conformance} (exclude with {@code -DexcludedGroups=conformance} for a quick build).
 */
@Tag("conformance")
class ConformanceSliceTest {
    static List<String> slice() throws IOException {
        try (var in = Objects.requireNonNull(ConformanceSliceTest.class.getResourceAsStream("/conformance-slice.txt"));
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    /** A runner that also verifies the IR after every pass, so the slice checks the passes too. */
    static PassRunner verifyingDefaults() {
        return new PassRunner(PassRunner.defaults().passes(), new PassRunner.Options(true, List.of(), s -> { }));
    }

    static int jobs() { return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())); }

    @Test
    void everyCaseOfTheSlicePasses() throws IOException {
        List<String> names = slice();
        assertThat(names).hasSizeBetween(140, 170).doesNotHaveDuplicates();
        List<Path> dirs = names.stream().map(SharedData::nodeCase).toList();
        var o = new ConformanceRunner.Options(new ReferenceTarget(), verifyingDefaults(), null, null, Duration.ofSeconds(120), jobs());
        ConformanceRunner.Summary s = ConformanceRunner.run(dirs, o, r -> System.out.println(r.line()));
        List<String> notPassed = s.results().stream().filter(r -> r.status() != CaseResult.Status.PASS).map(CaseResult::line).toList();
        System.out.println("conformance slice: " + s.line());
        assertThat(notPassed).as("slice cases that did not pass (" + s.line() + ")").isEmpty();
    }
}
