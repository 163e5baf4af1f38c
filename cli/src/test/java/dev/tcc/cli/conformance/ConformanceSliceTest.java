package dev.tcc.cli.conformance;

import dev.tcc.cli.SharedData;
import dev.tcc.cli.targets.ReferenceTarget;
import dev.tcc.frontend.text.RoundTrip;
import dev.tcc.ir.Graph;
import dev.tcc.passes.Pass;
import dev.tcc.passes.PassRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

    /**
     * A runner that also verifies the IR after every pass, and checks that the imported graph and the graph
     * after every pass survive a print/parse round trip of the textual IR, so the slice checks both.
     */
    static PassRunner verifyingDefaults() {
        List<Pass> passes = new ArrayList<>();
        passes.add(ROUND_TRIP);
        for (Pass p : PassRunner.defaults().passes()) {
            passes.add(p);
            passes.add(ROUND_TRIP);
        }
        return new PassRunner(passes, new PassRunner.Options(true, List.of(), s -> { }));
    }

    /** Checks {@code parse(print(g)).equals(g)} and passes the graph on unchanged. */
    static final Pass ROUND_TRIP = new Pass() {
        @Override public String name() { return "check-round-trip"; }

        @Override public String description() { return "asserts that the textual IR round-trips"; }

        @Override public Graph apply(Graph g) {
            RoundTrip.check(g);
            return g;
        }
    };

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
