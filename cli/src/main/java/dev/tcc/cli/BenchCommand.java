package dev.tcc.cli;

import dev.tcc.api.profile.DeviceClass;
import dev.tcc.cli.exec.Bench;
import dev.tcc.cli.exec.Calibration;
import dev.tcc.cli.exec.SampleInputs;
import dev.tcc.cli.exec.TccException;
import dev.tcc.cli.exec.TensorFiles;
import dev.tcc.cli.targets.DeviceTarget;
import dev.tcc.cli.tune.TuningDb;
import dev.tcc.compiler.Compiler;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.program.HostTensor;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.exec.Artefact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tcc bench}: times a model on a device target as a user runs it, per run and per kernel. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Time a model on a device target: compile it (with the tuning database's records for the device), load it, run it "
                + "--warmup times untimed and --runs times timed on the wall clock (inputs up, every launch, outputs down), then time "
                + "every kernel on the device --runs times. Prints the wall times and the slowest kernels (median device time each).",
                "Inputs: the model folder's test_data_set_0 when there is one, else seeded random data of the declared types.",
                "With --calibrate and no MODEL: measures the device's figures for 'tcc profile' (an SGEMM's arithmetic rate, a large "
                        + "add's bandwidth, the wall-clock cost of one more launch) and records them in the tuning database; 'tcc profile' "
                        + "then predicts for this device too (row measured-TARGET).",
                "Example: tcc bench model.onnx --target opencl --runs 20 --json bench.json"})
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL", description = "The ONNX model file, or a folder written by 'tcc compile'.")
    Path model;

    @Option(names = "--calibrate", description = "Measure the device's figures for 'tcc profile' instead of timing a model (see above).")
    boolean calibrate;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Timed runs (and kernel timing passes). Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "Untimed runs first. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    Path json;

    @Option(names = "--top", paramLabel = "N", defaultValue = "15", description = "Kernels listed in the table, slowest first. Default: ${DEFAULT-VALUE}.")
    int top;

    @Mixin ModelOnDeviceOptions setup;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (runs < 1 || warmup < 0) throw new TccException("--runs must be at least 1 and --warmup at least 0");
        if (calibrate) return calibrate(out, err);
        if (model == null) throw new TccException("give a MODEL to time, or --calibrate to measure the device");
        boolean artefact = Files.isDirectory(model);
        if (artefact && !Artefact.target(model).equals(setup.target)) {
            throw new TccException(model + " was compiled for " + Artefact.target(model) + "; bench it with --target " + Artefact.target(model));
        }
        DeviceTarget t = setup.deviceTarget();
        DeviceInfo info = t.device();
        KernelProgram program;
        Map<String, HostTensor> inputs;
        if (artefact) {
            program = Artefact.read(model);
            inputs = artefactInputs(program);
        } else {
            TuningDb.Lookup tunings = setup.db.open(err).tunings(TuningDb.fingerprint(info));
            ModelOnDeviceOptions.Sampled s = setup.sample(model, tunings, out, err);
            program = Compiler.lower(s.optimised(), t.backend().codegen(), t.profile(), s.options().withTuning(t.lowering(s.options().tuning()))).rendered();
            inputs = new LinkedHashMap<>();
            for (KernelProgram.Binding b : program.inputs()) inputs.put(b.name(), HostTensor.of(s.inputs().get(b.name())));
            out.printf("%s: %d kernels, %d kernel keys tuned from the database%n", model, program.kernelCount(), tunings.found());
        }
        Bench.Result r;
        try (Device d = t.openDevice()) {
            r = Bench.run(program, d, inputs, warmup, runs);
        }
        out.printf("%s on %s (%s)%n", model, setup.target, info.name());
        out.print(r.table(top));
        out.flush();
        if (json != null) write(json, r.json(model.toString(), setup.target, info.name()));
        return 0;
    }

    private int calibrate(PrintWriter out, PrintWriter err) {
        if (model != null) throw new TccException("--calibrate measures the device, not a model: leave MODEL out");
        DeviceTarget t = setup.deviceTarget();
        TuningDb db = setup.db.open(err);
        Calibration.Figures f;
        try (Device d = t.openDevice()) {
            f = Calibration.measure(t.backend(), t.profile(), d, db.tunings(TuningDb.fingerprint(t.device())), warmup, runs);
        }
        DeviceClass row = f.device();
        db.putFigures(t.device(), row);
        db.save();
        out.printf(Locale.ROOT, "%s (%s): %.1f GFLOP/s (SGEMM %d^3, %.3f ms), %.1f GB/s (add of %d f32, %.3f ms), %.1f us per launch%n",
                t.device().name(), setup.target, row.flopsPerSecond() / 1e9, Calibration.GEMM_N, f.gemmMs(), row.bytesPerSecond() / 1e9,
                Calibration.ADD_ELEMENTS, f.addMs(), row.launchSeconds() * 1e6);
        out.printf("recorded in %s; 'tcc profile MODEL --db %s' now predicts for %s too%n", db.file(), db.file(), row.name());
        return 0;
    }

    /** The artefact's inputs: its folder's test_data_set_0/input_I.pb where present, else seeded random data. */
    private Map<String, HostTensor> artefactInputs(KernelProgram p) {
        Map<String, Tensor> random = SampleInputs.random(p.inputs().stream()
                .map(b -> Map.entry(b.name(), b.type())).toList());
        Map<String, HostTensor> out = new LinkedHashMap<>();
        List<KernelProgram.Binding> ins = p.inputs();
        for (int i = 0; i < ins.size(); i++) {
            Path f = model.resolve("test_data_set_0").resolve("input_" + i + ".pb");
            out.put(ins.get(i).name(), Files.isRegularFile(f) ? TensorFiles.readHost(f) : HostTensor.of(random.get(ins.get(i).name())));
        }
        return out;
    }

    static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
