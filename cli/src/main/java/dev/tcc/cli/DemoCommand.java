package dev.tcc.cli;

import dev.tcc.cli.exec.ModelRunner;
import dev.tcc.cli.exec.TccException;
import dev.tcc.cli.targets.Target;
import dev.tcc.cli.targets.Targets;
import dev.tcc.frontend.onnx.Compare;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.ir.Tensor;
import dev.tcc.passes.PassRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code tcc demo}: tcc's main job on the bundled example model (a 3-layer perceptron with GELU, from
 * {@code examples/mlp}), start to finish: import, optimise, compile for the best target found (a GPU, else
 * the CPU drivers, else the reference interpreter), run, and check the result against the outputs ONNX
 * Runtime produced for the same input.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compiles the bundled example model for the best target found, runs it and checks the result.",
                "Without --target the first available of the targets in order of preference is used (see 'tcc --help')."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--target", paramLabel = "T", description = "Target to use instead of the best one found: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Targets.Names.class)
    String target;

    @Mixin DeviceOption device;
    @Spec CommandSpec spec;

    /** The example's files, packaged in tcc's jar from the repository's {@code examples/mlp}. */
    private static final List<String> FILES = List.of("model.onnx", "test_data_set_0/input_0.pb", "test_data_set_0/output_0.pb");

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = extractExample();
        try {
            Target t = target != null ? device.target(target) : device.best();
            out.println("example : mlp (3-layer perceptron with GELU; bundled from examples/mlp)");
            out.println("target  : " + t.name() + " — " + t.description());
            out.println("device  : " + t.where());
            TestCase c = TestCase.load(dir);
            Path model = dir.resolve("model.onnx");
            ModelRunner.Result r = ModelRunner.run(c.model(), model, c.inputs(), t, PassRunner.defaults());
            out.printf(Locale.ROOT, "compile : import %.1f ms, passes %d, %d graph nodes, prepare %.1f ms%n",
                    r.compiled().importNanos() / 1e6, r.compiled().passes().stats().size(), r.compiled().passes().graph().nodes().size(),
                    r.prepareNanos() / 1e6);
            out.printf(Locale.ROOT, "run     : %.2f ms%n", r.runNanos() / 1e6);
            boolean ok = true;
            for (int i = 0; i < r.outputs().size(); i++) {
                Tensor got = r.outputs().get(i);
                // the tolerance tcc conformance uses for real models on a device (see Tolerance.UNLISTED_ON_DEVICE)
                Compare.Result cmp = Compare.compare(got, c.expected().get(i), 1e-3, 1e-5);
                out.printf(Locale.ROOT, "output  : %s %s, first values %s%n", r.outputNames().get(i), got.type(), preview(got));
                out.printf(Locale.ROOT, "check   : %s against ONNX Runtime's output (max abs error %.2e)%n",
                        cmp.ok() ? "OK" : "MISMATCH: " + cmp.reason(), cmp.maxAbsError());
                ok &= cmp.ok();
            }
            return ok ? 0 : Tcc.EXIT_ERROR;
        } finally {
            deleteTree(dir);
        }
    }

    private static String preview(Tensor t) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < Math.min(4, t.size()); i++) b.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.4f", t.getDouble(i)));
        return b.append(t.size() > 4 ? ", ...]" : "]").toString();
    }

    private static Path extractExample() throws IOException {
        Path dir = Files.createTempDirectory("tcc-demo");
        for (String f : FILES) {
            try (InputStream in = DemoCommand.class.getResourceAsStream("examples/mlp/" + f)) {
                if (in == null) throw new TccException("the bundled example is missing from tcc's jar (" + f + "); rebuild tcc");
                Path p = dir.resolve(f);
                Files.createDirectories(p.getParent());
                Files.copy(in, p);
            }
        }
        return dir;
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
