package dev.tcc.passes.graph;

import dev.tcc.ir.Graph;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Node;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one fixed-point engine that applies a {@link GraphRuleSet} to a graph. It walks the nodes in order and
 * tries the rules at each; the first rule that applies replaces the node ({@link Replacement}), values it
 * forwards are substituted everywhere, and nodes nothing reads any more are dropped; then the walk starts
 * again, until one finds nothing to rewrite. Rules therefore always match against the graph as it stands (use
 * counts and producers are never stale); a walk is cheap next to what the rewrites save.
 */
public final class GraphRewriter {
    /** Rewrites before the engine gives up: more than any model needs, so hitting it means two rules undo each other. */
    static final int MAX_FIRINGS = 100_000;

    private final GraphRuleSet rules;
    private final Map<String, Integer> firings = new TreeMap<>();
    private int total;

    /** The outcome of a run: the graph and how often each rule fired. */
    public record Result(Graph graph, Map<String, Integer> firings) {}

    private GraphRewriter(GraphRuleSet rules) { this.rules = rules; }

    /** Applies {@code rules} to {@code g} until no rule applies anywhere; returns {@code g} itself when none ever did. */
    public static Result run(GraphRuleSet rules, Graph g) {
        GraphRewriter engine = new GraphRewriter(rules);
        Set<String> names = new HashSet<>();
        g.inputs().forEach(v -> names.add(v.name()));
        for (Node n : g.nodes()) n.outputs().forEach(v -> names.add(v.name()));
        walk:
        while (true) {
            Match m = new Match(g, names);
            for (int i = 0; i < g.nodes().size(); i++) {
                Node root = g.nodes().get(i);
                for (GraphRule r : rules.rules()) {
                    Replacement rep = r.pattern().apply(root, m);
                    if (rep == null) continue;
                    engine.fired(r.name());
                    g = replace(g, i, rep, r.name());
                    continue walk;
                }
            }
            break;
        }
        return new Result(g, Map.copyOf(engine.firings));
    }

    private void fired(String rule) {
        firings.merge(rule, 1, Integer::sum);
        if (++total > MAX_FIRINGS) {
            throw new IllegalStateException("rule set " + rules.name() + " fired more than " + MAX_FIRINGS + " times (" + firings
                    + "); two rules undo each other");
        }
    }

    /** {@code g} with node {@code at} replaced, forwards substituted and dead nodes dropped. */
    static Graph replace(Graph g, int at, Replacement rep, String rule) {
        Node root = g.nodes().get(at);
        Map<String, Value> defined = new HashMap<>();
        for (Node n : rep.nodes()) for (Value v : n.outputs()) defined.put(v.name(), v);
        for (Value out : root.outputs()) {
            Value now = defined.get(out.name());
            Value fwd = rep.forward().get(out.name());
            if (now == null && fwd == null) throw new IrException("rule " + rule + " at node '" + root.name() + "' leaves " + out + " undefined");
            Value becomes = now != null ? now : fwd;
            if (!becomes.type().equals(out.type())) {
                throw new IrException("rule " + rule + " at node '" + root.name() + "' changes the type of %" + out.name() + " from "
                        + out.type() + " to " + becomes.type());
            }
        }
        List<Node> nodes = new ArrayList<>(g.nodes().size() + rep.nodes().size());
        nodes.addAll(g.nodes().subList(0, at));
        nodes.addAll(rep.nodes());
        for (Node n : g.nodes().subList(at + 1, g.nodes().size())) nodes.add(substitute(n, rep.forward()));
        List<Value> outputs = g.outputs().stream().map(v -> rep.forward().getOrDefault(v.name(), v)).toList();
        return dropDead(new Graph(g.name(), g.inputs(), nodes, outputs, g.outputNames()));
    }

    private static Node substitute(Node n, Map<String, Value> fwd) {
        if (fwd.isEmpty() || n.inputs().stream().noneMatch(v -> fwd.containsKey(v.name()))) return n;
        return new Node(n.name(), n.op(), n.inputs().stream().map(v -> fwd.getOrDefault(v.name(), v)).toList(), n.outputs());
    }

    /** {@code g} without nodes none of whose outputs is read (as {@code eliminate-dead-code} does). */
    static Graph dropDead(Graph g) {
        Set<String> live = new HashSet<>();
        g.outputs().forEach(v -> live.add(v.name()));
        List<Node> nodes = g.nodes();
        boolean[] keep = new boolean[nodes.size()];
        int kept = 0;
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            if (n.outputs().stream().noneMatch(v -> live.contains(v.name()))) continue;
            keep[i] = true;
            kept++;
            n.inputs().forEach(v -> live.add(v.name()));
        }
        if (kept == nodes.size()) return g;
        List<Node> out = new ArrayList<>(kept);
        for (int i = 0; i < nodes.size(); i++) if (keep[i]) out.add(nodes.get(i));
        return g.withNodes(out);
    }
}
