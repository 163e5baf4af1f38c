package dev.tcc.passes.graph;

import dev.tcc.frontend.text.IrParser;
import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.passes.lower.Tensors;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code recognize-attention}: the exporters' decompositions become one attention op that computes the same
 * (checked on the reference interpreter with random inputs), and look-alikes that are not attention stay.
 */
class AttentionRulesTest {

    /** PyTorch's dynamo export of scaled_dot_product_attention: sqrt(scale) on Q and on Kᵀ, additive mask, NaN guard. */
    static final String DYNAMO = """
            graph @g(%q: f32[1,2,5,4], %k: f32[1,2,5,4], %v: f32[1,2,5,3], %mask: f32[1,1,5,5]) {
              %c = constant<value=dense<f32[]> [0.70710677]>() : f32[] @c
              %zero = constant<value=dense<f32[]> [0.0]>() : f32[] @zero
              %k3 = reshape<shape=[2, 5, 4]>(%k) : f32[2,5,4] @kr
              %kt3 = transpose<perm=[0, 2, 1]>(%k3) : f32[2,4,5] @kt
              %kt = reshape<shape=[1, 2, 4, 5]>(%kt3) : f32[1,2,4,5] @ktr
              %qs = mul(%q, %c) : f32[1,2,5,4] @qs
              %ks = mul(%kt, %c) : f32[1,2,4,5] @ks
              %s = matmul(%qs, %ks) : f32[1,2,5,5] @qk
              %b = add(%s, %mask) : f32[1,2,5,5] @bias
              %p = softmax<axis=3, log=false>(%b) : f32[1,2,5,5] @softmax
              %nan = is_nan(%p) : bool[1,2,5,5] @isnan
              %pz = select(%nan, %zero, %p) : f32[1,2,5,5] @guard
              %y = matmul(%pz, %v) : f32[1,2,5,3] @pv
              return %y
            }
            """;

    private static Graph rewrite(String text) { return GraphRewriter.run(AttentionRules.RULES, IrParser.parseGraph(text)).graph(); }

    private static List<Node> ops(Graph g, Class<?> op) { return g.nodes().stream().filter(n -> op.isInstance(n.op())).toList(); }

    private static Map<String, Tensor> random(Graph g, long seed) {
        Random r = new Random(seed);
        Map<String, Tensor> in = new HashMap<>();
        for (Value v : g.inputs()) {
            double[] d = new double[(int) v.type().size()];
            for (int i = 0; i < d.length; i++) d[i] = v.type().dtype() == DType.BOOL ? (r.nextInt(4) > 0 ? 1 : 0) : r.nextGaussian();
            in.put(v.name(), v.type().dtype() == DType.BOOL ? Tensor.ofLongs(DType.BOOL, v.type().shape(), java.util.Arrays.stream(d).mapToLong(x -> (long) x).toArray())
                    : Tensor.ofDoubles(v.type().dtype(), v.type().shape(), d));
        }
        return in;
    }

    private static void computesTheSame(String text) {
        Graph before = IrParser.parseGraph(text), after = rewrite(text);
        for (long seed = 1; seed <= 3; seed++) {
            Map<String, Tensor> in = random(before, seed);
            Tensors.assertClose("seed " + seed, Interpreter.run(after, in), Interpreter.run(before, in), 1e-5, 1e-6);
        }
    }

    @Test
    void theDynamoFormIsOneAttentionOp() {
        Graph g = rewrite(DYNAMO);
        assertThat(ops(g, Structured.Attention.class)).hasSize(1);
        assertThat(ops(g, Structured.Softmax.class)).isEmpty();
        Structured.Attention a = (Structured.Attention) ops(g, Structured.Attention.class).getFirst().op();
        assertThat(a.scale()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(a.hasMask()).isTrue();
        computesTheSame(DYNAMO);
    }

    @Test
    void theTorchScriptFormWithABooleanMaskAndAScaledScoreIsOneAttentionOp() {
        String ts = """
                graph @g(%q: f32[2,3,6,4], %k: f32[2,3,6,4], %v: f32[2,3,6,4], %keep: bool[2,1,1,6]) {
                  %d = constant<value=dense<f32[]> [2.0]>() : f32[] @d
                  %ninf = constant<value=dense<f32[]> [-inf]>() : f32[] @ninf
                  %zero = constant<value=dense<f32[]> [0.0]>() : f32[] @zero
                  %kt = transpose<perm=[0, 1, 3, 2]>(%k) : f32[2,3,4,6] @kt
                  %s = matmul(%q, %kt) : f32[2,3,6,6] @qk
                  %ss = div(%s, %d) : f32[2,3,6,6] @scale
                  %m = select(%keep, %ss, %ninf) : f32[2,3,6,6] @mask
                  %p = softmax<axis=3, log=false>(%m) : f32[2,3,6,6] @softmax
                  %nan = is_nan(%p) : bool[2,3,6,6] @isnan
                  %pz = select(%nan, %zero, %p) : f32[2,3,6,6] @guard
                  %y = matmul(%pz, %v) : f32[2,3,6,4] @pv
                  return %y
                }
                """;
        Graph g = rewrite(ts);
        assertThat(ops(g, Structured.Attention.class)).hasSize(1);
        assertThat(ops(g, Structured.Softmax.class)).isEmpty();
        computesTheSame(ts);
    }

    @Test
    void aConstantCausalMaskBecomesTheCausalFlagAndGroupedHeadsStayIndexMaps() {
        // llama's form: key/value heads broadcast by expand, mask of the type's lowest value above the diagonal, no NaN guard
        String llama = """
                graph @g(%q: f32[1,4,3,2], %k: f32[1,2,3,2], %v: f32[1,2,3,2]) {
                  %mask = constant<value=dense<f32[1,1,3,3]> [0.0, -3.4028235E38, -3.4028235E38, 0.0, 0.0, -3.4028235E38, 0.0, 0.0, 0.0]>() : f32[1,1,3,3] @mask
                  %k5 = reshape<shape=[1, 2, 1, 3, 2]>(%k) : f32[1,2,1,3,2] @ku
                  %ke = expand<shape=[1, 2, 2, 3, 2]>(%k5) : f32[1,2,2,3,2] @ke
                  %kg = reshape<shape=[1, 4, 3, 2]>(%ke) : f32[1,4,3,2] @kg
                  %v5 = reshape<shape=[1, 2, 1, 3, 2]>(%v) : f32[1,2,1,3,2] @vu
                  %ve = expand<shape=[1, 2, 2, 3, 2]>(%v5) : f32[1,2,2,3,2] @ve
                  %vg = reshape<shape=[1, 4, 3, 2]>(%ve) : f32[1,4,3,2] @vg
                  %kt = transpose<perm=[0, 1, 3, 2]>(%kg) : f32[1,4,2,3] @kt
                  %s = matmul(%q, %kt) : f32[1,4,3,3] @qk
                  %b = add(%mask, %s) : f32[1,4,3,3] @bias
                  %p = softmax<axis=3, log=false>(%b) : f32[1,4,3,3] @softmax
                  %y = matmul(%p, %vg) : f32[1,4,3,2] @pv
                  return %y
                }
                """;
        Graph g = rewrite(llama);
        List<Node> att = ops(g, Structured.Attention.class);
        assertThat(att).hasSize(1);
        assertThat(((Structured.Attention) att.getFirst().op()).causal()).isTrue();
        assertThat(((Structured.Attention) att.getFirst().op()).hasMask()).isFalse();
        computesTheSame(llama);
    }

    @Test
    void masksShorterThanTheKeysBroadcastAsInTheDecomposition() {
        // a scalar score bias (ONNX FlexAttention's expanded form) and a one-key mask: the attention op would mask
        // keys past a shorter mask, so the rule expands it along the keys
        for (String mask : List.of("%m = constant<value=dense<f32[]> [0.5]>() : f32[] @m",
                "%m = constant<value=dense<f32[1,1,3,1]> [0.5, -1.0, 2.0]>() : f32[1,1,3,1] @m")) {
            String text = """
                    graph @g(%q: f32[1,2,3,4], %kt: f32[1,2,4,5], %v: f32[1,2,5,4]) {
                      MASK
                      %s = matmul(%q, %kt) : f32[1,2,3,5] @qk
                      %b = add(%s, %m) : f32[1,2,3,5] @bias
                      %p = softmax<axis=3, log=false>(%b) : f32[1,2,3,5] @softmax
                      %y = matmul(%p, %v) : f32[1,2,3,4] @pv
                      return %y
                    }
                    """.replace("MASK", mask);
            assertThat(ops(rewrite(text), Structured.Attention.class)).hasSize(1);
            computesTheSame(text);
        }
    }

    @Test
    void rankThreeHeadsGetALeadingAxis() {
        String r3 = """
                graph @g(%q: f32[4,5,8], %kt: f32[4,8,7], %v: f32[4,7,3]) {
                  %s = matmul(%q, %kt) : f32[4,5,7] @qk
                  %p = softmax<axis=2, log=false>(%s) : f32[4,5,7] @softmax
                  %y = matmul(%p, %v) : f32[4,5,3] @pv
                  return %y
                }
                """;
        assertThat(ops(rewrite(r3), Structured.Attention.class)).hasSize(1);
        computesTheSame(r3);
    }

    @Test
    void lookAlikesStay() {
        // the probabilities are an output too; softmax over another axis; a computed mask without the NaN guard
        for (String text : List.of("""
                graph @g(%q: f32[1,1,3,2], %kt: f32[1,1,2,3], %v: f32[1,1,3,2]) {
                  %s = matmul(%q, %kt) : f32[1,1,3,3] @qk
                  %p = softmax<axis=3, log=false>(%s) : f32[1,1,3,3] @softmax
                  %y = matmul(%p, %v) : f32[1,1,3,2] @pv
                  return %y, %p
                }
                """, """
                graph @g(%q: f32[1,1,3,2], %kt: f32[1,1,2,3], %v: f32[1,1,3,2]) {
                  %s = matmul(%q, %kt) : f32[1,1,3,3] @qk
                  %p = softmax<axis=2, log=false>(%s) : f32[1,1,3,3] @softmax
                  %y = matmul(%p, %v) : f32[1,1,3,2] @pv
                  return %y
                }
                """, """
                graph @g(%q: f32[1,1,3,2], %kt: f32[1,1,2,3], %v: f32[1,1,3,2], %m: f32[1,1,3,3]) {
                  %s = matmul(%q, %kt) : f32[1,1,3,3] @qk
                  %b = add(%s, %m) : f32[1,1,3,3] @bias
                  %p = softmax<axis=3, log=false>(%b) : f32[1,1,3,3] @softmax
                  %y = matmul(%p, %v) : f32[1,1,3,2] @pv
                  return %y
                }
                """)) {
            Graph g = IrParser.parseGraph(text);
            assertThat(rewrite(text)).as(text).isEqualTo(g);
        }
    }
}
