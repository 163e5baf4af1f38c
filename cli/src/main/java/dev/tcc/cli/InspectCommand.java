package dev.tcc.cli;

import dev.tcc.compiler.Compilation;
import dev.tcc.compiler.Compiler;
import dev.tcc.ir.program.Profile;
import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Backends;
import dev.tcc.cli.targets.Target;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.cli.exec.ModelInputs;
import dev.tcc.cli.exec.OnnxStats;
import dev.tcc.cli.exec.TccException;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.OperatorSetIdProto;
import dev.tcc.ir.Shape;
import dev.tcc.passes.CostModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tcc inspect}: what a model is and what it costs. */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Show a model's inputs and outputs, ONNX operator histogram and parameter count, and, after import and the pass "
                + "pipeline, FLOPs and bytes moved per core op and in total (unfused; see the cost model in dev.tcc.passes.CostModel).",
                "Symbolic input dimensions are taken as 1 unless --shape gives them."})
final class InspectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The ONNX model file.")
    Path model;

    @Mixin ShapeOption shape;

    @Option(names = "--kernels", description = "Also list the kernels the model compiles to for --target (anchor op, fused ops, grid).")
    boolean kernels;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = "opencl",
            description = "Target whose kernels --kernels lists. Default: ${DEFAULT-VALUE}.")
    String target;

    @Mixin DeviceOption device;
    @Mixin PipelineOptions pipeline;
    @Mixin PipelineOptions.Observe observe;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        ModelProto m = OnnxImporter.readModel(model);
        printModel(m, out);
        Map<String, Shape> inputShapes = shape.inputShapes(m, out);
        out.flush();
        Compiler.Options options = pipeline.options(inputShapes, observe, err);
        Compiler.Optimised c = Compiler.optimise(m, model, options);
        printCosts(c, out);
        if (!kernels) {
            observe.report(c.passes(), err);
            return 0;
        }
        Backend backend = Backends.byName(target);
        Profile profile = device.profile(backend);
        Compilation k = Compiler.lower(c, backend.codegen(), profile, options);
        observe.report(k.stats(), err);
        out.println("kernels for " + backend.name() + " (" + profile.name() + "): " + k.kernelCount() + " launches (the model has "
                + m.getGraph().getNodeCount() + " ONNX nodes)");
        out.print(k.program().describeKernels());
        return 0;
    }

    private void printModel(ModelProto m, PrintWriter out) {
        List<String> opsets = new ArrayList<>();
        for (OperatorSetIdProto o : m.getOpsetImportList()) opsets.add((o.getDomain().isEmpty() ? "ai.onnx" : o.getDomain()) + " " + o.getVersion());
        out.println("model: " + model);
        out.println("  ir_version " + m.getIrVersion() + ", opsets " + String.join(", ", opsets)
                + (m.getProducerName().isEmpty() ? "" : ", producer " + m.getProducerName() + " " + m.getProducerVersion()));
        out.println("inputs:");
        for (ModelInputs.Declared d : ModelInputs.inputs(m)) out.printf("  %-24s %s%n", d.name(), d.typeText());
        out.println("outputs:");
        for (ModelInputs.Declared d : ModelInputs.outputs(m)) out.printf("  %-24s %s%n", d.name(), d.typeText());
        OnnxStats.Params p = OnnxStats.initializers(m);
        out.printf("parameters: %,d (%s in %d initializers)%n", p.elements(), Summaries.bytes(p.bytes()), p.tensors());
        Map<String, Integer> h = OnnxStats.opHistogram(m);
        out.println("ONNX operators (" + h.values().stream().mapToInt(Integer::intValue).sum() + " nodes):");
        h.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.printf("  %-24s %6d%n", e.getKey(), e.getValue()));
    }

    private static void printCosts(Compiler.Optimised c, PrintWriter out) {
        var g = c.passes().graph();
        out.println("graph IR after passes (" + g.nodes().size() + " nodes), unfused costs:");
        out.printf("  %-20s %6s %12s %12s%n", "core op", "nodes", "FLOPs", "bytes");
        for (CostModel.OpTotal t : CostModel.perOp(g).values()) {
            out.printf("  %-20s %6d %12s %12s%n", t.op(), t.count(), Summaries.si(t.cost().flops()), Summaries.bytes(t.cost().bytes()));
        }
        CostModel.Cost total = CostModel.total(g);
        out.printf("  %-20s %6d %12s %12s%n", "total", g.nodes().size(), Summaries.si(total.flops()), Summaries.bytes(total.bytes()));
        out.printf("total: %,d FLOPs, %,d bytes moved (unfused)%n", total.flops(), total.bytes());
    }
}
