package dev.tcc.cli;

import dev.tcc.cli.exec.ModelRunner;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Shape;
import dev.tcc.passes.Pass;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.Passes;
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
                    + "Passes: infer-shapes, fold-constants, eliminate-dead-code. Default: ${DEFAULT-VALUE}.")
    String passes;

    @Option(names = "--verify", description = "Check the IR (values defined once before use, types as inferred, outputs defined) before the first pass and after each pass.")
    boolean verify;

    /** Options that print per pass; {@code tcc conformance} leaves them out. */
    static final class Observe {
        @Option(names = "--dump-ir", paramLabel = "WHEN:PASS",
                description = "Print the textual IR to stderr before or after a pass, e.g. after:fold-constants or before:all. Repeatable.")
        List<String> dumps = new ArrayList<>();

        @Option(names = "--time-passes", description = "Print each pass's time and node counts to stderr.")
        boolean timePasses;

        /** With {@code --time-passes}, prints {@code passes}' table of times and node counts to {@code err}. */
        void report(PassRunner.Result passes, PrintWriter err) {
            if (!timePasses) return;
            err.print(passes.report());
            err.flush();
        }
    }

    /** Imports {@code m} (read from {@code model}) with {@code inputShapes} and runs these passes on it, reporting as {@code observe} asks. */
    ModelRunner.Compiled compile(ModelProto m, Path model, Map<String, Shape> inputShapes, Observe observe, PrintWriter err) {
        ModelRunner.Compiled c = ModelRunner.compile(m, model, new ImportOptions(Map.of(), inputShapes), runner(observe, err));
        observe.report(c.passes(), err);
        return c;
    }

    /** The runner these options describe; dumps go to {@code err}. */
    PassRunner runner(Observe observe, PrintWriter err) {
        List<Pass> pipeline = Passes.parse(passes);
        List<PassRunner.DumpPoint> dumps = new ArrayList<>();
        if (observe != null) for (String d : observe.dumps) dumps.add(PassRunner.DumpPoint.parse(d));
        return new PassRunner(pipeline, new PassRunner.Options(verify, dumps, text -> {
            synchronized (err) {
                err.print(text);
                err.flush();
            }
        }));
    }
}
