package dev.tcc.cli;

import dev.tcc.cli.exec.ModelRunner;
import dev.tcc.cli.exec.TccException;
import dev.tcc.cli.targets.OpenClTarget;
import dev.tcc.cli.targets.Target;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.exec.Artefact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code tcc compile}: a model to a self-contained artefact folder (manifest, kernels, weights) that
 * {@code tcc run DIR} and tcc's runtime load without the ONNX importer.
 */
@Command(name = "compile", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Compile a model for a GPU target into a folder: manifest.json (inputs, outputs, buffers, the ordered kernel launches, "
                + "hashes), kernels/ (one source file per kernel) and weights.bin.",
                "Example: tcc compile model.onnx --target opencl -o out/model"})
final class CompileCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The ONNX model file.")
    Path model;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = "opencl", description = "Target to compile for. Default: ${DEFAULT-VALUE}.")
    String target;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR", required = true, description = "Folder to write the artefact to (created if needed).")
    Path outputDir;

    @Mixin ShapeOption shape;

    @Mixin DeviceOption device;
    @Mixin PipelineOptions pipeline;
    @Mixin PipelineOptions.Observe observe;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Target t = device.target(target);
        if (!(t instanceof OpenClTarget ocl)) throw new TccException("--target " + t.name() + " compiles nothing; artefacts are made for GPU targets (opencl)");
        ModelProto m = OnnxImporter.readModel(model);
        ModelRunner.Compiled c = pipeline.compile(m, model, shape.inputShapes(m, out), observe, err);
        DeviceInfo d = ocl.device(); // its capabilities are all lowering needs: no context is opened
        long t0 = System.nanoTime();
        KernelProgram p = OpenClTarget.lower(c.passes().graph(), d);
        long t1 = System.nanoTime();
        Artefact.write(p, outputDir);
        long weights = p.weights().length, scratch = p.buffers().stream().filter(b -> b.role() != KernelProgram.Role.WEIGHT)
                .mapToLong(KernelProgram.Buffer::bytes).sum();
        out.printf(Locale.ROOT, "%s -> %s: %d kernels (from %d ONNX nodes) for %s, lowered in %.1f ms%n", model, outputDir,
                p.kernelCount(), m.getGraph().getNodeCount(), d.name(), (t1 - t0) / 1e6);
        out.printf(Locale.ROOT, "  weights %s, activations and I/O %s (no buffer reuse yet)%n", Summaries.bytes(weights), Summaries.bytes(scratch));
        return 0;
    }
}
