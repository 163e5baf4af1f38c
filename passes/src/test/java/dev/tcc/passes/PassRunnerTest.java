package dev.tcc.passes;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PassRunnerTest {
    /** x + (a + b) with a, b constants: 4 nodes; folding and DCE leave 2. */
    private static Graph sample() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 2));
        Value a = b.constant("ca", Tensor.ofDoubles(DType.F32, Shape.of(2), new double[] {1, 2}), "a");
        Value c = b.constant("cb", Tensor.ofDoubles(DType.F32, Shape.of(2), new double[] {3, 4}), "b");
        Value s = b.add1("inner", new Binary(BinaryFn.ADD), a, c);
        Value y = b.add1("outer", new Binary(BinaryFn.ADD), x, s);
        return Checked.graph(b.build("g", List.of(y), List.of("y"), true));
    }

    /** A broken pass: drops the first node, leaving its uses dangling. */
    private static final Pass DROP_FIRST = new Pass() {
        @Override public String name() { return "drop-first"; }
        @Override public String description() { return "test pass"; }
        @Override public Graph apply(Graph g) { return g.withNodes(g.nodes().subList(1, g.nodes().size())); }
    };

    @Test
    void countsNodesAndTimesEveryPass() {
        PassRunner.Result r = PassRunner.defaults().run(sample());
        assertThat(r.stats()).extracting(PassRunner.PassStat::pass)
                .containsExactly("infer-shapes", "fold-constants", "eliminate-dead-code", "canonicalize", "recognize-attention");
        assertThat(r.stats()).extracting(PassRunner.PassStat::nodesBefore).containsExactly(4, 4, 4, 2, 2);
        assertThat(r.stats()).extracting(PassRunner.PassStat::nodesAfter).containsExactly(4, 4, 2, 2, 2);
        assertThat(r.stats()).allMatch(s -> s.nanos() >= 0);
        assertThat(Checked.graph(r.graph()).nodes()).hasSize(2);
        assertThat(r.report()).contains("fold-constants").contains("total");
    }

    @Test
    void dumpsBeforeAndAfterTheNamedPass() {
        List<String> dumps = new ArrayList<>();
        PassRunner.Options o = new PassRunner.Options(false,
                List.of(PassRunner.DumpPoint.parse("before:fold-constants"), PassRunner.DumpPoint.parse("after:eliminate-dead-code")), dumps::add);
        new PassRunner(Pipeline.defaults(), o).run(sample());
        assertThat(dumps).hasSize(2);
        assertThat(dumps.get(0)).startsWith("// IR before fold-constants\ngraph @g(%x: f32[2]) {\n").contains("%add = add(%a, %b) : f32[2] @inner");
        assertThat(dumps.get(1)).startsWith("// IR after eliminate-dead-code\n").contains("%add = constant<value=dense<f32[2]> [4.0, 6.0]>() : f32[2] @inner")
                .doesNotContain("%a =");
    }

    @Test
    void dumpAllAfterEveryPass() {
        List<String> dumps = new ArrayList<>();
        new PassRunner(Pipeline.defaults(), new PassRunner.Options(false, List.of(PassRunner.DumpPoint.parse("after:all")), dumps::add)).run(sample());
        assertThat(dumps).hasSize(Pipeline.defaults().size());
    }

    @Test
    void badDumpSpecsAreExplained() {
        assertThatThrownBy(() -> PassRunner.DumpPoint.parse("fold-constants")).hasMessageContaining("before:PASS or after:PASS");
        assertThatThrownBy(() -> new PassRunner(Pipeline.defaults(), new PassRunner.Options(false, List.of(PassRunner.DumpPoint.parse("after:frob")), s -> { })))
                .hasMessageContaining("'frob', which is not in the pipeline (infer-shapes, fold-constants, eliminate-dead-code, canonicalize, "
                        + "recognize-attention, merge-matmuls, fuse, lower)");
    }

    @Test
    void loweringStagesAreObservedLikePasses() {
        List<String> dumps = new ArrayList<>();
        PassRunner r = new PassRunner(Pipeline.defaults(), Pipeline.kernelDefaults(), new PassRunner.Options(true,
                List.of(PassRunner.DumpPoint.parse("after:fuse"), PassRunner.DumpPoint.parse("after:lower")), dumps::add));
        Graph g = r.run(sample()).graph();
        PassRunner.Lowered low = r.lower(g, dev.tcc.ir.program.Profile.GENERIC, dev.tcc.passes.lower.Tuning.DEFAULT);
        assertThat(dumps).hasSize(2);
        assertThat(dumps.get(0)).startsWith("// IR after fuse\n").contains("// fusion plan: " + low.plan().kernels().size() + " kernels");
        assertThat(dumps.get(1)).startsWith("// IR after lower\n").contains("kernel " + low.program().launches().getFirst().name());
        assertThat(low.stats()).extracting(PassRunner.PassStat::pass).startsWith("merge-matmuls", "fuse", "lower");
    }

    @Test
    void verifyNamesThePassThatBrokeTheIr() {
        Graph g = sample();
        PassRunner unchecked = new PassRunner(List.of(DROP_FIRST), PassRunner.Options.NONE);
        assertThat(unchecked.run(g).graph().nodes()).hasSize(3); // no verification: the damage goes unnoticed
        PassRunner checked = new PassRunner(List.of(new InferShapes(), DROP_FIRST), new PassRunner.Options(true, List.of(), s -> { }));
        assertThatThrownBy(() -> checked.run(g)).isInstanceOf(IrException.class)
                .hasMessageStartingWith("invalid IR after pass 'drop-first' in graph 'g': node 'inner' (add): uses %a before it is defined");
    }

    @Test
    void passFailuresNameThePass() {
        Pass failing = new Pass() {
            @Override public String name() { return "explode"; }
            @Override public String description() { return "test pass"; }
            @Override public Graph apply(Graph g) { throw new IrException("node 'n' (add): boom"); }
        };
        assertThatThrownBy(() -> new PassRunner(List.of(failing), PassRunner.Options.NONE).run(sample()))
                .hasMessage("pass 'explode' failed: node 'n' (add): boom");
    }

    @Test
    void pipelinesParseByName() {
        assertThat(Passes.parse("default")).isEqualTo(Pipeline.defaults());
        assertThat(Passes.parse("none")).isEmpty();
        assertThat(Passes.parse("fold-constants, eliminate-dead-code")).extracting(Pass::name).containsExactly("fold-constants", "eliminate-dead-code");
        assertThatThrownBy(() -> Passes.parse("fold")).hasMessage("unknown pass 'fold'; known passes: infer-shapes, fold-constants, eliminate-dead-code, canonicalize, "
                + "recognize-attention, quantize-weights");
    }

    @Test
    void fallbackPrinterShowsTheSameGraph() {
        String text = IrText.fallback(sample());
        assertThat(text).startsWith("graph @g(%x: f32[2]) {\n").contains("%add = add(%a, %b) : f32[2] @inner").endsWith("  return %add_1 as \"y\"\n}\n");
    }
}
