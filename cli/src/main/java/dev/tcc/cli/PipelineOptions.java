package dev.tcc.cli;

import dev.tcc.compiler.Compiler;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Shape;
import dev.tcc.passes.Pass;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.Passes;
import dev.tcc.passes.Pipeline;
import dev.tcc.passes.Precision;
import dev.tcc.passes.quant.QuantScheme;
import dev.tcc.passes.quant.QuantizeWeights;
import dev.tcc.cli.exec.TccException;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Options choosing the pass pipeline: {@code --passes}, {@code --verify}, {@code --dump-ir}, {@code --time-passes}. */
final class PipelineOptions {
    @Option(names = "--passes", paramLabel = "LIST", defaultValue = "default",
            description = "Comma-separated passes to run after import; 'default' is the default pipeline, 'none' runs none. "
                    + "Passes: infer-shapes, fold-constants, eliminate-dead-code, canonicalize, recognize-attention, quantize-weights (int8). Default: ${DEFAULT-VALUE}.")
    String passes;

    @Option(names = "--precision", paramLabel = "P", defaultValue = "f32",
            description = "f32 (default) or f16: f16 stores weights and intermediate tensors as half precision (half the bytes) while every "
                    + "kernel computes in f32, matmul, convolution and reduction accumulators included; graph inputs and outputs stay f32. "
                    + "Runs on every device (OpenCL vload_half/vstore_half, Vulkan 16-bit storage, WebGPU f16 or packed words).")
    String precision;

    @Option(names = "--quantize", paramLabel = "SCHEME",
            description = "Store the weights of matmuls, convolutions and gathers (constants of 1024+ elements) as int8 (symmetric, one scale per "
                    + "output channel) or int4 (packed two per byte, blocks of --group along the reduction axis with f16 scales and zero points); "
                    + "the kernels dequantise them as they read them. Runs the quantize-weights pass after the others. tcc compile prints "
                    + "the error against the f32 model and writes it into the manifest.")
    String quantize;

    @Option(names = "--group", paramLabel = "N", defaultValue = "32",
            description = "Block length of --quantize int4 along the reduction axis: 32, 64 or 128. Default: ${DEFAULT-VALUE}.")
    int group;

    @Option(names = "--verify", description = "Check the IR (values defined once before use, types as inferred, outputs defined) before the first pass and after each pass.")
    boolean verify;

    /** Options that print per pass; {@code tcc conformance} leaves them out. */
    static final class Observe {
        @Option(names = "--dump-ir", paramLabel = "WHEN:STAGE",
                description = "Print the IR to stderr before or after a stage, e.g. after:fold-constants or before:all. Stages, in order: "
                        + "infer-shapes, fold-constants, eliminate-dead-code, canonicalize, recognize-attention, merge-matmuls (graph IR), fuse (graph IR "
                        + "with the fusion plan), lower (kernel IR), then the kernel passes simplify-kernels, plan-memory (kernel IR). Repeatable.")
        List<String> dumps = new ArrayList<>();

        @Option(names = "--time-passes", description = "Print each stage's time and node (or kernel) counts to stderr.")
        boolean timePasses;

        /** With {@code --time-passes}, prints {@code passes}' table of times and node counts to {@code err}. */
        void report(PassRunner.Result passes, PrintWriter err) {
            if (!timePasses) return;
            err.print(passes.report());
            err.flush();
        }
    }

    /** The {@code --precision} chosen. */
    Precision precision() { return Precision.parse(precision); }

    /** Compiler options: {@code inputShapes} for the import, these passes, dumps to {@code err} as {@code observe} asks. */
    Compiler.Options options(Map<String, Shape> inputShapes, Observe observe, PrintWriter err) {
        return Compiler.Options.DEFAULT.withImports(new ImportOptions(Map.of(), inputShapes)).withRunner(runner(observe, err));
    }

    /** Imports {@code m} (read from {@code model}) with {@code inputShapes} and runs the graph passes on it. */
    Compiler.Optimised optimise(ModelProto m, Path model, Map<String, Shape> inputShapes, Observe observe, PrintWriter err) {
        return Compiler.optimise(m, model, options(inputShapes, observe, err));
    }

    /** The runner these options describe; dumps go to {@code err}. */
    PassRunner runner(Observe observe, PrintWriter err) { return runner(observe, err, true); }

    /** The quantize-weights pass {@code --quantize} asks for, or null without it. */
    Pass quantization() {
        try {
            return quantize == null ? null : new QuantizeWeights(QuantScheme.parse(quantize), group);
        } catch (IllegalArgumentException e) {
            throw new TccException("--quantize " + quantize + " --group " + group + ": " + e.getMessage());
        }
    }

    /** The runner, with the quantize-weights pass last only when {@code quantized} and {@code --quantize} asks for it. */
    PassRunner runner(Observe observe, PrintWriter err, boolean quantized) {
        List<Pass> pipeline = new ArrayList<>(Passes.parse(passes));
        if (quantized && quantization() != null) pipeline.add(quantization());
        List<PassRunner.DumpPoint> dumps = new ArrayList<>();
        if (observe != null) for (String d : observe.dumps) dumps.add(PassRunner.DumpPoint.parse(d));
        return new PassRunner(pipeline, Pipeline.kernelDefaults(precision()), new PassRunner.Options(verify, dumps, text -> {
            synchronized (err) {
                err.print(text);
                err.flush();
            }
        }));
    }
}
