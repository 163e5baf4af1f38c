package dev.tcc.cli;

import dev.tcc.cli.exec.Bench;
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
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tcc bench}: times a model on a device target as a user runs it, per run and per kernel. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Time a model on a device target: compile it (with the tuning database's records for the device), load it, run it "
                + "--warmup times untimed and --runs times timed on the wall clock (inputs up, every launch, outputs down), then time "
                + "every kernel on the device --runs times. Prints the wall times and the slowest kernels (median device time each).",
                "Inputs: the model folder's test_data_set_0 when there is one, else seeded random data of the declared types.",
                "Example: tcc bench model.onnx --target opencl --runs 20 --json bench.json"})
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The ONNX model file, or a folder written by 'tcc compile'.")
    Path model;

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
            program = Compiler.lower(s.optimised(), t.backend().codegen(), t.profile(), s.options()).rendered();
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
