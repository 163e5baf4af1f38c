package dev.tcc.passes;

import dev.tcc.frontend.text.RoundTrip;
import dev.tcc.ir.Graph;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: every well-formed graph a pass test builds or a pass returns is verified and round-trips through its text. */
final class Checked {
    private Checked() {}

    /** {@code g}, after checking it is valid IR and that {@code parse(print(g))} equals it. */
    static Graph graph(Graph g) {
        assertThat(Verifier.problems(g)).as("IR problems of " + g.name()).isEmpty();
        RoundTrip.check(g);
        return g;
    }

    /** {@code pass} applied to {@code before}, both checked. */
    static Graph apply(Pass pass, Graph before) { return graph(pass.apply(graph(before))); }
}
