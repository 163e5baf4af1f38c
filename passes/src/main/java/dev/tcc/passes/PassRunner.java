package dev.tcc.passes;

import dev.tcc.ir.Graph;
import dev.tcc.ir.IrException;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;
import dev.tcc.passes.fusion.Fusion;
import dev.tcc.passes.fusion.FusionText;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.passes.lower.KernelTunings;
import dev.tcc.passes.lower.Tuning;
import dev.tcc.passes.lower.WeightCache;

import java.util.ArrayList;
import java.util.List;
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
public record PassRunner(List<Pass> passes, List<KernelPass> kernelPasses, Options options) {
    /** The stage that merges matmuls of one left operand into one launch ({@link MergeMatMuls}), the first of lowering. */
    public static final String MERGE = "merge-matmuls";
    /** The stage that plans fusion: which values get buffers and which kernel computes each. */
    public static final String FUSE = "fuse";
    /** The stage that lowers the fused graph to kernel IR through the templates. */
    public static final String LOWER = "lower";

    public PassRunner {
        passes = List.copyOf(passes);
        kernelPasses = List.copyOf(kernelPasses);
        List<String> names = stageNames(passes, kernelPasses);
        for (DumpPoint d : options.dumps()) {
            if (!d.pass().equals(DumpPoint.ALL) && !names.contains(d.pass())) {
                throw new IllegalArgumentException("--dump-ir names stage '" + d.pass() + "', which is not in the pipeline ("
                        + String.join(", ", names) + ")");
            }
        }
    }

    /** A runner of graph passes only (lowering stages then run with no kernel passes). */
    public PassRunner(List<Pass> passes, Options options) { this(passes, List.of(), options); }

    /** Every stage name in order: graph passes, {@code merge-matmuls}, {@code fuse}, {@code lower}, kernel passes. */
    public static List<String> stageNames(List<Pass> passes, List<KernelPass> kernelPasses) {
        List<String> names = new ArrayList<>();
        passes.forEach(p -> names.add(p.name()));
        names.add(MERGE);
        names.add(FUSE);
        names.add(LOWER);
        kernelPasses.forEach(p -> names.add(p.name()));
        return names;
    }

    /** {@link #stageNames(List, List)} of this runner. */
    public List<String> stageNames() { return stageNames(passes, kernelPasses); }

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
    public static PassRunner defaults() { return withOptions(Options.NONE); }

    /** A runner for the default pipeline (graph and kernel passes) with {@code options}. */
    public static PassRunner withOptions(Options options) {
        return new PassRunner(Pipeline.defaults(), Pipeline.kernelDefaults(), options);
    }

    /**
     * What the lowering stages made: the graph fused (with its matmuls merged), the fusion plan and the lowered
     * program after the kernel passes.
     *
     * @param graph   the graph the plan is of: the graph given, with {@link MergeMatMuls} applied
     * @param plan    the fusion plan of {@code graph}
     * @param program the program after every kernel pass
     * @param stats   one {@link PassStat} per stage ({@code merge-matmuls}, {@code fuse}, {@code lower}, kernel passes);
     *                node counts are graph nodes for merge-matmuls, graph nodes before and kernels after for fuse and
     *                lower, kernels for kernel passes
     */
    public record Lowered(Graph graph, Fusion.Plan plan, KernelProgram program, List<PassStat> stats) {
        public Lowered { stats = List.copyOf(stats); }
    }

    /**
     * Runs the lowering stages on {@code given} (a graph after the graph passes): merging matmuls that share a left operand,
     * fusion, lowering for {@code profile} with {@code tuning}, then every kernel pass, timed, verified and dumped like
     * the graph passes. Merging is a lowering stage, not a graph pass, because it only decides launches, as fusion
     * does, and the passes that follow the graph pipeline (pruning, quantisation) look for one matmul per weight.
     *
     * @throws LoweringException naming the node and op a template cannot handle
     */
    public Lowered lower(Graph g, Profile profile, Tuning tuning) { return lower(g, profile, KernelTunings.uniform(tuning)); }

    /** Like {@link #lower(Graph, Profile, Tuning)}, each kernel with the parameters {@code tuning} chooses for it. */
    public Lowered lower(Graph g, Profile profile, KernelTunings tuning) { return lower(g, profile, tuning, new WeightCache()); }

    /**
     * Like {@link #lower(Graph, Profile, KernelTunings)}, taking the weight bytes from {@code weights} where an earlier
     * lowering through it placed the same tensors alike: a caller that lowers one graph many times (the autotuner, once
     * per candidate) keeps one.
     */
    public Lowered lower(Graph given, Profile profile, KernelTunings tuning, WeightCache weights) {
        List<PassStat> stats = new ArrayList<>();
        dumpText(When.BEFORE, MERGE, () -> IrText.print(given));
        long m0 = System.nanoTime();
        Graph g = new MergeMatMuls().apply(given);
        stats.add(new PassStat(MERGE, System.nanoTime() - m0, given.nodes().size(), g.nodes().size()));
        if (options.verify()) Verifier.verify(g, "after stage '" + MERGE + "'");
        dumpText(When.AFTER, MERGE, () -> IrText.print(g));
        dumpText(When.BEFORE, FUSE, () -> IrText.print(g));
        long t0 = System.nanoTime();
        Fusion.Plan plan = Fusion.plan(g);
        long t1 = System.nanoTime();
        stats.add(new PassStat(FUSE, t1 - t0, g.nodes().size(), plan.kernels().size()));
        dumpText(When.AFTER, FUSE, () -> FusionText.print(g, plan));
        dumpText(When.BEFORE, LOWER, () -> FusionText.print(g, plan));
        KernelProgram p = Lowering.lower(g, plan, profile, tuning, weights);
        long t2 = System.nanoTime();
        stats.add(new PassStat(LOWER, t2 - t1, g.nodes().size(), p.kernelCount()));
        if (options.verify()) verify(p, "after stage '" + LOWER + "'");
        KernelProgram cur = p;
        dumpText(When.AFTER, LOWER, () -> KernelText.print(cur));
        for (KernelPass kp : kernelPasses) {
            KernelProgram in = p;
            dumpText(When.BEFORE, kp.name(), () -> KernelText.print(in));
            long s0 = System.nanoTime();
            p = kp.apply(p);
            stats.add(new PassStat(kp.name(), System.nanoTime() - s0, in.kernelCount(), p.kernelCount()));
            if (options.verify()) verify(p, "after kernel pass '" + kp.name() + "'");
            KernelProgram out = p;
            dumpText(When.AFTER, kp.name(), () -> KernelText.print(out));
        }
        return new Lowered(g, plan, p, stats);
    }

    private static void verify(KernelProgram p, String where) {
        try {
            p.verify();
        } catch (IllegalStateException e) {
            throw new IrException("program " + p.name() + " is invalid " + where + ": " + e.getMessage(), e);
        }
    }

    private void dumpText(When when, String stage, java.util.function.Supplier<String> text) {
        for (DumpPoint d : options.dumps()) {
            if (d.matches(when, stage)) {
                options.dumpSink().accept("// IR " + when.name().toLowerCase() + " " + stage + "\n" + text.get());
                return;
            }
        }
    }

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

    private void dump(When when, Pass p, Graph g) { dumpText(when, p.name(), () -> IrText.print(g)); }
}
