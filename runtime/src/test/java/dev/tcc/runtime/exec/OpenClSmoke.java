package dev.tcc.runtime.exec;

import dev.tcc.frontend.onnx.Compare;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.ir.program.Profile;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.Devices;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A developer's runner for {@code --target opencl}: imports each ONNX case under the given folders, lowers
 * it, runs it on an OpenCL device (PoCL unless {@code -Dtcc.device=...}) and compares with the case's
 * expected outputs; prints {@code PASS name} / {@code FAIL name: why} lines and, with {@code -Dtcc.kernels=true},
 * the kernel count against the ONNX node count. The user-facing runner is {@code tcc conformance}.
 */
public final class OpenClSmoke {
    private OpenClSmoke() {}

    public static void main(String[] args) throws Exception {
        int pass = 0, fail = 0;
        boolean kernels = Boolean.getBoolean("tcc.kernels");
        try (Device device = Devices.open(System.getProperty("tcc.device", "Portable"))) {
            Profile target = device.profile();
            for (String a : args) {
                for (Path dir : TestCase.find(Path.of(a))) {
                    String name = dir.getFileName().toString();
                    long t0 = System.nanoTime();
                    String why;
                    int[] counts = new int[2];
                    try {
                        why = runOne(dir, device, target, counts);
                    } catch (RuntimeException | AssertionError e) {
                        why = e.getClass().getSimpleName() + ": " + e.getMessage();
                        if (Boolean.getBoolean("tcc.trace")) e.printStackTrace(System.out);
                    }
                    String info = kernels ? String.format("  [%d kernels, %d onnx nodes, %.1fs]", counts[0], counts[1], (System.nanoTime() - t0) / 1e9) : "";
                    if (why == null) {
                        pass++;
                        System.out.println("PASS " + name + info);
                    } else {
                        fail++;
                        String w = why.replace('\n', ' ');
                        System.out.println("FAIL " + name + ": " + (w.length() > 600 ? w.substring(0, 600) + "..." : w) + info);
                    }
                }
            }
        }
        System.out.println(pass + " passed, " + fail + " failed, 0 skipped");
    }

    /** Null when the case passes on {@code device}, else why not; {@code counts} gets kernels and ONNX nodes. */
    static String runOne(Path dir, Device device, Profile target, int[] counts) {
        TestCase c = TestCase.load(dir);
        Graph g = OnnxImporter.importModel(c.model(), dir, dir.resolve("model.onnx").toString(), ImportOptions.forInputs(c.inputs()));
        KernelProgram p = Lowering.lower(g, target);
        counts[0] = p.kernelCount();
        counts[1] = c.model().getGraph().getNodeCount();
        Map<String, Tensor> feed = new HashMap<>();
        g.inputs().forEach(v -> feed.put(v.name(), c.inputs().get(v.name())));
        List<Tensor> out = Executor.run(p, device, feed);
        if (out.size() != c.expected().size()) return "got " + out.size() + " outputs, expected " + c.expected().size();
        for (int i = 0; i < out.size(); i++) {
            Tensor e = c.expected().get(i);
            // developer runner, looser than tcc conformance: f16/bf16 kernels compute in f32 and round once, f32 sums in tile order
            double atol = e.dtype() == DType.F16 || e.dtype() == DType.BF16 ? 1e-3 : 1e-5;
            Compare.Result r = Compare.compare(out.get(i), e, 1e-3, atol);
            if (!r.ok()) return "output " + c.outputNames().get(i) + ": " + r.reason();
        }
        return null;
    }
}
