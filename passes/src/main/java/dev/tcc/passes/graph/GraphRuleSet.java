package dev.tcc.passes.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * A named, ordered list of graph rules. The first rule that applies at a node fires; every rule is correct
 * alone, so order only chooses between overlapping rules. Sets compose by concatenation.
 */
public record GraphRuleSet(String name, List<GraphRule> rules) {
    public GraphRuleSet {
        rules = List.copyOf(rules);
    }

    public static GraphRuleSet of(String name, GraphRule... rules) { return new GraphRuleSet(name, List.of(rules)); }

    /** The rules of several sets, in order, under a new name. */
    public static GraphRuleSet compose(String name, GraphRuleSet... sets) {
        List<GraphRule> all = new ArrayList<>();
        for (GraphRuleSet s : sets) all.addAll(s.rules);
        return new GraphRuleSet(name, all);
    }

    /** The names of the rules, in order. */
    public List<String> ruleNames() { return rules.stream().map(GraphRule::name).toList(); }

    @Override public String toString() { return name + ruleNames(); }
}
