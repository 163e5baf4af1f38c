package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxException;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.TensorCodec;
import dev.tcc.frontend.onnx.proto.Onnx.AttributeProto;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import dev.tcc.frontend.onnx.proto.Onnx.OperatorSetIdProto;
import dev.tcc.frontend.onnx.proto.Onnx.ValueInfoProto;
import dev.tcc.ir.DType;
import dev.tcc.ir.Tensor;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * AffineGrid's, TensorScatter's and MaxUnpool's numbers are checked by the conformance cases ({@link MovementCasesTest},
 * {@link LinalgCasesTest}, and on every target by the conformance runs); here, inputs they cannot take are refused
 * naming the node, the op and what is wrong.
 */
class GridOpsImportTest {

    private static AttributeProto attr(String name, long v) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(v).build();
    }

    private static AttributeProto attr(String name, String v) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.STRING)
                .setS(com.google.protobuf.ByteString.copyFromUtf8(v)).build();
    }

    private static AttributeProto ints(String name, long... v) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long x : v) a.addInts(x);
        return a.build();
    }

    /** One node {@code op} named "node" of graph inputs {@code inputs} and int64 initializers {@code constants}. */
    private static ModelProto model(String op, List<ValueInfoProto> inputs, List<Tensor> constants, List<String> names, AttributeProto... attrs) {
        NodeProto.Builder node = NodeProto.newBuilder().setOpType(op).setName("node").addOutput("y");
        GraphProto.Builder g = GraphProto.newBuilder().setName("g");
        for (ValueInfoProto i : inputs) {
            g.addInput(i);
            node.addInput(i.getName());
        }
        for (int i = 0; i < constants.size(); i++) {
            g.addInitializer(TensorCodec.encode(constants.get(i), names.get(i)));
            node.addInput(names.get(i));
        }
        for (AttributeProto a : attrs) node.addAttribute(a);
        g.addNode(node).addOutput(ValueInfoProto.newBuilder().setName("y"));
        return ModelProto.newBuilder().setIrVersion(10).addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(24)).setGraph(g).build();
    }

    private static void refused(ModelProto m, String op, String... parts) {
        assertThatThrownBy(() -> OnnxImporter.importModel(m, Path.of("."), "grid.onnx", ImportOptions.DEFAULT))
                .isInstanceOf(OnnxException.class).hasMessageContaining("node").hasMessageContaining(op).hasMessageContainingAll(parts);
    }

    @Test
    void affineGridNeedsAThetaThatMatchesTheSize() {
        refused(model("AffineGrid", List.of(Protos.input("theta", DType.F32, 2, 2, 3)), List.of(Tensor.vector(DType.I64, 3, 1, 4, 5)),
                List.of("size")), "AffineGrid", "theta must be floating point (N 3, 2, 3)");
        refused(model("AffineGrid", List.of(Protos.input("theta", DType.F32, 2, 2, 3)), List.of(Tensor.vector(DType.I64, 2, 1, 4)),
                List.of("size")), "AffineGrid", "size must hold 4 (N, C, H, W) or 5");
    }

    @Test
    void tensorScatterRefusesAnUnknownModeAndAnUpdateOfAnotherShape() {
        List<ValueInfoProto> in = List.of(Protos.input("past", DType.F32, 2, 8, 4), Protos.input("update", DType.F32, 2, 3, 4));
        refused(model("TensorScatter", in, List.of(), List.of(), attr("mode", "ring")), "TensorScatter", "mode must be linear or circular");
        List<ValueInfoProto> wide = List.of(Protos.input("past", DType.F32, 2, 8, 4), Protos.input("update", DType.F32, 2, 3, 5));
        refused(model("TensorScatter", wide, List.of(), List.of()), "TensorScatter", "must match past_cache", "along axis 1");
        refused(model("TensorScatter", in, List.of(), List.of(), attr("axis", 0)), "TensorScatter", "must not be the batch axis");
    }

    @Test
    void maxUnpoolNeedsItsKernelAndAnOutputShapeAtLeastTheUnpooledOne() {
        List<ValueInfoProto> in = List.of(Protos.input("x", DType.F32, 1, 1, 2, 2), Protos.input("i", DType.I64, 1, 1, 2, 2));
        refused(model("MaxUnpool", in, List.of(), List.of()), "MaxUnpool", "kernel_shape must give 2 sizes");
        refused(model("MaxUnpool", in, List.of(Tensor.vector(DType.I64, 1, 1, 3, 3)), List.of("shape"), ints("kernel_shape", 2, 2),
                ints("strides", 2, 2)), "MaxUnpool", "at least the unpooled [1, 1, 4, 4]");
    }

    /**
     * Col2Im with pads, which no node case has: the importer's scatter into the padded image, cut, against the
     * definition computed here the other way round (each column element's pixel in the unpadded image, skipped when it
     * falls in a pad), on the reference interpreter.
     */
    @Test
    void col2imWithPadsDropsWhatFallsInThePads() {
        long n = 2, c = 2, h = 4, w = 5, bh = 2, bw = 3, sh = 2, sw = 1, dh = 1, dw = 2;
        long[] pads = {1, 2, 1, 0};   // top, left, bottom, right
        long oh = (h + pads[0] + pads[2] - dh * (bh - 1) - 1) / sh + 1, ow = (w + pads[1] + pads[3] - dw * (bw - 1) - 1) / sw + 1;
        long k = bh * bw, l = oh * ow;
        double[] x = new double[Math.toIntExact(n * c * k * l)];
        for (int i = 0; i < x.length; i++) x[i] = (i * 37 % 101) / 10.0;
        ModelProto m = model("Col2Im", List.of(Protos.input("x", DType.F32, n, c * k, l)),
                List.of(Tensor.vector(DType.I64, h, w), Tensor.vector(DType.I64, bh, bw)), List.of("image", "block"),
                ints("pads", pads), ints("strides", sh, sw), ints("dilations", dh, dw));
        dev.tcc.ir.Graph g = OnnxImporter.importModel(m, Path.of("."), "col2im.onnx", ImportOptions.DEFAULT);
        Tensor in = Tensor.ofDoubles(DType.F32, dev.tcc.ir.Shape.of(n, c * k, l), x);
        double[] got = dev.tcc.ir.interp.Interpreter.run(g, java.util.Map.of("x", in)).getFirst().toDoubles();
        double[] want = new double[Math.toIntExact(n * c * h * w)];
        for (long b = 0; b < n; b++) {
            for (long ch = 0; ch < c; ch++) {
                for (long ki = 0; ki < bh; ki++) {
                    for (long kj = 0; kj < bw; kj++) {
                        for (long oi = 0; oi < oh; oi++) {
                            for (long oj = 0; oj < ow; oj++) {
                                long y = oi * sh + ki * dh - pads[0], xx = oj * sw + kj * dw - pads[1];
                                if (y < 0 || y >= h || xx < 0 || xx >= w) continue;
                                long row = ch * k + ki * bw + kj, col = oi * ow + oj;
                                want[Math.toIntExact(((b * c + ch) * h + y) * w + xx)] += x[Math.toIntExact((b * c * k + row) * l + col)];
                            }
                        }
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(got).containsExactly(want, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void col2imNeedsColumnsThatMatchTheBlocks() {
        refused(model("Col2Im", List.of(Protos.input("x", DType.F32, 1, 6, 7)),
                List.of(Tensor.vector(DType.I64, 4, 5), Tensor.vector(DType.I64, 2, 3)), List.of("image", "block")),
                "Col2Im", "input must be (N, C x 6, 9)");
    }
}
