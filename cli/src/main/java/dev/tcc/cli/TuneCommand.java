package dev.tcc.cli;

import dev.tcc.api.profile.ModelProfile;
import dev.tcc.cli.exec.TccException;
import dev.tcc.cli.targets.DeviceTarget;
import dev.tcc.cli.tune.Tuner;
import dev.tcc.cli.tune.TuningDb;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.passes.lower.KernelKey;
import dev.tcc.passes.lower.KernelTunings;
import dev.tcc.passes.lower.Tuning;
import dev.tcc.passes.lower.TuningSpace;
import dev.tcc.runtime.Device;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code tcc tune}: searches each kernel's template parameters on a device and records the best in the tuning database. */
@Command(name = "tune", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Autotune a model's kernels on a device: for each distinct kernel (template, anchor op, shapes), slowest first, try "
                + "the candidates of its template's parameter space within the device's limits, check the model's outputs against the "
                + "default parameters' outputs, time the kernel by device events (warm-up, median of --repeats) and keep the fastest.",
                "The best choices go to the tuning database (--db), keyed by device and kernel; 'tcc compile', 'tcc bench' and "
                        + "'tcc run' use them for that device.",
                "Example: tcc tune model.onnx --target opencl --budget 60s"})
final class TuneCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The ONNX model file (inputs: its folder's test_data_set_0, else seeded random data).")
    java.nio.file.Path model;

    @Option(names = "--budget", paramLabel = "TIME", defaultValue = "60s", description = "Time for the whole search, e.g. 60s or 500ms. Default: ${DEFAULT-VALUE}.")
    String budget;

    @Option(names = "--exhaustive", description = "Try every candidate of every kernel, ignoring --budget and early stopping.")
    boolean exhaustive;

    @Option(names = "--trace", paramLabel = "FILE", description = "Write one tab-separated line per candidate tried: seconds since the search began, "
            + "kernel key, candidate, outcome (timed, skipped, rejected; confirmed for the winner of close candidates timed again), its ms, the key's best ms so far "
            + "and, for a rejected one, why.")
    Path trace;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "5", description = "Timed repeats per candidate; the median counts. Default: ${DEFAULT-VALUE}.")
    int repeats;

    @Mixin ModelOnDeviceOptions setup;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (repeats < 1) throw new TccException("--repeats must be at least 1");
        Duration limit;
        try {
            limit = Duration.ofNanos((long) (ModelProfile.parseBudget(budget) * 1e9));
        } catch (IllegalArgumentException e) {
            throw new TccException("--budget: " + e.getMessage());
        }
        DeviceTarget t = setup.deviceTarget();
        TuningDb database = setup.db.open(err);
        ModelOnDeviceOptions.Sampled s = setup.sample(model, KernelTunings.DEFAULT, out, err);
        Graph g = s.optimised().optimised();
        Map<String, Tensor> feed = new HashMap<>();
        for (Value v : g.inputs()) feed.put(v.name(), s.inputs().get(v.name()));
        Tuner.Options options = new Tuner.Options(limit, exhaustive, repeats, Tuner.Options.DEFAULT.patience());
        Terminal.ProgressBar bar = new Terminal.ProgressBar(err, Terminal.stderrIsTerminal());
        long t0 = System.nanoTime();
        List<Tuner.KernelResult> results;
        try (Device d = t.openDevice(); PrintWriter traceOut = trace == null ? null : traceWriter(trace)) {
            if (traceOut != null) traceOut.println("seconds\tkey\tcandidate\toutcome\tms\tbest_ms\twhy");
            results = new Tuner(g, s.options().runner(), t.profile(), d, feed, options).tune(new Tuner.Progress() {
                @Override public void update(int done, int total, KernelKey key) {
                    bar.show(done, total, key.anchor() + " " + String.join(",", key.outputs()));
                }

                @Override public void candidate(KernelKey key, Tuning candidate, String outcome, double ms, double bestMs) {
                    candidate(key, candidate, outcome, ms, bestMs, "");
                }

                @Override public void candidate(KernelKey key, Tuning candidate, String outcome, double ms, double bestMs, String why) {
                    if (traceOut == null) return;
                    traceOut.printf(Locale.ROOT, "%.3f\t%s\t%s\t%s\t%.5f\t%.5f\t%s%n", (System.nanoTime() - t0) / 1e9, key.text(),
                            key.components().stream().map(n -> n + "=" + TuningSpace.get(candidate, n)).collect(Collectors.joining(" ")), outcome, ms, bestMs,
                            why.replace('\t', ' '));
                    traceOut.flush();
                }
            });
        } finally {
            bar.clear();
        }
        out.printf(Locale.ROOT, "%s on %s (%s): %d kernel keys, searched in %.1f s%n", model, setup.target, t.device().name(), results.size(), (System.nanoTime() - t0) / 1e9);
        out.printf(Locale.ROOT, "  %10s  %10s  %6s  %5s  %7s  %8s  %s%n", "default ms", "tuned ms", "gain", "timed", "skipped", "rejected", "kernel key (launches)");
        double before = 0, after = 0;
        for (Tuner.KernelResult r : results) {
            before += r.defaultMs();
            after += r.bestMs();
            out.printf(Locale.ROOT, "  %10.4f  %10.4f  %5.1f%%  %5d  %7d  %8d  %s (%d)%n", r.defaultMs(), r.bestMs(), 100 * r.gain(), r.tried(),
                    r.skipped(), r.rejected(), r.key().text(), r.launches());
            if (r.searched()) database.put(t.device(), r.key(), r.best(), r.defaultMs(), r.bestMs(), r.tried());
        }
        out.printf(Locale.ROOT, "  total device ms over the kernel keys: default %.4f, tuned %.4f (%.1f%% less)%n", before, after,
                before > 0 ? 100 * (1 - after / before) : 0);
        database.save();
        long searched = results.stream().filter(Tuner.KernelResult::searched).count();
        out.printf("recorded %d kernel keys in %s%s%n", searched, database.file(),
                searched < results.size() ? " (" + (results.size() - searched) + " left at their defaults: the budget ran out; give more --budget)" : "");
        return 0;
    }

    private static PrintWriter traceWriter(Path file) {
        try {
            return new PrintWriter(Files.newBufferedWriter(file), false);
        } catch (IOException e) {
            throw new TccException("--trace: cannot write " + file + ": " + e.getMessage());
        }
    }
}
