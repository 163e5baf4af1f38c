package dev.tcc.cli;

import dev.tcc.cli.fuzz.Fuzzer;
import dev.tcc.cli.fuzz.Surface;
import dev.tcc.ir.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tcc fuzz}: seeded mutants of the corpus's models through one input surface, each with a time and
 * memory cap; exit status 1 when any input crashed (an error tcc does not explain), hung or ran out of memory.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Feed mutated inputs to one of tcc's input surfaces and count what happens: clear errors are expected; "
                + "crashes (internal errors), hangs and out-of-memory are findings (exit status 1).",
                "Example: tcc fuzz --surface importer --count 100000 --seed 1 --corpus ../shared/onnx-tests/node"})
final class FuzzCommand implements Callable<Integer> {
    @Option(names = "--surface", required = true, paramLabel = "SURFACE",
            description = "importer (ONNX protobuf and import), ir-parser (textual graph IR) or artefact (the artefact reader).")
    String surface;

    @Option(names = "--count", defaultValue = "1000", description = "Inputs to try. Default: ${DEFAULT-VALUE}.")
    long count;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the mutator; the same seed gives the same inputs. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--seconds", defaultValue = "0", description = "Stop after this many seconds even if --count is not reached. Default: no limit.")
    double seconds;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folders searched for .onnx seed models (under 1 MiB). Default: examples.")
    List<Path> corpus = List.of(Path.of("examples"));

    @Option(names = "--input-timeout", paramLabel = "MS", defaultValue = "5000", description = "Time limit per input in milliseconds. Default: ${DEFAULT-VALUE}.")
    long timeoutMillis;

    @Option(names = "--input-memory", paramLabel = "MB", defaultValue = "256", description = "Memory limit per input (tcc's --max-memory) in MiB. Default: ${DEFAULT-VALUE}.")
    long memoryMb;

    @Option(names = "--save", paramLabel = "DIR", description = "Write every crashing, hanging or out-of-memory input to DIR as input-<index>.bin.")
    Path save;

    @Spec CommandSpec spec;

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("tcc-fuzz");
        long before = Limits.maxBytes();
        try {
            Surface s = Surface.of(surface, corpus, work);
            Limits.setMaxBytes(memoryMb << 20);
            Fuzzer.Report r = new Fuzzer(s, seed, timeoutMillis, Tcc::explained).run(count, seconds, save, out);
            out.println(r.summary("tcc fuzz --surface " + surface + " --seed " + seed + " (" + s.seeds().size() + " seeds)"));
            for (Map.Entry<String, Long> e : r.crashes().entrySet()) out.println("  finding x" + e.getValue() + ": " + e.getKey());
            return r.clean() ? 0 : Tcc.EXIT_ERROR;
        } finally {
            Limits.setMaxBytes(before);
            deleteTree(work);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
