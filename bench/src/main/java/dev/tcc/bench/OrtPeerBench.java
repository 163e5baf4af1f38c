package dev.tcc.bench;

import dev.tcc.ir.Tensor;
import org.openjdk.jmh.annotations.Benchmark;

import java.util.Map;

/** A benchmark whose peer is ONNX Runtime on the same model ({@value OrtRun#THREADS} threads on the host CPU). */
public abstract class OrtPeerBench extends BenchBase {
    private OrtRun ort;

    /** ONNX Runtime: one inference. */
    @Benchmark
    public Object ort() {
        try (var r = ort.run()) {
            return r.get(0);
        }
    }

    /** Loads {@code model} (serialized ONNX) into ONNX Runtime and checks {@code tcc}, its compiled form, against it. */
    protected void compare(String param, TccRun tcc, byte[] model, Map<String, Tensor> inputs) {
        keep(tcc);
        ort = keep(new OrtRun(model, inputs));
        checked(param, tcc, ort.outputs(), Check.RTOL, Check.ATOL);
    }
}
