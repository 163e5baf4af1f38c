package dev.tcc.cli;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.tcc.cli.exec.ModelRunner;
import dev.tcc.cli.targets.ReferenceTarget;
import dev.tcc.frontend.onnx.Compare;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.passes.PassRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real models on fresh inputs that no stored test data holds — seeded random floats, and token
 * ids drawn below the largest id in the stored input — through ONNX Runtime (live, in this JVM) and through
 * tcc's reference target, and compares the two. The stored outputs check one input per model; this checks
 * that agreement is not an accident of that input.
 */
@Tag("conformance")
class OnnxRuntimeCrossCheckTest {
    @ParameterizedTest
    @ValueSource(strings = {"mlp", "mlp_ts", "gru_classifier", "gru_classifier_ts", "distilbert", "distilbert_ts", "t5_encoder",
            "t5_encoder_ts", "llama_tiny", "llama_tiny_ts", "mobilenet_v3_small", "mobilenet_v3_small_ts"})
    void referenceAgreesWithOnnxRuntimeOnFreshInputs(String name) throws OrtException, Exception {
        Path dir = SharedData.models().resolve(name);
        Path model = dir.resolve("model.onnx");
        TestCase stored = TestCase.load(dir);
        Map<String, Tensor> inputs = freshInputs(stored.inputs(), new Random(name.hashCode()));

        ModelRunner.Result ours = ModelRunner.run(OnnxImporter.readModel(model), model, inputs, new ReferenceTarget(), PassRunner.defaults());

        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession s = env.createSession(Files.readAllBytes(model), new OrtSession.SessionOptions())) {
            Map<String, OnnxTensor> feed = new HashMap<>();
            try {
                for (var e : inputs.entrySet()) feed.put(e.getKey(), toOrt(env, e.getValue()));
                try (OrtSession.Result r = s.run(feed)) {
                    assertThat(ours.outputs()).hasSize(r.size());
                    for (int i = 0; i < r.size(); i++) {
                        Tensor theirs = fromOrt((OnnxTensor) r.get(i));
                        // f32 against f32 computed in another order: ONNX's rtol with an atol for values near zero
                        Compare.Result c = Compare.compare(ours.outputs().get(i), theirs, 1e-3, 1e-5);
                        assertThat(c.ok()).as(name + " output " + i + ": " + c.reason()).isTrue();
                    }
                }
            } finally {
                for (OnnxTensor t : feed.values()) t.close();
            }
        }
    }

    private static Map<String, Tensor> freshInputs(Map<String, Tensor> stored, Random rnd) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (var e : stored.entrySet()) {
            Tensor t = e.getValue();
            int n = t.size();
            if (t.dtype() == DType.F32) {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) d[i] = rnd.nextGaussian();
                out.put(e.getKey(), Tensor.ofDoubles(DType.F32, t.shape(), d));
            } else if (t.dtype() == DType.I64) {
                long max = 1;
                for (int i = 0; i < n; i++) max = Math.max(max, t.getLong(i));
                long[] l = new long[n];
                for (int i = 0; i < n; i++) l[i] = rnd.nextLong(max + 1);
                out.put(e.getKey(), Tensor.ofLongs(DType.I64, t.shape(), l));
            } else {
                throw new AssertionError("input type " + t.dtype() + " not handled by this test");
            }
        }
        return out;
    }

    static OnnxTensor toOrt(OrtEnvironment env, Tensor t) throws OrtException {
        long[] shape = t.shape().dims();
        if (t.dtype() == DType.F32) {
            float[] f = new float[t.size()];
            for (int i = 0; i < f.length; i++) f[i] = (float) t.getDouble(i);
            return OnnxTensor.createTensor(env, FloatBuffer.wrap(f), shape);
        }
        return OnnxTensor.createTensor(env, LongBuffer.wrap(t.toLongs()), shape);
    }

    static Tensor fromOrt(OnnxTensor t) {
        long[] shape = t.getInfo().getShape();
        FloatBuffer b = t.getFloatBuffer();
        double[] d = new double[b.remaining()];
        for (int i = 0; i < d.length; i++) d[i] = b.get(i);
        return Tensor.ofDoubles(DType.F32, Shape.of(shape), d);
    }

}
