package dev.tcc.bench;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ONNX Runtime's CPU provider on a model, with {@value #THREADS} intra-op threads and its inputs already
 * made: the peer of tcc's whole-model and non-BLAS kernel benchmarks.
 */
public final class OrtRun implements AutoCloseable {
    /** Intra-op threads: the benchmark machine's cores. */
    public static final int THREADS = 2;

    private final OrtSession session;
    private final Map<String, OnnxTensor> feed = new LinkedHashMap<>();

    /** A session on {@code model} (serialized ONNX) fed {@code inputs} (by name; extra names are ignored). */
    public OrtRun(byte[] model, Map<String, Tensor> inputs) {
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
                o.setIntraOpNumThreads(THREADS);
                o.setInterOpNumThreads(1);
                session = env.createSession(model, o);
            }
            for (String name : session.getInputNames()) {
                Tensor t = inputs.get(name);
                if (t == null) throw new IllegalArgumentException("no value for ONNX Runtime input '" + name + "'");
                feed.put(name, tensor(env, t));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime: " + e.getMessage(), e);
        }
    }

    /** One inference; the caller closes the result. */
    public OrtSession.Result run() {
        try {
            return session.run(feed);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime: " + e.getMessage(), e);
        }
    }

    /** The outputs of one inference, as tensors (for checks). */
    public List<Tensor> outputs() {
        try (OrtSession.Result r = run()) {
            List<Tensor> out = new ArrayList<>();
            for (Map.Entry<String, OnnxValue> e : r) out.add(tensor((OnnxTensor) e.getValue()));
            return out;
        }
    }

    private static OnnxTensor tensor(OrtEnvironment env, Tensor t) throws OrtException {
        long[] shape = t.shape().dims();
        return switch (t.dtype()) {
            case F32 -> {
                float[] f = new float[t.size()];
                for (int i = 0; i < f.length; i++) f[i] = (float) t.getDouble(i);
                yield OnnxTensor.createTensor(env, FloatBuffer.wrap(f), shape);
            }
            case I64 -> OnnxTensor.createTensor(env, LongBuffer.wrap(t.toLongs()), shape);
            case I32 -> {
                int[] v = new int[t.size()];
                for (int i = 0; i < v.length; i++) v[i] = Math.toIntExact(t.getLong(i));
                yield OnnxTensor.createTensor(env, IntBuffer.wrap(v), shape);
            }
            default -> throw new IllegalArgumentException("input type " + t.dtype() + " is not handled by the ONNX Runtime peer");
        };
    }

    private static Tensor tensor(OnnxTensor t) {
        Shape shape = Shape.of(t.getInfo().getShape());
        if (t.getInfo().type == OnnxJavaType.FLOAT) {
            FloatBuffer b = t.getFloatBuffer();
            double[] d = new double[b.remaining()];
            for (int i = 0; i < d.length; i++) d[i] = b.get(i);
            return Tensor.ofDoubles(DType.F32, shape, d);
        }
        if (t.getInfo().type == OnnxJavaType.INT64) {
            LongBuffer b = t.getLongBuffer();
            long[] l = new long[b.remaining()];
            b.get(l);
            return Tensor.ofLongs(DType.I64, shape, l);
        }
        throw new IllegalArgumentException("output type " + t.getInfo().type + " is not handled by the ONNX Runtime peer");
    }

    @Override
    public void close() {
        feed.values().forEach(OnnxTensor::close);
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime: " + e.getMessage(), e);
        }
    }
}
