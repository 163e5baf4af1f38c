package dev.tcc.runtime.exec;

import dev.tcc.frontend.onnx.Compare;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.Devices;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A developer's bisection aid: makes every value of a case's graph an output (so nothing fuses, or with
 * {@code -Dtcc.fuse=true} only the first {@code N} values), runs it on the device and on the interpreter
 * and prints the first values that differ.
 */
public final class DebugValues {
    private DebugValues() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        TestCase c = TestCase.load(dir);
        Graph g = OnnxImporter.importModel(c.model(), dir, dir.resolve("model.onnx").toString(), ImportOptions.forInputs(c.inputs()));
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        List<Value> outs = new ArrayList<>();
        int k = 0;
        for (Node n : g.nodes()) {
            if (n.op() instanceof Op.Constant) continue;
            if (k++ >= limit) break;
            outs.addAll(n.outputs());
        }
        if (args.length > 2) { // only the last value: fusion stays as it is up to there
            outs = List.of(outs.getLast());
        }
        Graph all = Graph.of(g.name(), g.inputs(), g.nodes(), outs);
        Map<String, Tensor> feed = new HashMap<>();
        g.inputs().forEach(v -> feed.put(v.name(), c.inputs().get(v.name())));
        List<Tensor> want = Interpreter.run(all, feed);
        try (Device device = Devices.open("Portable")) {
            KernelProgram p = Lowering.lower(all, device.profile());
            if (Boolean.getBoolean("tcc.dump")) System.out.println(p.describeKernels());
            List<Tensor> got = Boolean.getBoolean("tcc.interp") ? dev.tcc.ir.program.ProgramInterpreter.run(p, feed) : Executor.run(p, device, feed);
            int bad = 0;
            for (int i = 0; i < outs.size() && bad < 5; i++) {
                // float32 on the device against the double-accumulating reference: atol 1e-5 for values of order one
                Compare.Result r = Compare.compare(got.get(i), want.get(i), 1e-3, 1e-5);
                if (!r.ok()) {
                    System.out.println("DIFF " + outs.get(i) + ": " + r.reason());
                    bad++;
                }
            }
            System.out.println(bad == 0 ? "all " + outs.size() + " values agree" : "");
        }
    }
}
