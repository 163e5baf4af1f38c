package dev.tcc.passes;

import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code eliminate-dead-code}: removes nodes none of whose outputs reach a graph output. Graph inputs are
 * kept even when unused (they are the compiled model's interface), and a node with several outputs stays
 * whole when any one of them is used. Returns its input when nothing is dead.
 */
public record EliminateDeadCode() implements Pass {
    @Override public String name() { return "eliminate-dead-code"; }

    @Override public String description() { return "remove nodes whose results no graph output needs"; }

    @Override public Graph apply(Graph g) {
        Set<String> live = new HashSet<>();
        for (Value v : g.outputs()) live.add(v.name());
        List<Node> nodes = g.nodes();
        boolean[] keep = new boolean[nodes.size()];
        int kept = 0;
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            if (n.outputs().stream().noneMatch(v -> live.contains(v.name()))) continue;
            keep[i] = true;
            kept++;
            for (Value in : n.inputs()) live.add(in.name());
        }
        if (kept == nodes.size()) return g;
        List<Node> out = new ArrayList<>(kept);
        for (int i = 0; i < nodes.size(); i++) if (keep[i]) out.add(nodes.get(i));
        return g.withNodes(out);
    }
}
