package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxException;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.TensorCodec;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import dev.tcc.frontend.onnx.proto.Onnx.OperatorSetIdProto;
import dev.tcc.frontend.onnx.proto.Onnx.ValueInfoProto;
import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A static operand (a Reshape's shape) computed at run time from a graph input is bound through the nodes computing it. */
class ImportBindingTest {

    /** y = Reshape(x, s + [1, 1]) with x: f32[6] and s: i64[2] a graph input. */
    private static ModelProto model() {
        GraphProto g = GraphProto.newBuilder().setName("g")
                .addInput(Protos.input("x", DType.F32, 6)).addInput(Protos.input("s", DType.I64, 2))
                .addInitializer(TensorCodec.encode(Tensor.vector(DType.I64, 1, 1), "one"))
                .addNode(NodeProto.newBuilder().setOpType("Add").addInput("s").addInput("one").addOutput("shape"))
                .addNode(NodeProto.newBuilder().setOpType("Reshape").addInput("x").addInput("shape").addOutput("y"))
                .addOutput(ValueInfoProto.newBuilder().setName("y"))
                .build();
        return ModelProto.newBuilder().setIrVersion(8).addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(17)).setGraph(g).build();
    }

    @Test
    void computedShapeIsBoundFromTheInputValue() {
        ImportOptions opts = new ImportOptions(Map.of("s", Tensor.vector(DType.I64, 1, 2)), Map.of());
        Graph g = OnnxImporter.importModel(model(), Path.of("."), "m.onnx", opts);
        assertThat(g.outputs().get(0).type()).isEqualTo(new TensorType(DType.F32, Shape.of(2, 3)));
    }

    @Test
    void unboundComputedShapeIsAClearError() {
        assertThatThrownBy(() -> OnnxImporter.importModel(model(), Path.of("."), "m.onnx", ImportOptions.DEFAULT))
                .isInstanceOf(OnnxException.class)
                .hasMessageContaining("Reshape's target shape")
                .hasMessageContaining("must be known at compile time")
                .hasMessageContaining("graph inputs it is computed from");
    }
}
