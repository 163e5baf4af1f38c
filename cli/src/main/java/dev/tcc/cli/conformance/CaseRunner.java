package dev.tcc.cli.conformance;

import dev.tcc.cli.exec.ModelRunner;
import dev.tcc.cli.targets.Target;
import dev.tcc.frontend.onnx.Compare;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Tensor;
import dev.tcc.passes.PassRunner;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs one case in ONNX's backend-test layout on a target and judges it: the number of outputs, then
 * per output the shape and element type exactly and the values within the tolerance ({@link Compare}).
 * Never throws: every failure, including errors of the JVM such as a stack overflow, becomes a FAIL.
 */
public final class CaseRunner {
    private CaseRunner() {}

    public static CaseResult run(Path dir, Target target, Tolerance tol, PassRunner passes) { return run(dir, target, tol, passes, null); }

    /** Like {@link #run(Path, Target, Tolerance, PassRunner)}, expecting {@code expectFrom}'s outputs when it is not null. */
    public static CaseResult run(Path dir, Target target, Tolerance tol, PassRunner passes, Target expectFrom) {
        String name = dir.getFileName().toString();
        long t0 = System.nanoTime();
        try {
            Path modelFile = dir.resolve("model.onnx");
            ModelProto m = OnnxImporter.readModel(modelFile);
            String skip = SkipRules.fromModel(m);
            if (skip != null) return new CaseResult(name, dir, CaseResult.Status.SKIP, skip, Double.NaN, Double.NaN, System.nanoTime() - t0);
            TestCase c = TestCase.load(dir, m);
            skip = SkipRules.fromData(m, c.inputs());
            if (skip != null) return new CaseResult(name, dir, CaseResult.Status.SKIP, skip, Double.NaN, Double.NaN, System.nanoTime() - t0);
            ModelRunner.Result r = ModelRunner.run(m, modelFile, c.inputs(), target, passes);
            if (expectFrom != null) c = c.withExpected(ModelRunner.run(m, modelFile, c.inputs(), expectFrom, passes).outputs());
            return judge(name, dir, r.outputs(), c, tol, t0);
        } catch (OutOfMemoryError e) {
            return fail(name, dir, "out of memory (" + e.getMessage() + "); give the JVM more heap (-Xmx) or run this case alone", t0);
        } catch (StackOverflowError e) {
            return fail(name, dir, "stack overflow (the graph or a subgraph is nested too deeply for the thread's stack)", t0);
        } catch (RuntimeException | Error e) {
            // the line names the case already: drop the model file's path that import errors start with
            String why = describe(e);
            String prefix = dir.resolve("model.onnx") + ": ";
            return fail(name, dir, why.startsWith(prefix) ? why.substring(prefix.length()) : why, t0);
        }
    }

    private static CaseResult judge(String name, Path dir, List<Tensor> got, TestCase c, Tolerance tol, long t0) {
        if (got.size() != c.expected().size()) {
            return fail(name, dir, "got " + got.size() + " outputs, expected " + c.expected().size(), t0);
        }
        double maxAbs = 0, maxRel = 0;
        for (int i = 0; i < got.size(); i++) {
            Compare.Result r = Compare.compare(got.get(i), c.expected().get(i), tol.rtol(), tol.atol());
            if (!r.ok()) {
                return new CaseResult(name, dir, CaseResult.Status.FAIL, "output '" + c.outputNames().get(i) + "': " + r.reason(),
                        r.maxAbsError(), r.maxRelError(), System.nanoTime() - t0);
            }
            maxAbs = Math.max(maxAbs, r.maxAbsError());
            maxRel = Math.max(maxRel, r.maxRelError());
        }
        return new CaseResult(name, dir, CaseResult.Status.PASS, null, maxAbs, maxRel, System.nanoTime() - t0);
    }

    private static CaseResult fail(String name, Path dir, String why, long t0) {
        return new CaseResult(name, dir, CaseResult.Status.FAIL, why, Double.NaN, Double.NaN, System.nanoTime() - t0);
    }

    /** The message of an exception: tcc's own errors speak for themselves, others are named by class. */
    static String describe(Throwable e) {
        String msg = e.getMessage();
        boolean ours = e instanceof dev.tcc.frontend.onnx.OnnxException || e instanceof dev.tcc.ir.IrException
                || e instanceof dev.tcc.cli.exec.TccException;
        if (ours && msg != null) return msg;
        return e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}
