package dev.tcc.passes.graph;

import dev.tcc.frontend.text.IrParser;
import dev.tcc.ir.Graph;
import dev.tcc.ir.text.Printer;
import org.junit.jupiter.api.Test;

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
}
