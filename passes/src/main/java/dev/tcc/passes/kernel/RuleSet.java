package dev.tcc.passes.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A named, ordered list of rules. Order matters only for speed and for which of two overlapping rules
 * fires first: every rule is correct alone. Rule sets compose by concatenation ({@link #and}).
 */
public record RuleSet(String name, List<Rule> rules) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    public static RuleSet of(String name, Rule... rules) { return new RuleSet(name, List.of(rules)); }

    /** The rules of several sets, in order, under a new name. */
    public static RuleSet compose(String name, RuleSet... sets) {
        List<Rule> all = new ArrayList<>();
        for (RuleSet s : sets) all.addAll(s.rules);
        return new RuleSet(name, all);
    }

    /** This set followed by {@code more}. */
    public RuleSet and(RuleSet more) { return compose(name + "+" + more.name, this, more); }

    /** The names of the rules, in order. */
    public List<String> ruleNames() { return rules.stream().map(Rule::name).toList(); }

    @Override public String toString() { return name + ruleNames(); }
}
