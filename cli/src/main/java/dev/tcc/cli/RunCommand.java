package dev.tcc.cli;

import dev.tcc.cli.targets.DeviceTarget;
import dev.tcc.ir.program.HostTensor;
import dev.tcc.runtime.Backends;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.exec.Executor;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.runtime.exec.Artefact;
import dev.tcc.cli.exec.Deadline;
import dev.tcc.cli.exec.ModelInputs;
import dev.tcc.cli.exec.ModelRunner;
import dev.tcc.cli.exec.TccException;
import dev.tcc.cli.exec.TensorFiles;
import dev.tcc.cli.targets.Target;
import dev.tcc.cli.targets.Targets;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Tensor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tcc run}: runs a model once on given inputs and writes its outputs. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Run a model on a target with the given inputs, print a summary of the outputs and write them as .pb files.",
                "Example: tcc run model.onnx --target reference --input x=x.npy --output-dir out/"})
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The ONNX model file, or a folder written by 'tcc compile'.")
    Path model;

    @Option(names = "--target", paramLabel = "TARGET",
            description = "Where to run: ${COMPLETION-CANDIDATES}. Default: reference for a model, the artefact's own target for a compiled artefact.",
            completionCandidates = TargetNames.class)
    String target;

    @Option(names = {"-i", "--input"}, paramLabel = "NAME=FILE",
            description = "An input tensor: ONNX TensorProto (.pb) or numpy (.npy) file. Repeat for each input; NAME= may be left out when the model has one input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR",
            description = "Folder to write the outputs to, as <output name>.pb (names made file-safe). Without it outputs are only summarised.")
    Path outputDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Give up with an error when reading, compiling and running take longer than this. Default: no limit.")
    double timeout;

    @Mixin PipelineOptions pipeline;
    @Mixin DeviceOption device;
    @Mixin TuningDbOption db;
    @Mixin PipelineOptions.Observe observe;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        if (outputDir != null && outputDir.toString().isEmpty()) throw new TccException("--output-dir: the folder name is empty; name a folder or leave the option out");
        return Deadline.call(timeout, "tcc run " + model, this::runOnce);
    }

    private int runOnce() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (java.nio.file.Files.isDirectory(model)) return runArtefact(out);
        Target t = device.target(target != null ? target : "reference").withTuning(db.open(err));
        var passes = pipeline.runner(observe, err);
        ModelProto m = OnnxImporter.readModel(model);
        Map<String, Tensor> given = readInputs(m);
        ModelRunner.Result r = ModelRunner.run(m, model, given, t, passes);
        observe.report(r.compiled().passes(), err);
        out.printf("%s on %s: import %.1f ms, passes %.1f ms, prepare %.1f ms, run %.1f ms%n", model, t.name(),
                r.compiled().importNanos() / 1e6, r.compiled().passes().stats().stream().mapToLong(s -> s.nanos()).sum() / 1e6,
                r.prepareNanos() / 1e6, r.runNanos() / 1e6);
        if (t.tunedKernels() > 0) out.printf("  %d kernel keys tuned from the tuning database%n", t.tunedKernels());
        List<TensorFiles.Written> written = outputDir == null ? null : TensorFiles.writeOutputs(outputDir, r.outputNames(), r.outputs());
        for (int i = 0; i < r.outputs().size(); i++) {
            out.println("  " + r.outputNames().get(i) + ": " + Summaries.describe(r.outputs().get(i))
                    + (written == null ? "" : " -> " + written.get(i).file()));
        }
        return 0;
    }

    /**
     * Runs a folder written by {@code tcc compile}: no ONNX import, only the artefact and a device of its target.
     * Inputs and outputs move between files and the device as bytes of their storage type, with no conversion.
     */
    private int runArtefact(PrintWriter out) {
        String artefactTarget = Artefact.target(model);
        if (target != null && !target.equals(artefactTarget)) {
            throw new TccException(model + " was compiled for " + artefactTarget + "; run it with --target " + artefactTarget + " (or leave --target out)");
        }
        DeviceTarget t = new DeviceTarget(Backends.byName(artefactTarget), device.device);
        long t0 = System.nanoTime();
        KernelProgram p = Artefact.read(model);
        Map<String, HostTensor> given = new LinkedHashMap<>();
        for (String spec : inputs) {
            int eq = spec.indexOf('=');
            String name = eq < 0 && p.inputs().size() == 1 ? p.inputs().get(0).name() : eq < 0 ? null : spec.substring(0, eq);
            if (name == null) throw new TccException("--input " + spec + ": say which input it is (NAME=FILE)");
            given.put(name, TensorFiles.readHost(Path.of(eq < 0 ? spec : spec.substring(eq + 1))));
        }
        for (KernelProgram.Binding b : p.inputs()) {
            HostTensor v = given.get(b.name());
            if (v == null) throw new TccException(model + ": input '" + b.name() + "' (" + b.type() + ") is not given; add --input " + b.name() + "=FILE");
            if (!v.type().equals(b.type())) throw new TccException(model + ": input '" + b.name() + "' must be " + b.type() + ", got " + v.type());
        }
        List<String> names = p.outputs().stream().map(KernelProgram.Binding::name).toList();
        long t1 = System.nanoTime();
        try (Device d = t.openDevice(); Executor e = Executor.load(p, d)) {
            long t2 = System.nanoTime();
            List<HostTensor> outs = e.runHost(given);
            long t3 = System.nanoTime();
            out.printf("%s on %s (%s): read %.1f ms, load %.1f ms, run %.1f ms (%d kernels, inputs up and outputs down included)%n",
                    model, t.name(), d.info().name(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, p.kernelCount());
            if (!p.variants().isEmpty()) out.printf("  kernel variant: %s (of %s)%n", e.variant(), variantNames(p));
            List<TensorFiles.Written> written = outputDir == null ? null : TensorFiles.writeHostOutputs(outputDir, names, outs);
            for (int i = 0; i < outs.size(); i++) {
                out.println("  " + names.get(i) + ": " + Summaries.describe(outs.get(i).toTensor())
                        + (written == null ? "" : " -> " + written.get(i).file()));
            }
        }
        return 0;
    }

    /** {@code base} and the names of {@code p}'s kernel variants. */
    private static String variantNames(KernelProgram p) {
        List<String> names = new java.util.ArrayList<>(List.of("base"));
        p.variants().forEach(v -> names.add(v.name()));
        return String.join(", ", names);
    }

    private Map<String, Tensor> readInputs(ModelProto m) {
        List<ModelInputs.Declared> declared = ModelInputs.inputs(m);
        Map<String, Tensor> given = new LinkedHashMap<>();
        for (String spec : inputs) {
            int eq = spec.indexOf('=');
            String name;
            if (eq < 0) {
                if (declared.size() != 1) {
                    throw new TccException("--input " + spec + ": say which input it is (NAME=FILE); the model's inputs are "
                            + String.join(", ", declared.stream().map(ModelInputs.Declared::name).toList()));
                }
                name = declared.get(0).name();
            } else {
                name = spec.substring(0, eq);
            }
            if (given.containsKey(name)) throw new TccException("--input: input '" + name + "' is given twice");
            given.put(name, TensorFiles.read(Path.of(eq < 0 ? spec : spec.substring(eq + 1))));
        }
        return given;
    }

    /** Completion candidates and help text for {@code --target}. */
    static final class TargetNames implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return Targets.all().stream().map(Target::name).iterator(); }
    }
}
