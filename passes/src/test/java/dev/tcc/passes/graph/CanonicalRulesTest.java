package dev.tcc.passes.graph;

import dev.tcc.frontend.text.IrParser;
import dev.tcc.ir.Graph;
import dev.tcc.ir.text.Printer;
import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.passes.lower.Tensors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code canonicalize}, rule by rule: textual IR before and after. */
class CanonicalRulesTest {

    /** Runs the pass on {@code before} and checks the result prints as {@code after} (parsed and printed again). */
    static void rewrites(GraphRuleSet rules, String before, String after) {
        Graph got = GraphRewriter.run(rules, IrParser.parseGraph(before)).graph();
        assertThat(Printer.print(got)).isEqualTo(Printer.print(IrParser.parseGraph(after)));
    }

    @Test
    void reshapeChainsCollapseAndIdentitiesVanish() {
        rewrites(CanonicalRules.RULES, """
                graph @g(%x: f32[2,3,4]) {
                  %a = reshape<shape=[6, 4]>(%x) : f32[6,4] @r1
                  %b = reshape<shape=[24]>(%a) : f32[24] @r2
                  %c = reshape<shape=[2, 3, 4]>(%b) : f32[2,3,4] @r3
                  %d = neg(%c) : f32[2,3,4] @n
                  return %d
                }
                """, """
                graph @g(%x: f32[2,3,4]) {
                  %d = neg(%x) : f32[2,3,4] @n
                  return %d
                }
                """);
    }

    @Test
    void transposesCompose() {
        rewrites(CanonicalRules.RULES, """
                graph @g(%x: f32[2,3,4]) {
                  %a = transpose<perm=[1, 0, 2]>(%x) : f32[3,2,4] @t1
                  %b = transpose<perm=[0, 2, 1]>(%a) : f32[3,4,2] @t2
                  return %b
                }
                """, """
                graph @g(%x: f32[2,3,4]) {
                  %b = transpose<perm=[1, 2, 0]>(%x) : f32[3,4,2] @t2
                  return %b
                }
                """);
        rewrites(CanonicalRules.RULES, """
                graph @g(%x: f32[2,3]) {
                  %a = transpose<perm=[1, 0]>(%x) : f32[3,2] @t1
                  %b = transpose<perm=[1, 0]>(%a) : f32[2,3] @t2
                  %c = exp(%b) : f32[2,3] @e
                  return %c
                }
                """, """
                graph @g(%x: f32[2,3]) {
                  %c = exp(%x) : f32[2,3] @e
                  return %c
                }
                """);
    }

    @Test
    void arithmeticIdentitiesGoOnlyWhereTheyKeepEveryBit() {
        rewrites(CanonicalRules.RULES, """
                graph @g(%x: f32[4], %i: i32[4]) {
                  %one = constant<value=dense<f32[]> [1.0]>() : f32[] @one
                  %zero = constant<value=dense<i32[]> [0]>() : i32[] @zero
                  %fzero = constant<value=dense<f32[]> [0.0]>() : f32[] @fzero
                  %a = mul(%one, %x) : f32[4] @m
                  %b = div(%a, %one) : f32[4] @d
                  %c = add(%b, %fzero) : f32[4] @keep
                  %j = add(%i, %zero) : i32[4] @iadd
                  %k = neg(%j) : i32[4] @n1
                  %l = neg(%k) : i32[4] @n2
                  return %c, %l
                }
                """, """
                graph @g(%x: f32[4], %i: i32[4]) {
                  %fzero = constant<value=dense<f32[]> [0.0]>() : f32[] @fzero
                  %c = add(%x, %fzero) : f32[4] @keep
                  return %c, %i as "l"
                }
                """);
    }

    @Test
    void aBroadcastingMultiplyByOneStays() {
        String g = """
                graph @g(%x: f32[4]) {
                  %one = constant<value=dense<f32[2,4]> [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]>() : f32[2,4] @one
                  %a = mul(%x, %one) : f32[2,4] @m
                  return %a
                }
                """;
        rewrites(CanonicalRules.RULES, g, g);
    }

    @Test
    void theEngineReportsFiringsAndReturnsTheSameGraphWhenNothingApplies() {
        Graph g = IrParser.parseGraph("""
                graph @g(%x: f32[2,3]) {
                  %a = reshape<shape=[3, 2]>(%x) : f32[3,2] @r1
                  %b = reshape<shape=[6]>(%a) : f32[6] @r2
                  return %b
                }
                """);
        GraphRewriter.Result r = GraphRewriter.run(CanonicalRules.RULES, g);
        assertThat(r.firings()).containsEntry("reshape-reshape", 1);
        assertThat(r.graph().nodes()).hasSize(1);
        assertThat(GraphRewriter.run(CanonicalRules.RULES, r.graph()).graph()).isSameAs(r.graph());
    }

    /** Llama's RMS norm (dynamo: reciprocal of sqrt; TorchScript: 1 / sqrt) becomes one op computing the same. */
    @Test
    void decomposedRmsNormsBecomeOneOp() {
        for (String inv : List.of("%r = reciprocal(%s) : f32[2,1,1] @inv", "%r = div(%one, %s) : f32[2,1,1] @inv")) {
            String before = """
                    graph @g(%x: f32[2,1,8], %w: f32[8]) {
                      %two = constant<value=dense<f32[]> [2.0]>() : f32[] @two
                      %eps = constant<value=dense<f32[]> [1.0E-6]>() : f32[] @eps
                      %one = constant<value=dense<f32[]> [1.0]>() : f32[] @one
                      %p = pow(%x, %two) : f32[2,1,8] @pow
                      %m = reduce<fn=mean, axes=[2], keep_dims=true>(%p) : f32[2,1,1] @mean
                      %a = add(%m, %eps) : f32[2,1,1] @add
                      %s = sqrt(%a) : f32[2,1,1] @sqrt
                      INV
                      %n = mul(%x, %r) : f32[2,1,8] @norm
                      %y = mul(%w, %n) : f32[2,1,8] @weight
                      return %y
                    }
                    """.replace("INV", inv);
            rewrites(CanonicalRules.RULES, before, """
                    graph @g(%x: f32[2,1,8], %w: f32[8]) {
                      %n = rms_norm<axis=2, epsilon=9.999999974752427E-7>(%x) : f32[2,1,8] @norm
                      %y = mul(%w, %n) : f32[2,1,8] @weight
                      return %y
                    }
                    """);
            Graph g = IrParser.parseGraph(before);
            Map<String, Tensor> in = Map.of("x", Tensor.ofDoubles(DType.F32, Shape.of(2, 1, 8), new double[] {
                    1, -2, 3, 0.5, 0, 7, -1, 2, 0.1, 0.2, -0.3, 0.4, 5, -6, 0.7, 0.8}),
                    "w", Tensor.ofDoubles(DType.F32, Shape.of(8), new double[] {1, 2, 3, 4, 0.5, -1, 1, 2}));
            Tensors.assertClose("rms", Interpreter.run(GraphRewriter.run(CanonicalRules.RULES, g).graph(), in), Interpreter.run(g, in), 1e-6, 1e-7);
        }
    }
}
