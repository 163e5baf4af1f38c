package dev.tcc.frontend.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import dev.tcc.ir.text.Printer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The printed form of a small graph is pinned in {@code small-graph.tir}, so a change of the text form shows
 * up as a reviewed diff. Regenerate with {@code -Dtcc.updateGolden=true}.
 */
class GoldenTextTest {
    private static final String GOLDEN = "small-graph.tir";

    static Graph smallGraph() {
        Value x = new Value("x", TensorType.of(DType.F32, 2, 3));
        Value ids = new Value("onnx::ids", TensorType.of(DType.I64, 4));
        Value w = new Value("w", TensorType.of(DType.F32, 3));
        Value table = new Value("/embed/table.weight", TensorType.of(DType.F16, 5, 4));
        Value y = new Value("y", TensorType.of(DType.F32, 2, 3));
        Value z = new Value("z", TensorType.of(DType.F32, 2, 3));
        Value mean = new Value("mean", TensorType.of(DType.F32, 2, 1));
        Value rstd = new Value("rstd", TensorType.of(DType.F32, 2, 1));
        Value s = new Value("s", TensorType.of(DType.F32, 2));
        Value e = new Value("e", TensorType.of(DType.F16, 4, 4));
        double[] tableData = new double[20];
        for (int i = 0; i < 20; i++) tableData[i] = i * 0.25 - 1;
        List<Node> nodes = List.of(
                new Node("w", new Op.Constant(Tensor.ofDoubles(DType.F32, Shape.of(3), new double[] {1.0, 0.1, -2.5})), List.of(), List.of(w)),
                new Node("embed/table", new Op.Constant(Tensor.ofDoubles(DType.F16, Shape.of(5, 4), tableData)), List.of(), List.of(table)),
                new Node("Add_3", new Elementwise.Binary(BinaryFn.ADD), List.of(x, w), List.of(y)),
                new Node("ln", new Structured.LayerNorm(1, 1e-5, true, DType.F32), List.of(y, w, w), List.of(z, mean, rstd)),
                new Node("", new Reduction.Reduce(Reduction.ReduceFn.SUM, List.of(1), false), List.of(z), List.of(s)),
                new Node("gather \"ids\"", new Movement.Gather(0), List.of(table, ids), List.of(e)));
        return new Graph("small", List.of(x, ids), nodes, List.of(z, s, e), List.of("output", "s", "embedding:0"));
    }

    @Test
    void printMatchesTheGoldenFile() throws IOException {
        String text = Printer.print(smallGraph());
        if (Boolean.getBoolean("tcc.updateGolden")) {
            Files.writeString(Path.of("src/test/resources/dev/tcc/frontend/text", GOLDEN), text);
        }
        assertThat(text).isEqualTo(golden());
    }

    @Test
    void goldenFileParsesToTheGraph() throws IOException {
        assertThat(IrParser.parseGraph(golden())).isEqualTo(smallGraph());
    }

    @Test
    void commentsAndLayoutDoNotMatter() throws IOException {
        String loose = "// a comment\n" + golden().replace(", ", " ,\n\t ").replace("(", " ( // note\n");
        assertThat(IrParser.parseGraph(loose)).isEqualTo(smallGraph());
    }

    @Test
    void theExampleInThePrinterJavadocParsesAndRoundTrips() {
        String example = """
                graph @main(%x: f32[1,3], %"onnx::ids": i64[1,24]) {
                  %w = constant<value=dense<f32[3]> [1.0, 0.5, -2.0]>() : f32[3] @w
                  %y = add(%x, %w) : f32[1,3] @Add_3
                  %z, %mean, %rstd = layer_norm<axis=1, epsilon=1.0E-5, stats_outputs=true, stats_type=f32>(%y, %w) : f32[1,3], f32[1,1], f32[1,1] @ln
                  return %z as "output", %y
                }
                """;
        Graph g = IrParser.parseGraph(example);
        assertThat(g.outputNames()).containsExactly("output", "y");
        assertThat(Printer.print(RoundTrip.check(g))).isEqualTo(example);
    }

    private static String golden() throws IOException {
        try (InputStream in = GoldenTextTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden file " + GOLDEN + " (create it with -Dtcc.updateGolden=true)").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
