package dev.tcc.passes.graph;

import dev.tcc.ir.Graph;
import dev.tcc.passes.Pass;

/**
 * A graph pass that applies one rule set with {@link GraphRewriter} until nothing matches. Its name is the
 * rule set's ({@code canonicalize}, {@code recognize-attention}).
 *
 * @param rules       the rule set
 * @param description one line for {@code --passes} help
 */
public record RewritePass(GraphRuleSet rules, String description) implements Pass {
    @Override public String name() { return rules.name(); }

    @Override public Graph apply(Graph graph) { return GraphRewriter.run(rules, graph).graph(); }
}
