package dev.tcc.cli.conformance;

import dev.tcc.cli.SharedData;
import dev.tcc.cli.targets.ReferenceTarget;
import dev.tcc.cli.targets.Target;
import dev.tcc.ir.Graph;
import dev.tcc.passes.PassRunner;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Isolation of cases: crashes, errors and hangs of one case never stop the others. */
class ConformanceRunnerTest {
    /** A target that misbehaves on some graphs (chosen by graph name) and runs the rest on the reference interpreter. */
    private record Misbehaving() implements Target.Custom {
        @Override public String name() { return "misbehaving"; }
        @Override public String description() { return "test target"; }

        @Override public Prepared prepare(Graph g, PassRunner runner) {
            return switch (g.name()) {
                case "test_neg" -> throw new StackOverflowError();
                case "test_relu" -> throw new OutOfMemoryError("Java heap space");
                case "test_sub" -> inputs -> {
                    try {
                        Thread.sleep(Duration.ofMinutes(10)); // hangs until the runner gives up on it and interrupts it
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("interrupted");
                };
                case "test_mul" -> throw new IllegalStateException("device lost");
                default -> new ReferenceTarget().prepare(g, runner);
            };
        }
    }

    private static List<Path> cases(String... names) {
        List<Path> l = new ArrayList<>();
        for (String n : names) l.add(SharedData.nodeCase(n));
        return l;
    }

    @Test
    void everyCaseIsIsolated() {
        var o = new ConformanceRunner.Options(new Misbehaving(), PassRunner.defaults(), null, null, Duration.ofSeconds(2), 2);
        List<String> seen = new ArrayList<>();
        long t0 = System.nanoTime();
        ConformanceRunner.Summary s = ConformanceRunner.run(cases("test_add", "test_neg", "test_relu", "test_sub", "test_mul", "test_neg_example"), o,
                r -> seen.add(r.line()));
        assertThat(System.nanoTime() - t0).as("the hanging case costs its time limit, not more").isLessThan(Duration.ofSeconds(30).toNanos());
        assertThat(seen).containsExactly(
                "PASS test_add",
                "FAIL test_neg: stack overflow (the graph or a subgraph is nested too deeply for the thread's stack)",
                "FAIL test_relu: out of memory (Java heap space); give the JVM more heap (-Xmx) or run this case alone",
                "FAIL test_sub: timed out after 2 s (raise the limit with --timeout)",
                "FAIL test_mul: IllegalStateException: device lost",
                "PASS test_neg_example");
        assertThat(s.line()).isEqualTo("2 passed, 4 failed, 0 skipped");
        assertThat(s.results().get(3).seconds()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void collectsCaseFoldersSortedAndFiltered() {
        Path node = SharedData.shared().resolve("onnx-tests/node");
        List<Path> found = ConformanceRunner.collect(List.of(node, SharedData.nodeCase("test_add")), Pattern.compile("^test_add"));
        assertThat(found).extracting(p -> p.getFileName().toString()).startsWith("test_add", "test_add_int16").doesNotHaveDuplicates()
                .allMatch(n -> n.startsWith("test_add"));
    }
}
