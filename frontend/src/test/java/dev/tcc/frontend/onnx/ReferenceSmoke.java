package dev.tcc.frontend.onnx;

import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper behind {@link NodeCases} (and a developer's main): imports each case under the given folders,
 * runs it on the reference interpreter and prints PASS/FAIL lines at ONNX's default tolerance. The
 * user-facing runner is {@code tcc conformance} (cli's CaseRunner); this one stays in test code so the
 * frontend's tests need not depend on the cli.
 */
public final class ReferenceSmoke {
    private ReferenceSmoke() {}

    public static void main(String[] args) throws Exception {
        int pass = 0, fail = 0;
        for (String a : args) {
            for (Path dir : TestCase.find(Path.of(a))) {
                String name = dir.getFileName().toString();
                String why = runOne(dir);
                if (why == null) { pass++; System.out.println("PASS " + name); }
                else { fail++; System.out.println("FAIL " + name + ": " + why.replace('\n', ' ')); }
            }
        }
        System.out.println(pass + " passed, " + fail + " failed, 0 skipped");
    }

    /** Null when the case passes, else why not. */
    public static String runOne(Path dir) {
        try {
            TestCase c = TestCase.load(dir);
            Graph g = OnnxImporter.importModel(c.model(), dir, dir.resolve("model.onnx").toString(), ImportOptions.forInputs(c.inputs()));
            Map<String, Tensor> feed = new HashMap<>();
            g.inputs().forEach(v -> feed.put(v.name(), c.inputs().get(v.name())));
            List<Tensor> out = Interpreter.run(g, feed);
            if (out.size() != c.expected().size()) return "got " + out.size() + " outputs, expected " + c.expected().size();
            for (int i = 0; i < out.size(); i++) {
                Compare.Result r = Compare.compare(out.get(i), c.expected().get(i), 1e-3, 1e-7);
                if (!r.ok()) return "output " + c.outputNames().get(i) + ": " + r.reason();
            }
            return null;
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
