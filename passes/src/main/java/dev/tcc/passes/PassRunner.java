package dev.tcc.passes;

import dev.tcc.ir.Graph;
import dev.tcc.ir.IrException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs passes in order and does, once for all passes, what none of them does itself: it times each pass,
 * counts nodes before and after, verifies the IR after each pass when asked ({@link Verifier}), and hands
 * the textual IR before or after the named passes to a dump sink.
 *
 * @param passes  the pipeline, in order
 * @param options what to observe
 */
public record PassRunner(List<Pass> passes, Options options) {
    public PassRunner {
        passes = List.copyOf(passes);
        Set<String> names = passes.stream().map(Pass::name).collect(Collectors.toSet());
        for (DumpPoint d : options.dumps()) {
            if (!d.pass().equals(DumpPoint.ALL) && !names.contains(d.pass())) {
                throw new IllegalArgumentException("--dump-ir names pass '" + d.pass() + "', which is not in the pipeline ("
                        + (names.isEmpty() ? "no passes" : passes.stream().map(Pass::name).collect(Collectors.joining(", "))) + ")");
            }
        }
    }

    /**
     * What the runner observes.
     *
     * @param verify   check the IR before the first pass and after every pass ({@code --verify}); default off
     * @param dumps    where to print the IR ({@code --dump-ir}); default none
     * @param dumpSink receives each dump: a header line {@code // IR after fold-constants} and the IR text
     */
    public record Options(boolean verify, List<DumpPoint> dumps, Consumer<String> dumpSink) {
        public Options { dumps = List.copyOf(dumps); }

        public static final Options NONE = new Options(false, List.of(), s -> { });
    }

    /** When to dump the IR. */
    public enum When { BEFORE, AFTER }

    /**
     * A dump request, written {@code before:PASS} or {@code after:PASS}; {@code PASS} may be {@code all}.
     */
    public record DumpPoint(When when, String pass) {
        public static final String ALL = "all";

        /** Parses {@code after:fold-constants}; an error saying the expected form otherwise. */
        public static DumpPoint parse(String spec) {
            int colon = spec.indexOf(':');
            String when = colon < 0 ? "" : spec.substring(0, colon);
            String pass = colon < 0 ? "" : spec.substring(colon + 1).strip();
            if (pass.isEmpty() || !(when.equals("before") || when.equals("after"))) {
                throw new IllegalArgumentException("--dump-ir expects before:PASS or after:PASS (PASS may be 'all'), got '" + spec + "'");
            }
            return new DumpPoint(when.equals("before") ? When.BEFORE : When.AFTER, pass);
        }

        boolean matches(When w, String passName) { return when == w && (pass.equals(ALL) || pass.equals(passName)); }
    }

    /** What one pass did: wall time and node counts. */
    public record PassStat(String pass, long nanos, int nodesBefore, int nodesAfter) {
        public double millis() { return nanos / 1e6; }
    }

    /** The final graph and one {@link PassStat} per pass, in order. */
    public record Result(Graph graph, List<PassStat> stats) {
        public Result { stats = List.copyOf(stats); }

        /** A small table of the stats, one line per pass, for {@code --time-passes}. */
        public String report() {
            StringBuilder b = new StringBuilder(String.format("%-24s %10s %8s %8s%n", "pass", "ms", "nodes", "after"));
            long total = 0;
            for (PassStat s : stats) {
                b.append(String.format("%-24s %10.2f %8d %8d%n", s.pass(), s.millis(), s.nodesBefore(), s.nodesAfter()));
                total += s.nanos();
            }
            return b.append(String.format("%-24s %10.2f%n", "total", total / 1e6)).toString();
        }
    }

    /** A runner for the default pipeline with no observation. */
    public static PassRunner defaults() { return new PassRunner(Pipeline.defaults(), Options.NONE); }

    /**
     * Runs the pipeline on {@code g}.
     *
     * @throws IrException when a pass fails or, with {@code verify}, leaves invalid IR (the message names the pass)
     */
    public Result run(Graph g) {
        if (options.verify()) Verifier.verify(g, "before the first pass");
        List<PassStat> stats = new ArrayList<>();
        for (Pass p : passes) {
            dump(When.BEFORE, p, g);
            int before = g.nodes().size();
            long t0 = System.nanoTime();
            Graph next;
            try {
                next = p.apply(g);
            } catch (IrException e) {
                throw new IrException("pass '" + p.name() + "' failed: " + e.getMessage(), e);
            }
            long t1 = System.nanoTime();
            stats.add(new PassStat(p.name(), t1 - t0, before, next.nodes().size()));
            g = next;
            if (options.verify()) Verifier.verify(g, "after pass '" + p.name() + "'");
            dump(When.AFTER, p, g);
        }
        return new Result(g, stats);
    }

    private void dump(When when, Pass p, Graph g) {
        for (DumpPoint d : options.dumps()) {
            if (d.matches(when, p.name())) {
                options.dumpSink().accept("// IR " + when.name().toLowerCase() + " " + p.name() + "\n" + IrText.print(g));
                return;
            }
        }
    }
}
