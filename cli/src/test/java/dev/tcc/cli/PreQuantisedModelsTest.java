package dev.tcc.cli;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.tcc.cli.exec.ModelRunner;
import dev.tcc.cli.targets.DeviceTarget;
import dev.tcc.cli.targets.ReferenceTarget;
import dev.tcc.cli.targets.Target;
import dev.tcc.frontend.onnx.Compare;
import dev.tcc.frontend.onnx.TensorCodec;
import dev.tcc.frontend.onnx.proto.Onnx.AttributeProto;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import dev.tcc.frontend.onnx.proto.Onnx.OperatorSetIdProto;
import dev.tcc.frontend.onnx.proto.Onnx.TypeProto;
import dev.tcc.frontend.onnx.proto.Onnx.ValueInfoProto;
import dev.tcc.ir.DType;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.passes.PassRunner;
import dev.tcc.runtime.opencl.OpenClBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pre-quantised models written as graphs here — ONNX Runtime's {@code com.microsoft.MatMulNBits} (4- and 8-bit,
 * without, with packed and with float zero points, a partial last block), a QDQ model (int8 per-channel weights, uint8
 * activations), {@code QLinearMatMul} and {@code MatMulInteger} — run through ONNX Runtime (live, in this JVM),
 * tcc's reference interpreter and the OpenCL target, whose outputs must agree. Quantised weights must stay quantised
 * in the optimised graph (one {@link Dequantize} each, computed inside the kernels that read it).
 */
class PreQuantisedModelsTest {
    @TempDir Path work;

    private final Random rnd = new Random(11);

    @Test
    void matMulNBits4BitWithoutZeroPointsAndWithBias() throws Exception {
        assertThat(assertAgrees("nbits4", nbits(Shape.of(2, 3, 48), 8, 4, 16, ZeroPoints.NONE, true))).containsExactly(4);
    }

    @Test
    void matMulNBits4BitWithPackedZeroPointsAndAPartialBlock() throws Exception {
        assertThat(assertAgrees("nbits4zp", nbits(Shape.of(5, 40), 6, 4, 16, ZeroPoints.PACKED, false))).containsExactly(4);
    }

    @Test
    void matMulNBits8BitWithZeroPoints() throws Exception {
        assertThat(assertAgrees("nbits8", nbits(Shape.of(3, 64), 5, 8, 32, ZeroPoints.PACKED, true))).containsExactly(8);
    }

    @Test
    void matMulNBits4BitWithFloatZeroPoints() throws Exception {
        assertThat(assertAgrees("nbits4fzp", nbits(Shape.of(2, 32), 4, 4, 16, ZeroPoints.FLOAT, false))).containsExactly(4);
    }

    @Test
    void qdqModelWithPerChannelInt8Weights() throws Exception {
        int k = 16, n = 8;
        GraphProto.Builder g = graph(Shape.of(4, k));
        g.addInitializer(init("x_s", Tensor.scalar(DType.F32, 0.02))).addInitializer(init("x_zp", Tensor.ofLongs(DType.U8, Shape.SCALAR, new long[] {128})));
        g.addInitializer(init("w_q", randomInts(DType.I8, Shape.of(k, n), -127, 127)));
        g.addInitializer(init("w_s", randomFloats(Shape.of(n), 0.005, 0.02)));
        g.addInitializer(init("w_zp", Tensor.ofLongs(DType.I8, Shape.of(n), new long[n])));
        g.addInitializer(init("b", randomFloats(Shape.of(n), -0.5, 0.5)));
        g.addNode(node("QuantizeLinear", List.of("x", "x_s", "x_zp"), "x_q"));
        g.addNode(node("DequantizeLinear", List.of("x_q", "x_s", "x_zp"), "x_dq"));
        g.addNode(node("DequantizeLinear", List.of("w_q", "w_s", "w_zp"), "w").toBuilder().addAttribute(intAttr("axis", 1)).build());
        g.addNode(node("MatMul", List.of("x_dq", "w"), "xw"));
        g.addNode(node("Add", List.of("xw", "b"), "y_pre"));
        g.addNode(node("Relu", List.of("y_pre"), "y"));
        assertThat(assertAgrees("qdq", model(g, false))).containsExactly(8);
    }

    @Test
    void qlinearMatMulAndMatMulInteger() throws Exception {
        int k = 16, n = 8;
        GraphProto.Builder g = graph(Shape.of(4, k));
        g.addInitializer(init("x_s", Tensor.scalar(DType.F32, 0.02))).addInitializer(init("x_zp", Tensor.ofLongs(DType.U8, Shape.SCALAR, new long[] {128})));
        g.addInitializer(init("w_q", randomInts(DType.U8, Shape.of(k, n), 0, 255)));
        g.addInitializer(init("w_s", Tensor.scalar(DType.F32, 0.01))).addInitializer(init("w_zp", Tensor.ofLongs(DType.U8, Shape.SCALAR, new long[] {120})));
        g.addInitializer(init("y_s", Tensor.scalar(DType.F32, 0.05))).addInitializer(init("y_zp", Tensor.ofLongs(DType.U8, Shape.SCALAR, new long[] {100})));
        g.addInitializer(init("acc_s", Tensor.scalar(DType.F32, 0.02 * 0.01)));
        g.addNode(node("QuantizeLinear", List.of("x", "x_s", "x_zp"), "x_q"));
        g.addNode(node("QLinearMatMul", List.of("x_q", "x_s", "x_zp", "w_q", "w_s", "w_zp", "y_s", "y_zp"), "q_q"));
        g.addNode(node("DequantizeLinear", List.of("q_q", "y_s", "y_zp"), "q"));
        g.addNode(node("MatMulInteger", List.of("x_q", "w_q", "x_zp", "w_zp"), "acc"));
        g.addNode(node("Cast", List.of("acc"), "acc_f").toBuilder().addAttribute(intAttr("to", TestModels.FLOAT)).build());
        g.addNode(node("Mul", List.of("acc_f", "acc_s"), "r"));
        g.addNode(node("Add", List.of("q", "r"), "y"));
        assertAgrees("qlinear", model(g, false));
    }

    /** How a MatMulNBits model gives its zero points. */
    private enum ZeroPoints { NONE, PACKED, FLOAT }

    /** A MatMulNBits model {@code y = x @ dequant(B)^T (+ bias)} with random codes, scales and zero points. */
    private ModelProto nbits(Shape xs, int n, int bits, int block, ZeroPoints zeroPoints, boolean bias) {
        int k = Math.toIntExact(xs.dim(xs.rank() - 1));
        int blocks = Math.ceilDiv(k, block), blob = block * bits / 8;
        long[] codes = new long[n * blocks * blob];
        for (int c = 0; c < n; c++) {
            for (int kk = 0; kk < k; kk++) pack(codes, (c * blocks + kk / block) * blob, kk % block, bits, rnd.nextInt(1 << bits));
        }
        GraphProto.Builder g = graph(Shape.of(4, k));
        g.addInitializer(init("B", Tensor.ofLongs(DType.U8, Shape.of(n, blocks, blob), codes)));
        g.addInitializer(init("scales", randomFloats(Shape.of(n * blocks), 0.01, 0.1)));
        List<String> inputs = new ArrayList<>(List.of("x", "B", "scales"));
        if (zeroPoints != ZeroPoints.NONE || bias) inputs.add(zeroPoints != ZeroPoints.NONE ? "zp" : "");
        if (zeroPoints == ZeroPoints.FLOAT) g.addInitializer(init("zp", randomFloats(Shape.of(n * blocks), 0, 1 << bits)));
        if (zeroPoints == ZeroPoints.PACKED) {
            int stride = Math.ceilDiv(blocks * bits, 8);
            long[] zp = new long[n * stride];
            for (int c = 0; c < n; c++) for (int b = 0; b < blocks; b++) pack(zp, c * stride, b, bits, rnd.nextInt(1 << bits));
            g.addInitializer(init("zp", Tensor.ofLongs(DType.U8, Shape.of(n * stride), zp)));
        }
        if (bias) {
            inputs.addAll(List.of("", "bias"));
            g.addInitializer(init("bias", randomFloats(Shape.of(n), -1, 1)));
        }
        NodeProto mm = node("MatMulNBits", inputs, "y").toBuilder().setDomain("com.microsoft").addAttribute(intAttr("K", k))
                .addAttribute(intAttr("N", n)).addAttribute(intAttr("bits", bits)).addAttribute(intAttr("block_size", block)).build();
        return model(g.addNode(mm), true);
    }

    private static void pack(long[] bytes, int base, int index, int bits, long code) {
        int bit = index * bits;
        bytes[base + bit / 8] |= code << (bit % 8);
    }

    /**
     * ONNX Runtime, the reference interpreter and OpenCL on the same seeded input; the last two must match the first.
     * Returns the bit widths of the weights kept quantised (dequantised inside the kernels that read them).
     */
    private List<Integer> assertAgrees(String name, ModelProto m) throws OrtException {
        Path file = TestModels.write(work.resolve(name + ".onnx"), m);
        var dims = m.getGraph().getInput(0).getType().getTensorType().getShape().getDimList();
        Tensor x = randomFloats(Shape.of(dims.stream().mapToLong(d -> d.getDimValue()).toArray()), -1, 1);
        Tensor want = onnxRuntime(m, x);
        List<Integer> bits = List.of();
        for (Target t : List.of(new ReferenceTarget(), new DeviceTarget(new OpenClBackend(), null))) {
            ModelRunner.Result r = ModelRunner.run(m, file, Map.of("x", x), t, PassRunner.defaults());
            bits = r.compiled().optimised().nodes().stream().filter(n -> n.op() instanceof Dequantize).map(n -> ((Dequantize) n.op()).bits()).toList();
            Tensor got = r.outputs().getFirst();
            // f32 sums in another order; a quantised activation may round one step apart where x / scale ties
            Compare.Result c = Compare.compare(got, want, 1e-4, 1e-4);
            assertThat(c.ok()).as(name + " on " + t.getClass().getSimpleName() + ": " + c.reason()).isTrue();
        }
        return bits;
    }

    private static Tensor onnxRuntime(ModelProto m, Tensor x) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession s = env.createSession(m.toByteArray(), new OrtSession.SessionOptions());
             OnnxTensor in = OnnxRuntimeCrossCheckTest.toOrt(env, x);
             OrtSession.Result r = s.run(Map.of("x", in))) {
            return OnnxRuntimeCrossCheckTest.fromOrt((OnnxTensor) r.get(0));
        }
    }

    private Tensor randomFloats(Shape s, double lo, double hi) {
        double[] d = new double[Math.toIntExact(s.size())];
        for (int i = 0; i < d.length; i++) d[i] = (float) (lo + (hi - lo) * rnd.nextDouble());
        return Tensor.ofDoubles(DType.F32, s, d);
    }

    private Tensor randomInts(DType t, Shape s, int lo, int hi) {
        long[] l = new long[Math.toIntExact(s.size())];
        for (int i = 0; i < l.length; i++) l[i] = lo + rnd.nextInt(hi - lo + 1);
        return Tensor.ofLongs(t, s, l);
    }

    /** A graph of float input x of shape {@code xs} and float output y (of any shape). */
    private static GraphProto.Builder graph(Shape xs) {
        ValueInfoProto y = ValueInfoProto.newBuilder().setName("y")
                .setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(TestModels.FLOAT))).build();
        return GraphProto.newBuilder().setName("g").addInput(TestModels.value("x", TestModels.FLOAT, (Object[]) boxed(xs))).addOutput(y);
    }

    private static Long[] boxed(Shape s) { return java.util.Arrays.stream(s.dims()).boxed().toArray(Long[]::new); }

    private static ModelProto model(GraphProto.Builder g, boolean contrib) {
        ModelProto.Builder m = TestModels.model(21, g.build()).toBuilder();
        if (contrib) m.addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("com.microsoft").setVersion(1));
        return m.build();
    }

    private static NodeProto node(String op, List<String> inputs, String output) {
        return TestModels.node(op + "_" + output, op, inputs, List.of(output));
    }

    private static AttributeProto intAttr(String name, long v) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(v).build();
    }

    private static dev.tcc.frontend.onnx.proto.Onnx.TensorProto init(String name, Tensor t) { return TensorCodec.encode(t, name); }
}
