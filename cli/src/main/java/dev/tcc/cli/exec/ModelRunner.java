package dev.tcc.cli.exec;

import dev.tcc.cli.targets.Target;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.compiler.Compiler;
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
 * One model run on one target on given inputs: {@link Compiler#optimise} specialised to the inputs' shapes, then
 * the target (which lowers through the same runner). The flow shared by {@code tcc run}, {@code tcc conformance}
 * and {@code tcc demo}.
 */
public final class ModelRunner {
    private ModelRunner() {}

    /** What one run produced, with wall times of its stages. */
    public record Result(Compiler.Optimised compiled, List<String> outputNames, List<Tensor> outputs, long prepareNanos, long runNanos) {}

    /**
     * Runs the model on {@code inputs} (by ONNX input name): checks them against the model's declared
     * inputs, imports the model specialised to their shapes (binding inputs the importer needs as
     * constants), runs the pass pipeline and then the target.
     */
    public static Result run(ModelProto m, Path file, Map<String, Tensor> inputs, Target target, PassRunner passes) {
        ModelInputs.check(file.toString(), m, inputs);
        Compiler.Optimised c = Compiler.optimise(m, file, Compiler.Options.DEFAULT.withImports(ImportOptions.forInputs(inputs)).withRunner(passes));
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
        try (Target.Prepared p = target.prepare(g, passes)) {
            long t1 = System.nanoTime();
            List<Tensor> outs = p.run(feed);
            long t2 = System.nanoTime();
            return new Result(c, g.outputNames(), outs, t1 - t0, t2 - t1);
        }
    }
}
