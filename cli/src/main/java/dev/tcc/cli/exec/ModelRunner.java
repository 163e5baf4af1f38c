package dev.tcc.cli.exec;

import dev.tcc.cli.targets.Target;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.passes.PassRunner;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Import, pass pipeline and execution of one model on one target: the flow shared by {@code tcc run},
 * {@code tcc conformance}, their tests and any other front end.
 */
public final class ModelRunner {
    private ModelRunner() {}

    /** A model lowered to graph IR and through the pass pipeline. */
    public record Compiled(Graph graph, PassRunner.Result passes, long importNanos) {}

    /** What one run produced, with wall times of its stages. */
    public record Result(Compiled compiled, List<String> outputNames, List<Tensor> outputs, long prepareNanos, long runNanos) {}

    /**
     * Imports {@code m} (read from {@code file}) and runs {@code passes} on it. {@code options} may bind
     * inputs whose values the importer needs at compile time.
     */
    public static Compiled compile(ModelProto m, Path file, ImportOptions options, PassRunner passes) {
        long t0 = System.nanoTime();
        Graph g = OnnxImporter.importModel(m, file.toAbsolutePath().getParent(), file.toString(), options);
        long t1 = System.nanoTime();
        return new Compiled(g, passes.run(g), t1 - t0);
    }

    /**
     * Runs the model on {@code inputs} (by ONNX input name): checks them against the model's declared
     * inputs, imports the model specialised to their shapes (binding inputs the importer needs as
     * constants), runs the pass pipeline and then the target.
     */
    public static Result run(ModelProto m, Path file, Map<String, Tensor> inputs, Target target, PassRunner passes) {
        ModelInputs.check(file.toString(), m, inputs);
        Compiled c = compile(m, file, ImportOptions.forInputs(inputs), passes);
        Graph g = c.passes().graph();
        Map<String, Tensor> feed = new HashMap<>();
        for (Value v : g.inputs()) {
            Tensor t = inputs.get(v.name());
            if (t == null) {
                throw ModelInputs.inputs(m).stream().filter(d -> d.name().equals(v.name())).findFirst()
                        .map(d -> ModelInputs.missing(file.toString(), d))
                        .orElseGet(() -> new TccException(file + ": graph input '" + v.name() + "' has no value"));
            }
            feed.put(v.name(), t);
        }
        long t0 = System.nanoTime();
        try (Target.Prepared p = target.prepare(g)) {
            long t1 = System.nanoTime();
            List<Tensor> outs = p.run(feed);
            long t2 = System.nanoTime();
            return new Result(c, g.outputNames(), outs, t1 - t0, t2 - t1);
        }
    }
}
