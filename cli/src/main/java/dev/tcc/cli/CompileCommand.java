package dev.tcc.cli;

import dev.tcc.codegen.common.Codegen;
import dev.tcc.compiler.Compilation;
import dev.tcc.compiler.Compiler;
import dev.tcc.compiler.HalfVariant;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.compiler.accuracy.AccuracyReport;
import dev.tcc.cli.exec.SampleInputs;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.passes.Precision;
import dev.tcc.passes.kernel.HalfStorage;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.program.Profile;
import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Backends;
import dev.tcc.runtime.Devices;
import dev.tcc.cli.targets.DeviceTarget;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.cli.tune.TuningDb;
import dev.tcc.runtime.exec.Artefact;
import dev.tcc.web.WebBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.tcc.cli.exec.TccException;

import java.io.PrintWriter;
import java.util.List;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tcc compile}: a model to a self-contained artefact folder (manifest, kernels, weights) that
 * {@code tcc run DIR} and tcc's runtime load without the ONNX importer. Needs no device: kernels are lowered for
 * the target's portable profile unless {@code --device} names a device to specialise for.
 */
@Command(name = "compile", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Compile a model for a GPU target into a folder: manifest.json (inputs, outputs, buffers, the ordered kernel launches, "
                + "the device profile assumed, hashes), kernels/ (one file per kernel) and weights.bin.",
                "No device is needed: kernels assume only what the target's specification guarantees, unless --device names a device "
                        + "to specialise for (the artefact then needs a device at least as capable).",
                "For --target webgpu the folder is also a browser bundle: tcc.js (the JavaScript runtime), index.html (a demo page running "
                        + "sample inputs) and bundle.json (weight shards, samples); serve it over HTTP and open index.html. Weights over 128 MiB (WebGPU's binding limit) "
                        + "are stored as shards web/weights-N.bin instead of weights.bin, read by the browser and by tcc run alike.",
                "With --quantize, the error of the quantised model against the f32 one (max and mean abs, cosine, top-1 agreement per output, "
                        + "on test_data_set_0 beside the model and on 2 seeded random input sets) is printed and written into the manifest as \"accuracy\".",
                "Example: tcc compile model.onnx --target opencl -o out/model"})
final class CompileCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The ONNX model file.")
    Path model;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = "opencl", description = "Target to compile for. Default: ${DEFAULT-VALUE}.")
    String target;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR", required = true, description = "Folder to write the artefact to (created if needed). An earlier artefact there is replaced "
                    + "(stale kernel files removed); a folder holding other files is refused unless --force. Symbolic links are never followed.")
    Path outputDir;

    @Option(names = "--force", description = "Write into the output folder even when it holds files tcc did not write (they are left as they are).")
    boolean force;

    @Mixin ShapeOption shape;

    @Mixin DeviceOption device;
    @Mixin TuningDbOption db;
    @Mixin PipelineOptions pipeline;
    @Mixin PipelineOptions.Observe observe;
    @Mixin PruneOption prune;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (outputDir.toString().isEmpty()) throw new TccException("-o: the output folder name is empty; name a folder for the artefact");
        Backend backend = Backends.byName(target);
        Codegen codegen = backend.codegen();
        Profile profile = device.profile(backend);
        ModelProto m = OnnxImporter.readModel(model);
        TuningDb database = db.open(err);
        DeviceInfo chosen = device.device != null ? Devices.select(backend, device.device) : null;
        TuningDb.Lookup tunings = database.tunings(chosen != null ? TuningDb.fingerprint(chosen) : database.onlyDevice(backend.name()));
        // for a named device, its defaults (larger GEMM tiles on a GPU); else the target's portable ones
        Compiler.Options options = pipeline.options(shape.inputShapes(m, out), observe, err)
                .withTuning(chosen != null ? DeviceTarget.lowering(chosen, tunings) : tunings);
        Compiler.Optimised optimised = Compiler.optimise(m, model, options);
        AccuracyReport accuracy = pipeline.quantization() == null ? null
                : Accuracy.report(Compiler.optimise(m, model, options.withRunner(pipeline.runner(null, err, false))), optimised, model, m);
        PruneOption.Pruned pruned = prune.apply(optimised, accuracy != null, model, m, out);
        if (pruned != null) {
            optimised = pruned.optimised();
            accuracy = pruned.accuracy();
        }
        Compilation c = Compiler.lower(optimised, codegen, profile, options);
        observe.report(c.stats(), err);
        if (pipeline.precision() == Precision.F16 && accuracy == null) accuracy = halfStorageReport(c.graph(), Accuracy.samples(model, m));
        KernelProgram program = pipeline.precision() == Precision.F16 ? HalfVariant.add(c.program(), c.rendered(), codegen, profile) : c.rendered();
        List<String> removed = Artefact.write(program, codegen, outputDir, force,
                accuracy == null ? Map.of() : Map.of("accuracy", accuracy.toJson()));
        if (!removed.isEmpty()) out.printf("replaced the earlier artefact in %s (%d files removed)%n", outputDir, removed.size());
        WebBundle.Written bundle = BrowserBundle.wanted(codegen) ? BrowserBundle.write(model, outputDir) : null;
        long loweringNanos = c.stats().stats().stream().mapToLong(s -> s.nanos()).sum();
        out.printf(Locale.ROOT, "%s -> %s: %d kernels (from %d ONNX nodes) for %s, compiled in %.1f ms%n", model, outputDir,
                c.kernelCount(), m.getGraph().getNodeCount(), profile.name(), (c.importNanos() + loweringNanos) / 1e6);
        out.printf(Locale.ROOT, "  weights %s, activations %s planned (%s without buffer reuse)%n", Summaries.bytes(c.weightBytes()),
                Summaries.bytes(c.plannedTemporaryBytes()), Summaries.bytes(c.naiveTemporaryBytes()));
        for (KernelProgram.Variant v : program.variants()) out.printf("  kernel variant '%s' for devices with half precision (%s); others run the base kernels%n", v.name(), v.profile().name());
        if (pruned == null && accuracy != null) out.printf("  %s: error against the f32 model (reference interpreter)%n%s", pipeline.quantization() != null ? "--quantize " + pipeline.quantize
                : "--precision f16 (stored tensors rounded to f16)", accuracy.table().indent(4));
        if (tunings.found() > 0) out.printf("  %d kernel keys tuned from %s%n", tunings.found(), database.file());
        if (bundle != null) {
            out.printf(Locale.ROOT, "  browser bundle: tcc.js %s, index.html, %d weight shard(s); %s in all. Serve %s over HTTP and open index.html%n",
                    Summaries.bytes(bundle.runtimeBytes()), bundle.shards(), Summaries.bytes(bundle.bundleBytes()), outputDir);
        }
        return 0;
    }

    /** What f16 storage costs: the f32 graph {@code g} against its f16-storage counterpart ({@link HalfStorage#reference}) on the interpreter. */
    static AccuracyReport halfStorageReport(Graph g, Map<String, Tensor> samples) {
        Graph half = HalfStorage.reference(g);
        return AccuracyReport.compare(g, in -> Interpreter.run(half, in), halfStorageFootprint(g), samples, Accuracy.RANDOM_SETS, SampleInputs.SEED);
    }

    /** The footprint of {@code g} with f16 storage: its f32 weights at two bytes each, the same FLOPs (conversions happen in loads and stores). */
    static AccuracyReport.Footprint halfStorageFootprint(Graph g) {
        return new AccuracyReport.Footprint(AccuracyReport.Footprint.of(HalfStorage.reference(g)).weightBytes(), AccuracyReport.Footprint.of(g).flops());
    }
}
