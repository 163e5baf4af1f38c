package dev.tcc.passes.graph;

import dev.tcc.ir.Node;

/**
 * One named graph rewrite: a pattern rooted at a node (usually a {@code switch} over the root's op with
 * record patterns, then walks up through {@link Match#producer}), its guards, and the nodes it becomes.
 * A rule answers null when it does not apply. When it applies, the {@link Replacement} must compute the
 * same values as the root under the graph IR's semantics, for every input; the guards prove it (constant
 * values, shapes, use counts). Rules live in {@link GraphRuleSet}s and are applied by {@link GraphRewriter}.
 */
public record GraphRule(String name, Pattern pattern) {

    /** Matches at {@code root} and says what replaces it, or null. */
    @FunctionalInterface
    public interface Pattern {
        Replacement apply(Node root, Match m);
    }

    public static GraphRule of(String name, Pattern p) { return new GraphRule(name, p); }
}
