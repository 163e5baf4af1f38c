package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.Compare;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.NodeCases;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.TensorCodec;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DequantizeLinear of constant integers (a QDQ model's weights) imports as one {@link Dequantize} and computes ONNX's
 * expected outputs: the conformance cases with their inputs turned into initializers.
 */
class ConstantDequantizeTest {

    @ParameterizedTest
    @ValueSource(strings = {"test_dequantizelinear", "test_dequantizelinear_axis", "test_dequantizelinear_blocked",
            "test_dequantizelinear_uint4"})
    void constantInputsBecomeOneDequantizeWithTheExpectedOutput(String name) {
        Path dir = NodeCases.caseDir("node", name);
        TestCase c = TestCase.load(dir);
        GraphProto.Builder g = c.model().getGraph().toBuilder().clearInput();
        c.inputs().forEach((n, t) -> g.addInitializer(TensorCodec.encode(t, n)));
        ModelProto m = c.model().toBuilder().setGraph(g).build();
        Graph graph = OnnxImporter.importModel(m, dir, name, ImportOptions.DEFAULT);
        assertThat(graph.nodes()).anyMatch(n -> n.op() instanceof Dequantize);
        List<Tensor> got = Interpreter.run(graph, Map.of());
        Compare.Result r = Compare.compare(got.get(0), c.expected().get(0), 0, 0);
        assertThat(r.ok()).as(String.valueOf(r.reason())).isTrue();
    }
}
