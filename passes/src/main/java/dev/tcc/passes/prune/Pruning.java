package dev.tcc.passes.prune;

import dev.tcc.ir.Graph;
import dev.tcc.passes.EliminateDeadCode;
import dev.tcc.passes.InferShapes;

import java.util.List;

/**
 * Pruning of a graph's constant weights, run after the graph passes (weights are then folded constants):
 * {@link WeightSparsity} for {@code magnitude:R} and {@code N:M}, {@link ChannelPruning} for {@code channels:R} and
 * {@code channels:R:inner}.
 */
public final class Pruning {
    private Pruning() {}

    /**
     * A pruned graph and what was done.
     *
     * @param graph    the pruned graph (types re-inferred, unused constants dropped)
     * @param sparsity the share of zeros over the elements of the matmul and conv weights after pruning
     * @param summary  one line saying what was pruned
     * @param details  one line per weight tensor or channel group, including what was left untouched and why
     */
    public record Result(Graph graph, double sparsity, String summary, List<String> details) {
        public Result { details = List.copyOf(details); }
    }

    /** Prunes {@code g} as {@code spec} says. */
    public static Result prune(Graph g, PruneSpec spec) {
        Result r = switch (spec.kind()) {
            case MAGNITUDE, N_OF_M -> WeightSparsity.apply(g, spec);
            case CHANNELS -> ChannelPruning.apply(g, spec.ratio(), true);
            case INNER_CHANNELS -> ChannelPruning.apply(g, spec.ratio(), false);
        };
        Graph tidy = new EliminateDeadCode().apply(new InferShapes().apply(r.graph()));
        return new Result(tidy, WeightSparsity.sparsity(tidy), r.summary(), r.details());
    }
}
