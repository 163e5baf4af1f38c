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
import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

/** The node suite has only symmetric windows; here the periodic default (the window of an 8-point STFT) and bad types. */
class WindowOpsTest {

    private static ModelProto model(String op, long size, long outputType) {
        NodeProto node = NodeProto.newBuilder().setOpType(op).setName("win").addInput("size").addOutput("y")
                .addAttribute(AttributeProto.newBuilder().setName("output_datatype").setType(AttributeProto.AttributeType.INT).setI(outputType))
                .build();
        GraphProto g = GraphProto.newBuilder().setName("g").addInitializer(TensorCodec.encode(Tensor.scalar(DType.I64, size), "size"))
                .addNode(node).addOutput(ValueInfoProto.newBuilder().setName("y")).build();
        return ModelProto.newBuilder().setIrVersion(10).addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(17)).setGraph(g).build();
    }

    private static double[] run(ModelProto m) {
        Graph g = OnnxImporter.importModel(m, Path.of("."), "win.onnx", ImportOptions.DEFAULT);
        return Interpreter.run(g, Map.of()).getFirst().toDoubles();
    }

    @Test
    void aPeriodicHannWindowRepeatsWithPeriodSize() {
        // sin^2(pi i / 8): 0, (2 - sqrt 2) / 4, 1/2, (2 + sqrt 2) / 4, 1, then back down
        double lo = (2 - Math.sqrt(2)) / 4, hi = (2 + Math.sqrt(2)) / 4;
        assertThat(run(model("HannWindow", 8, 1))).containsExactly(new double[] {0, lo, 0.5, hi, 1, hi, 0.5, lo}, offset(1e-6));
        // integer output types truncate: a Hamming window is below 1 but at its peak, 25/46 + 21/46
        assertThat(run(model("HammingWindow", 4, 7))).containsExactly(0, 0, 1, 0);
    }

    @Test
    void aNonNumericOutputTypeIsRefused() {
        assertThatThrownBy(() -> run(model("BlackmanWindow", 4, 8))).isInstanceOf(OnnxException.class)
                .hasMessageContaining("win").hasMessageContaining("BlackmanWindow").hasMessageContaining("not a numeric type");
    }
}
