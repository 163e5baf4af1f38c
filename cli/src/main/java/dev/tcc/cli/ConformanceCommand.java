package dev.tcc.cli;

import dev.tcc.cli.conformance.CaseResult;
import dev.tcc.cli.conformance.ConformanceRunner;
import dev.tcc.cli.conformance.JsonReport;
import dev.tcc.cli.exec.TccException;
import dev.tcc.cli.targets.Target;
import dev.tcc.cli.targets.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code tcc conformance}: runs ONNX backend-test cases and compares with their expected outputs. */
@Command(name = "conformance", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Run ONNX backend-test cases (model.onnx + test_data_set_0/input_N.pb, output_N.pb) on a target and compare "
                + "with the expected outputs: shapes and element types exactly, values within |a - e| <= atol + rtol * |e|.",
                "Prints 'PASS name', 'FAIL name: why' or 'SKIP name: why' per case (SKIP only for sequence/optional data and "
                + "unreproducible random outputs), then 'N passed, N failed, N skipped'.",
                "Tolerances: rtol 1e-3, atol 1e-7 unless the nearest manifest.tsv (in PATH or a parent folder) gives the case "
                + "others (on a GPU target, cases no manifest lists, such as real models, get atol 1e-5: float32 sums in another "
                + "order than ONNX Runtime's); --rtol/--atol override both."})
final class ConformanceCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "A case folder, or a folder holding case folders.")
    List<Path> paths;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = "reference",
            description = "Where to run: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.", completionCandidates = RunCommand.TargetNames.class)
    String target;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write a JSON report: per case status, reason, max abs/rel error, time.")
    Path json;

    @Option(names = "--strict", description = "Exit with status 1 when any case fails.")
    boolean strict;

    @Option(names = "--filter", paramLabel = "REGEX", description = "Run only cases whose folder name contains a match of REGEX.")
    String filter;

    @Option(names = "--rtol", paramLabel = "R", description = "Relative tolerance for every case (overrides the manifest).")
    Double rtol;

    @Option(names = "--atol", paramLabel = "A", description = "Absolute tolerance for every case (overrides the manifest).")
    Double atol;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300", description = "Time limit per case. Default: ${DEFAULT-VALUE}.")
    long timeoutSeconds;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Cases run at the same time. Default: the number of CPUs, at most 8.")
    Integer jobs;

    @Mixin PipelineOptions pipeline;
    @Mixin DeviceOption device;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Target t = device.target(target);
        Pattern p = null;
        if (filter != null) {
            try {
                p = Pattern.compile(filter);
            } catch (PatternSyntaxException e) {
                throw new TccException("--filter: not a valid regular expression: " + e.getDescription() + " in '" + filter + "'");
            }
        }
        List<Path> cases = ConformanceRunner.collect(paths, p);
        if (cases.isEmpty()) throw new TccException("no conformance cases (folders with model.onnx) under " + paths + (filter == null ? "" : " matching --filter " + filter));
        int n = jobs != null ? jobs : Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        // quantised weights change what the model computes: the device is checked against the reference interpreter running the
        // same quantised graph (tcc compile reports the quantisation's own error against f32)
        Target expectFrom = pipeline.quantization() != null ? t.changedModelReference() : null;
        if (expectFrom != null) {
            err.println("--quantize: outputs are compared with the reference interpreter's on the quantised model, not with the cases' f32 outputs");
            err.flush();
        }
        var options = new ConformanceRunner.Options(t, pipeline.runner(null, err), rtol, atol, Duration.ofSeconds(timeoutSeconds), n, expectFrom);
        Terminal.ProgressBar progress = new Terminal.ProgressBar(err, Terminal.stderrIsTerminal());
        int[] done = {0, 0};
        ConformanceRunner.Summary s = ConformanceRunner.run(cases, options, r -> {
            progress.clear();
            out.println(r.line());
            out.flush();
            if (r.status() == CaseResult.Status.FAIL) done[1]++;
            progress.show(++done[0], cases.size(), done[1] + " failed  " + r.name());
        });
        progress.clear();
        out.println(s.line());
        out.flush();
        if (json != null) JsonReport.write(json, t.name(), s);
        return strict && s.count(CaseResult.Status.FAIL) > 0 ? Tcc.EXIT_ERROR : 0;
    }
}
