package dev.tcc.passes;

import dev.tcc.ir.Graph;

/**
 * A graph-to-graph transformation with a stable name. Passes are stateless and pure: the same graph in
 * gives an equal graph out, and the input graph is never changed (graphs are immutable anyway). A pass that
 * has nothing to do returns its input unchanged.
 *
 * <p>Passes do not time themselves, count nodes, verify or print IR: {@link PassRunner} does that for every
 * pass alike. A pass reports a problem it cannot handle by throwing {@link dev.tcc.ir.IrException} with a
 * message naming the node and op.
 */
public interface Pass {

    /** The pass's name in pipelines and on the command line, verb-noun in kebab case: {@code fold-constants}. */
    String name();

    /** One line saying what the pass does (shown in the {@code --passes} help). */
    String description();

    /** Transforms {@code graph}. */
    Graph apply(Graph graph);
}
