package dev.tcc.passes.graph;

import dev.tcc.ir.Node;
import dev.tcc.ir.Value;

import java.util.List;
import java.util.Map;

/**
 * What a matched root becomes: {@code nodes} go where the root was (they may read any value defined before
 * the root, and define fresh values or the root's own outputs), and each value in {@code forward} is
 * replaced everywhere by another value defined before the root (for rewrites such as {@code x * 1 -> x}).
 * Every output of the root must be defined by {@code nodes} or forwarded. Nodes of the pattern above the
 * root that nothing reads any more are removed by the engine.
 */
public record Replacement(List<Node> nodes, Map<String, Value> forward) {
    public Replacement {
        nodes = List.copyOf(nodes);
        forward = Map.copyOf(forward);
    }

    /** The root replaced by {@code nodes}. */
    public static Replacement with(Node... nodes) { return new Replacement(List.of(nodes), Map.of()); }

    /** The root replaced by {@code nodes}. */
    public static Replacement with(List<Node> nodes) { return new Replacement(nodes, Map.of()); }

    /** The root's single output {@code out} replaced by {@code by}. */
    public static Replacement forward(Value out, Value by) { return new Replacement(List.of(), Map.of(out.name(), by)); }
}
