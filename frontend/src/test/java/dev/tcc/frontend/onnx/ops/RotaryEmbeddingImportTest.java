package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxException;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.proto.Onnx.AttributeProto;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import dev.tcc.frontend.onnx.proto.Onnx.OperatorSetIdProto;
import dev.tcc.frontend.onnx.proto.Onnx.ValueInfoProto;
import dev.tcc.ir.DType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RotaryEmbedding's numbers are checked by the conformance cases ({@link LinalgCasesTest}, and on every target by the
 * conformance runs); here, inputs the operator cannot take are refused naming the node and what is wrong.
 */
class RotaryEmbeddingImportTest {

    private static AttributeProto attr(String name, long v) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(v).build();
    }

    /** Y = RotaryEmbedding(X, cos, sin, position_ids) with X {@code x}, caches of 50 rows of {@code width}. */
    private static ModelProto model(long[] x, long width, AttributeProto... attrs) {
        NodeProto.Builder node = NodeProto.newBuilder().setOpType("RotaryEmbedding").setName("rope")
                .addInput("x").addInput("cos").addInput("sin").addInput("pos").addOutput("y");
        for (AttributeProto a : attrs) node.addAttribute(a);
        GraphProto g = GraphProto.newBuilder().setName("g")
                .addInput(Protos.input("x", DType.F32, x)).addInput(Protos.input("cos", DType.F32, 50, width))
                .addInput(Protos.input("sin", DType.F32, 50, width)).addInput(Protos.input("pos", DType.I64, 2, 3))
                .addNode(node).addOutput(ValueInfoProto.newBuilder().setName("y")).build();
        return ModelProto.newBuilder().setIrVersion(10).addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(23)).setGraph(g).build();
    }

    private static void refused(ModelProto m, String... parts) {
        assertThatThrownBy(() -> OnnxImporter.importModel(m, Path.of("."), "rope.onnx", ImportOptions.DEFAULT))
                .isInstanceOf(OnnxException.class).hasMessageContaining("rope").hasMessageContaining("RotaryEmbedding")
                .hasMessageContainingAll(parts);
    }

    @Test
    void aThreeDimensionalInputNeedsItsHeadCount() {
        refused(model(new long[] {2, 3, 32}, 4), "a 3-D input X", "needs the num_heads attribute");
        refused(model(new long[] {2, 3, 30}, 4, attr("num_heads", 4)), "hidden size 30", "not a multiple of num_heads 4");
    }

    @Test
    void theRotatedWidthMustBeEvenAndFitTheHead() {
        refused(model(new long[] {2, 4, 3, 8}, 4, attr("rotary_embedding_dim", 5)), "rotary_embedding_dim 5 must be even");
        refused(model(new long[] {2, 4, 3, 8}, 8, attr("rotary_embedding_dim", 16)), "at most the head size 8");
    }

    @Test
    void cachesNarrowerThanHalfTheRotationAreRefused() {
        refused(model(new long[] {2, 4, 3, 8}, 3), "at least 4", "once position_ids pick their rows");
    }

    @Test
    void otherRanksAreRefused() {
        refused(model(new long[] {2, 4, 3, 8, 1}, 4), "must be 3-D (batch, sequence, hidden) or 4-D");
    }
}
