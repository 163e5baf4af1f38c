package dev.tcc.passes.graph;

/** The graph rule sets as passes, by the names the pipeline and {@code --passes} use. */
public final class GraphPasses {
    private GraphPasses() {}

    /** {@code canonicalize}: {@link CanonicalRules}. */
    public static final RewritePass CANONICALIZE = new RewritePass(CanonicalRules.RULES,
            "collapse reshape and transpose chains, drop identities (x*1, x/1, double negation) and recognise decomposed norms");

    /** {@code recognize-attention}: {@link AttentionRules}. */
    public static final RewritePass RECOGNIZE_ATTENTION = new RewritePass(AttentionRules.RULES,
            "rewrite matmul(softmax(scale * Q.K^T + mask), V) to one attention op (no score matrix in memory)");
}
