package dev.tcc.cli;

import dev.tcc.api.profile.DeviceClass;
import dev.tcc.api.profile.ModelProfile;
import dev.tcc.cli.exec.TccException;
import dev.tcc.compiler.Compilation;
import dev.tcc.compiler.Compiler;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Shape;
import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Backends;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tcc profile}: what a model costs and whether it fits a latency budget on each class of client device. */
@Command(name = "profile", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Show a model's parameters, weight bytes, FLOPs (a multiply-add counts 2) and bytes moved per kernel and in total, "
                + "the device memory it allocates, and a roofline latency bound per device class from the table that ships with tcc "
                + "(phone, laptop-igpu, apple-m, discrete-gpu; each row names its source), plus a measured-TARGET row for each device "
                + "whose figures 'tcc bench --calibrate' recorded in the tuning database (tcc's own kernels' rates there, which replace "
                + "the table's guesses for that device).",
                "Exit status 2 when --budget is given and a selected device class is predicted over it."})
final class ProfileCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The ONNX model file.")
    Path model;

    @Option(names = "--device", paramLabel = "CLASS", description = "Only this device class (phone, laptop-igpu, apple-m, discrete-gpu, or a "
            + "measured-TARGET row of a device 'tcc bench --calibrate' measured). Default: all.")
    String deviceClass;

    @Option(names = "--budget", paramLabel = "TIME", description = "Latency budget, e.g. 150ms or 0.2s; exit 2 when a selected class is predicted over it.")
    String budget;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the profile as JSON to FILE.")
    Path json;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = "opencl",
            description = "Target whose fusion and kernels are profiled (its portable profile; no device needed). Default: ${DEFAULT-VALUE}.")
    String target;

    @Mixin TuningDbOption db;
    @Mixin ShapeOption shape;
    @Mixin PipelineOptions pipeline;
    @Mixin PipelineOptions.Observe observe;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        double budgetSeconds;
        List<DeviceClass> devices;
        try {
            budgetSeconds = budget == null ? 0 : ModelProfile.parseBudget(budget);
            List<DeviceClass> rows = new ArrayList<>(DeviceClass.table());
            rows.addAll(db.open(err).figures());
            devices = deviceClass == null ? rows : List.of(DeviceClass.named(deviceClass, rows));
        } catch (IllegalArgumentException e) {
            throw new TccException((budget != null && e.getMessage().startsWith("budget") ? "--budget: " : "--device: ") + e.getMessage());
        }
        ModelProto m = OnnxImporter.readModel(model);
        Map<String, Shape> inputShapes = shape.inputShapes(m, out);
        Compiler.Options options = pipeline.options(inputShapes, observe, err);
        Backend backend = Backends.byName(target);
        Compilation c = Compiler.lower(Compiler.optimise(m, model, options), backend.codegen(), backend.codegen().portable(), options);
        observe.report(c.stats(), err);
        ModelProfile p = ModelProfile.of(c);
        List<ModelProfile.Prediction> predictions = p.predict(devices, budgetSeconds);
        out.print(p.table(predictions, budgetSeconds));
        out.flush();
        if (json != null) {
            try {
                Path parent = json.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                Files.writeString(json, p.json(predictions, budgetSeconds), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + json + ": " + e.getMessage(), e);
            }
        }
        return predictions.stream().allMatch(ModelProfile.Prediction::withinBudget) ? 0 : 2;
    }
}
