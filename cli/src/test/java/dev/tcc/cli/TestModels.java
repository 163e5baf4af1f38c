package dev.tcc.cli;

import com.google.protobuf.ByteString;
import dev.tcc.frontend.onnx.TensorCodec;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import dev.tcc.frontend.onnx.proto.Onnx.OperatorSetIdProto;
import dev.tcc.frontend.onnx.proto.Onnx.StringStringEntryProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorShapeProto;
import dev.tcc.frontend.onnx.proto.Onnx.TypeProto;
import dev.tcc.frontend.onnx.proto.Onnx.ValueInfoProto;
import dev.tcc.ir.Tensor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helper: small ONNX models built with the generated protobuf classes, and files holding them. */
final class TestModels {
    private TestModels() {}

    static final int FLOAT = TensorProto.DataType.FLOAT_VALUE;

    /** A tensor value declaration; a dimension is a Long (static) or a String (symbolic). */
    static ValueInfoProto value(String name, int elemType, Object... dims) {
        TensorShapeProto.Builder s = TensorShapeProto.newBuilder();
        for (Object d : dims) {
            if (d instanceof String p) s.addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(p));
            else s.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(((Number) d).longValue()));
        }
        return ValueInfoProto.newBuilder().setName(name)
                .setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(elemType).setShape(s))).build();
    }

    static NodeProto node(String name, String op, List<String> inputs, List<String> outputs) {
        return NodeProto.newBuilder().setName(name).setOpType(op).addAllInput(inputs).addAllOutput(outputs).build();
    }

    static ModelProto model(int opset, GraphProto g) {
        return ModelProto.newBuilder().setIrVersion(8).addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(opset))
                .setProducerName("tcc-tests").setGraph(g).build();
    }

    /** {@code y = op(x)} over float[2,3]. */
    static ModelProto unary(String op, String outName) {
        GraphProto g = GraphProto.newBuilder().setName("g").addInput(value("x", FLOAT, 2, 3)).addOutput(value(outName, FLOAT, 2, 3))
                .addNode(node("the_" + op, op, List.of("x"), List.of(outName))).build();
        return model(17, g);
    }

    /** {@code y = x + w} where {@code w} is an initializer float[2,3] stored as external data at {@code location}. */
    static ModelProto externalWeight(String location) {
        TensorProto w = TensorProto.newBuilder().setName("w").setDataType(FLOAT).addDims(2).addDims(3)
                .setDataLocation(TensorProto.DataLocation.EXTERNAL)
                .addExternalData(StringStringEntryProto.newBuilder().setKey("location").setValue(location)).build();
        GraphProto g = GraphProto.newBuilder().setName("g").addInput(value("x", FLOAT, 2, 3)).addOutput(value("y", FLOAT, 2, 3))
                .addInitializer(w).addNode(node("add_w", "Add", List.of("x", "w"), List.of("y"))).build();
        return model(17, g);
    }

    static Path write(Path file, ModelProto m) { return write(file, m.toByteArray()); }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code t} as a TensorProto .pb file. */
    static Path writeTensor(Path file, Tensor t) { return write(file, TensorCodec.encode(t, "t").toByteArray()); }

    static ByteString bytes(byte[] b) { return ByteString.copyFrom(b); }

    /** The tensor in the {@code .pb} file {@code got} matches the one in {@code want} as a device result should. */
    static void assertDeviceOutputMatches(Path got, Path want) throws IOException {
        var g = TensorCodec.decode(dev.tcc.frontend.onnx.proto.Onnx.TensorProto.parseFrom(Files.readAllBytes(got)), null, got.toString());
        var w = TensorCodec.decode(dev.tcc.frontend.onnx.proto.Onnx.TensorProto.parseFrom(Files.readAllBytes(want)), null, want.toString());
        // atol 1e-5: device float32 against ONNX Runtime's float32 summed in another order (Tolerance.UNLISTED_ON_DEVICE)
        var cmp = dev.tcc.frontend.onnx.Compare.compare(g, w, 1e-3, 1e-5);
        org.assertj.core.api.Assertions.assertThat(cmp.ok()).as(String.valueOf(cmp.reason())).isTrue();
    }
}
