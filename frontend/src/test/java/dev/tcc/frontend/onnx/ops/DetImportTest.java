package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.OnnxException;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import dev.tcc.frontend.onnx.proto.Onnx.OperatorSetIdProto;
import dev.tcc.frontend.onnx.proto.Onnx.ValueInfoProto;
import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

/**
 * Det's two node cases are 2 x 2; here 1 x 1 to 4 x 4 batches against Gaussian elimination with partial pivoting in
 * double precision, on the reference interpreter, and larger matrices refused naming the node.
 */
class DetImportTest {

    private static ModelProto model(long... dims) {
        NodeProto node = NodeProto.newBuilder().setOpType("Det").setName("det").addInput("x").addOutput("y").build();
        GraphProto g = GraphProto.newBuilder().setName("g").addInput(Protos.input("x", DType.F32, dims)).addNode(node)
                .addOutput(ValueInfoProto.newBuilder().setName("y")).build();
        return ModelProto.newBuilder().setIrVersion(10).addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(22)).setGraph(g).build();
    }

    /** The determinant of the m x m matrix at {@code from} in {@code a}, by elimination with partial pivoting. */
    private static double eliminate(double[] a, int from, int m) {
        double[][] u = new double[m][m];
        for (int i = 0; i < m; i++) for (int j = 0; j < m; j++) u[i][j] = a[from + i * m + j];
        double det = 1;
        for (int c = 0; c < m; c++) {
            int p = c;
            for (int i = c + 1; i < m; i++) if (Math.abs(u[i][c]) > Math.abs(u[p][c])) p = i;
            if (p != c) {
                double[] t = u[p];
                u[p] = u[c];
                u[c] = t;
                det = -det;
            }
            det *= u[c][c];
            for (int i = c + 1; i < m; i++) {
                double f = u[i][c] / u[c][c];
                for (int j = c; j < m; j++) u[i][j] -= f * u[c][j];
            }
        }
        return det;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void batchesOfSmallMatricesMatchElimination(int m) {
        int batch = 5;
        double[] x = new double[batch * m * m];
        Random random = new Random(m);
        for (int i = 0; i < x.length; i++) x[i] = random.nextInt(19) / 4.0 - 2;
        Graph g = OnnxImporter.importModel(model(batch, m, m), Path.of("."), "det.onnx", ImportOptions.DEFAULT);
        double[] got = Interpreter.run(g, Map.of("x", Tensor.ofDoubles(DType.F32, Shape.of(batch, m, m), x))).getFirst().toDoubles();
        assertThat(got).hasSize(batch);
        // the interpreter computes in f32 (entries of at most 2.5, so determinants below 625), the elimination in double
        for (int b = 0; b < batch; b++) assertThat(got[b]).as("matrix %d", b).isCloseTo(eliminate(x, b * m * m, m), offset(1e-3));
    }

    @Test
    void largerMatricesAreRefusedNamingTheNode() {
        assertThatThrownBy(() -> OnnxImporter.importModel(model(2, 5, 5), Path.of("."), "det.onnx", ImportOptions.DEFAULT))
                .isInstanceOf(OnnxException.class).hasMessageContaining("det").hasMessageContaining("Det")
                .hasMessageContaining("5 x 5 matrices are not supported");
        assertThatThrownBy(() -> OnnxImporter.importModel(model(3, 4), Path.of("."), "det.onnx", ImportOptions.DEFAULT))
                .isInstanceOf(OnnxException.class).hasMessageContaining("square in its last two axes");
    }
}
