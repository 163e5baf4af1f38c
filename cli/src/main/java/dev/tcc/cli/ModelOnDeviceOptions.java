package dev.tcc.cli;

import dev.tcc.cli.exec.SampleInputs;
import dev.tcc.cli.targets.DeviceTarget;
import dev.tcc.compiler.Compiler;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Tensor;
import dev.tcc.passes.lower.KernelTunings;
import dev.tcc.runtime.Backends;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The options of commands that time a model on a device ({@code bench}, {@code tune}): the device, input shapes,
 * tuning database and pass pipeline, and the model with sample inputs they prepare.
 */
final class ModelOnDeviceOptions {
    @Option(names = "--target", paramLabel = "TARGET", defaultValue = "opencl",
            description = "Device target: opencl, vulkan or webgpu (a compiled folder must name its own). Default: ${DEFAULT-VALUE}.")
    String target;

    @Mixin DeviceOption device;
    @Mixin ShapeOption shape;
    @Mixin TuningDbOption db;
    @Mixin PipelineOptions pipeline;

    /** A model read, given sample inputs ({@link SampleInputs}) and optimised for their shapes. */
    record Sampled(ModelProto model, Map<String, Tensor> inputs, Compiler.Options options, Compiler.Optimised optimised) {}

    /** The chosen device target on the chosen device. */
    DeviceTarget deviceTarget() { return new DeviceTarget(Backends.byName(target), device.device); }

    /** Reads {@code file}, picks its sample inputs and runs the graph passes; lowering will use {@code tunings}. */
    Sampled sample(Path file, KernelTunings tunings, PrintWriter out, PrintWriter err) {
        ModelProto m = OnnxImporter.readModel(file);
        Map<String, Tensor> given = SampleInputs.forModel(file, m, shape.inputShapes(m, out));
        Compiler.Options o = pipeline.options(Map.of(), null, err).withImports(ImportOptions.forInputs(given)).withTuning(tunings);
        return new Sampled(m, given, o, Compiler.optimise(m, file, o));
    }
}
