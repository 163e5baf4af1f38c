package dev.tcc.cli.tune;

import dev.tcc.cli.conformance.Tolerance;
import dev.tcc.cli.exec.Bench;
import dev.tcc.cli.targets.DeviceTarget;
import dev.tcc.frontend.onnx.Compare;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;
import dev.tcc.passes.MergeMatMuls;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.lower.KernelKey;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.passes.lower.Tuning;
import dev.tcc.passes.lower.TuningSpace;
import dev.tcc.passes.lower.WeightCache;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceException;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.exec.Executor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The autotuner: for each distinct kernel key of a model (slowest first), lowers the model with each candidate of
 * the key's {@link TuningSpace} (other kernels at their defaults), skips candidates whose kernels exceed the device's
 * workgroup size or workgroup memory or repeat a kernel already tried, checks the model's outputs against those of
 * the default lowering (the tolerance conformance holds device targets to) and only then times the key's launches
 * by device events: one warm-up, the median of {@code repeats}, given up after the first repeat when it is more than
 * twice the best. Without {@code exhaustive} a key stops after {@code patience} candidates in a row that did not
 * improve on the best, and the whole search stops at the time budget.
 */
public final class Tuner {
    private final Graph graph;
    private final PassRunner runner;
    private final Profile profile;
    private final Device device;
    private final Map<String, Tensor> inputs;
    private final Options options;
    /** What every kernel is lowered with unless it is the candidate under test: the untuned compile's parameters on this device. */
    private final Tuning start;
    /** Whether the device gets the GPU defaults (and GPU-first candidate order). */
    private final boolean gpu;
    /**
     * The model's weight bytes, encoded once for every lowering of the search (candidates differ only in kernels): the
     * executor then sees the same array and switches launches without comparing 469 MiB for the CLIP text encoder.
     */
    private final WeightCache weights = new WeightCache();
    private Executor executor;
    private List<Tensor> reference;

    /**
     * @param budget     wall time for the whole search (ignored when {@code exhaustive})
     * @param exhaustive try every candidate of every key
     * @param repeats    timed repeats per candidate (the median counts)
     * @param patience   candidates in a row without improvement after which a key stops (ignored when {@code exhaustive})
     */
    public record Options(Duration budget, boolean exhaustive, int repeats, int patience) {
        public static final Options DEFAULT = new Options(Duration.ofSeconds(60), false, 5, 6);
    }

    /**
     * What tuning found for one kernel key.
     *
     * @param launches  launches with this key in the model
     * @param defaultMs device time of those launches with the default parameters (sum of medians)
     * @param bestMs    the same with {@code best}
     * @param tried     candidates timed (the default included)
     * @param rejected  candidates that failed to build or run, or whose outputs differed from the reference
     * @param skipped   candidates over the device's limits or repeating a kernel already tried
     */
    public record KernelResult(KernelKey key, int launches, double defaultMs, double bestMs, Tuning best, int tried, int rejected, int skipped) {
        /** The fraction of the default's device time the best saves. */
        public double gain() { return defaultMs > 0 ? 1 - bestMs / defaultMs : 0; }

        /** True when some candidate besides the default was considered (false for a key the budget left out). */
        public boolean searched() { return tried + rejected + skipped > 1; }
    }

    /** Progress callbacks: candidates done of the planned total, and the key being tuned. */
    public interface Progress {
        void update(int done, int total, KernelKey key);

        /**
         * One candidate of {@code key} ended: {@code outcome} is {@code timed}, {@code skipped} (same kernels as one
         * tried, or over the device's limits), {@code rejected} (failed to build or gave other outputs) or
         * {@code confirmed} (the winner of the close contenders timed again, with its median); {@code ms}
         * is its time when timed, else NaN, and {@code bestMs} the key's best so far.
         */
        default void candidate(KernelKey key, Tuning candidate, String outcome, double ms, double bestMs) {}

        /** {@link #candidate(KernelKey, Tuning, String, double, double)} with the reason a {@code rejected} one failed. */
        default void candidate(KernelKey key, Tuning candidate, String outcome, double ms, double bestMs, String why) {
            candidate(key, candidate, outcome, ms, bestMs);
        }
    }

    /** A tuner for {@code graph} (after the graph passes) lowered through {@code runner} for {@code profile}, run on {@code device}. */
    public Tuner(Graph graph, PassRunner runner, Profile profile, Device device, Map<String, Tensor> inputs, Options options) {
        // merged once here, not by every lowering of the search: each merge makes new weight tensors, which the weight
        // cache (it matches tensors by identity) would encode anew for every candidate; lowering a merged graph merges nothing
        this.graph = new MergeMatMuls().apply(graph);
        this.runner = runner;
        this.profile = profile;
        this.device = device;
        this.inputs = inputs;
        this.options = options;
        this.start = DeviceTarget.defaults(device.info());
        this.gpu = DeviceTarget.gpuDefaults(device.info());
    }

    /** Tunes every kernel key of the model; results in the order the keys were tuned (slowest default first). */
    public List<KernelResult> tune(Progress progress) {
        long deadline = System.nanoTime() + options.budget().toNanos();
        PassRunner.Lowered base = runner.lower(graph, profile, k -> start, weights);
        executor = Executor.load(base.program(), device);
        try {
            reference = executor.run(inputs);
            Map<String, KernelKey> keys = new LinkedHashMap<>();
            base.plan().kernels().forEach(k -> keys.putIfAbsent(Lowering.key(base.plan(), k).text(), Lowering.key(base.plan(), k)));
            Map<KernelKey, Double> defaultMs = new HashMap<>();
            for (KernelKey k : keys.values()) defaultMs.put(k, time(indices(base.program(), k), Double.POSITIVE_INFINITY));
            List<KernelKey> order = new ArrayList<>(keys.values());
            order.sort(Comparator.comparingDouble((KernelKey k) -> defaultMs.get(k)).reversed());
            int total = order.stream().mapToInt(k -> TuningSpace.candidates(k, start).size() - 1).sum();
            int[] done = {0};
            List<KernelResult> results = new ArrayList<>();
            double remaining = order.stream().mapToDouble(defaultMs::get).sum();
            for (KernelKey k : order) {
                long now = System.nanoTime();
                boolean late = !options.exhaustive() && now > deadline;
                // each key gets the share of the time left that its default time has of the keys left, so that a budget
                // reaches every key instead of spending itself on the slowest
                double share = remaining > 0 ? defaultMs.get(k) / remaining : 1;
                long keyDeadline = now + (long) (Math.max(0, deadline - now) * share);
                remaining -= defaultMs.get(k);
                KernelResult r = late ? new KernelResult(k, indices(base.program(), k).size(), defaultMs.get(k), defaultMs.get(k), start, 1, 0, 0)
                        : tune(k, base.program(), defaultMs.get(k), keyDeadline, winners(results), progress, () -> progress.update(++done[0], total, k));
                results.add(r);
            }
            return results;
        } finally {
            executor.close();
        }
    }

    /** What the keys tuned so far chose, most recent first: candidates worth trying first on the next keys. */
    private static List<Tuning> winners(List<KernelResult> results) {
        List<Tuning> w = new ArrayList<>();
        for (int i = results.size() - 1; i >= 0; i--) if (results.get(i).bestMs() < results.get(i).defaultMs()) w.add(results.get(i).best());
        return w;
    }

    /**
     * {@code key}'s candidates, the default first, then those of {@code preferred} (earlier keys' choices: kernels of one
     * model on one device tend to like the same parameters), then on a GPU its GPU tilings ({@link #gpuFirst}), then the
     * rest in the space's order.
     */
    static List<Tuning> ordered(KernelKey key, Tuning start, List<Tuning> preferred, boolean gpu) {
        List<Tuning> space = TuningSpace.candidates(key, start);
        LinkedHashSet<Tuning> out = new LinkedHashSet<>();
        out.add(space.getFirst());
        for (Tuning p : preferred) {
            Tuning c = TuningSpace.with(start, key.components().stream().collect(Collectors.toMap(n -> n, n -> TuningSpace.get(p, n))));
            if (space.contains(c)) out.add(c);
        }
        if (gpu) out.addAll(gpuFirst(key, start));
        out.addAll(space);
        return List.copyOf(out);
    }

    /**
     * The GPU tilings ({@link Tuning.MatMul#GPU_TILES}, then the batch-1 {@link Tuning.MatMul#GPU_SKINNY}), each as
     * {@code start} with only that tiling changed, so a GPU tiling keeps the start's least number of workgroups (a
     * product of 77 rows shrinks it as the default does) and a GEMM tiling the start's batch-1 one. Without them first,
     * a search of SGEMM 4096 on an H100 stopped on patience before it reached them; taken from the space (whose
     * candidates vary one tiling from {@link Tuning#DEFAULT}'s others), a GEMV's first GPU candidate also swapped its
     * split-K tiling for the CPU one, and its own split-K variants came after patience ran out. A set of kernels the
     * start or an earlier candidate already gave is skipped, untimed.
     */
    static List<Tuning> gpuFirst(KernelKey key, Tuning start) {
        List<Tuning> out = new ArrayList<>();
        Tuning.MatMul mm = start.matmul();
        Tuning.Conv conv = start.conv();
        boolean matmul = key.components().contains("matmul"), convs = key.components().contains("conv");
        for (Tuning.Tiles t : Tuning.MatMul.GPU_TILES) {
            if (matmul) out.add(start.withMatMul(new Tuning.MatMul(t.withMinGroups(mm.tiles().minGroups()), mm.skinny(), mm.skinnyM(), mm.minDim())));
            if (convs) out.add(start.withConv(new Tuning.Conv(conv.algorithm(), t.withMinGroups(conv.tiles().minGroups()), conv.minK(), conv.minN())));
        }
        if (matmul) for (Tuning.Tiles k : Tuning.MatMul.GPU_SKINNY) out.add(start.withMatMul(new Tuning.MatMul(mm.tiles(), k, mm.skinnyM(), mm.minDim())));
        return out;
    }

    private KernelResult tune(KernelKey key, KernelProgram base, double defaultMs, long deadline, List<Tuning> preferred, Progress progress,
                              Runnable step) {
        List<Integer> baseIdx = indices(base, key);
        Set<List<Kernel>> seen = new HashSet<>();
        seen.add(kernels(base, baseIdx));
        Tuning best = start;
        double bestMs = defaultMs;
        int tried = 1, rejected = 0, skipped = 0, sinceBetter = 0;
        Map<Tuning, Double> timed = new LinkedHashMap<>();
        timed.put(start, defaultMs);
        List<Tuning> candidates = ordered(key, start, preferred, gpu);
        for (Tuning c : candidates.subList(1, candidates.size())) {
            // past its deadline a key still tries one candidate when an earlier key's choice leads the list
            boolean first = tried + rejected + skipped == 1 && !preferred.isEmpty();
            if (!options.exhaustive() && !first && (System.nanoTime() > deadline || sinceBetter >= options.patience())) break;
            step.run();
            KernelProgram p = runner.lower(graph, profile, k -> k.equals(key) ? c : start, weights).program();
            List<Integer> idx = indices(p, key);
            List<Kernel> ks = kernels(p, idx);
            if (!seen.add(ks) || !fits(ks, device.info())) {
                skipped++;
                progress.candidate(key, c, "skipped", Double.NaN, bestMs);
                continue;
            }
            String why = loadOrWhy(p);
            if (why != null) {
                rejected++;
                progress.candidate(key, c, "rejected", Double.NaN, bestMs, why);
                continue;
            }
            double ms = time(idx, bestMs);
            tried++;
            timed.put(c, ms);
            if (ms < bestMs) {
                best = c;
                bestMs = ms;
                sinceBetter = 0;
            } else {
                sinceBetter++;
            }
            progress.candidate(key, c, "timed", ms, bestMs);
        }
        Map<Tuning, Double> medians = confirm(key, timed, progress);
        if (medians != null) {
            // the default's time, where it was a contender, is its median too; a winner no faster than that keeps the default
            if (medians.containsKey(start)) defaultMs = medians.get(start);
            Map.Entry<Tuning, Double> winner = medians.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
            best = winner.getValue() < defaultMs ? winner.getKey() : start;
            bestMs = Math.min(winner.getValue(), defaultMs);
        }
        return new KernelResult(key, baseIdx.size(), defaultMs, bestMs, best, tried, rejected, skipped);
    }

    /**
     * The medians of the fastest few of {@code timed} (the start included) when the runner-up came within
     * {@link #CONTEST} of the first: each is timed again, {@link #CONFIRM_ROUNDS} times in turn, and its median over
     * all its timings decides (one timing on a busy machine picked a tiling 1.5x slower than the best). Null when
     * the first was clear.
     */
    private Map<Tuning, Double> confirm(KernelKey key, Map<Tuning, Double> timed, Progress progress) {
        List<Map.Entry<Tuning, Double>> ranked = timed.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(CONTENDERS).toList();
        if (ranked.size() < 2 || ranked.get(1).getValue() > ranked.get(0).getValue() * CONTEST) return null;
        Map<Tuning, List<Double>> samples = new LinkedHashMap<>();
        for (Map.Entry<Tuning, Double> e : ranked) samples.computeIfAbsent(e.getKey(), t -> new ArrayList<>()).add(e.getValue());
        for (int round = 0; round < CONFIRM_ROUNDS; round++) {
            for (Map.Entry<Tuning, Double> e : ranked) {
                // lowered again each round rather than kept: simplify-kernels remembers the kernels and the weight
                // cache the weight bytes, so a lowering again is cheap
                KernelProgram p = runner.lower(graph, profile, k -> k.equals(key) ? e.getKey() : start, weights).program();
                if (!load(p)) return null;
                samples.get(e.getKey()).add(time(indices(p, key), Double.POSITIVE_INFINITY));
            }
        }
        Map<Tuning, Double> medians = new LinkedHashMap<>();
        samples.forEach((t, ms) -> medians.put(t, Bench.median(ms.stream().mapToDouble(Double::doubleValue).toArray())));
        Map.Entry<Tuning, Double> winner = medians.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
        progress.candidate(key, winner.getKey(), "confirmed", winner.getValue(), winner.getValue());
        return medians;
    }

    /** Candidates timed again when close, the rounds of it, and how close the runner-up must come (ratio of times). */
    private static final int CONTENDERS = 3, CONFIRM_ROUNDS = 2;
    private static final double CONTEST = 1.25;

    /** Puts {@code p} on the device and checks its outputs against the reference; false when it fails either. */
    private boolean load(KernelProgram p) { return loadOrWhy(p) == null; }

    /**
     * {@link #load}, saying why it failed (the first line of the driver's error, or which output differs); null when
     * {@code p} runs and matches.
     */
    private String loadOrWhy(KernelProgram p) {
        try {
            if (!executor.relaunch(p)) {
                executor.close();
                executor = Executor.load(p, device);
            }
            return matches(executor.run(inputs), reference) ? null : "outputs differ from the default parameters'";
        } catch (DeviceException e) {
            String m = String.valueOf(e.getMessage());
            return "failed to build or run: " + (m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m);
        }
    }

    /** True when every output is within the tolerance conformance applies to device targets. */
    static boolean matches(List<Tensor> got, List<Tensor> want) {
        if (got.size() != want.size()) return false;
        Tolerance tol = Tolerance.UNLISTED_ON_DEVICE;
        for (int i = 0; i < got.size(); i++) if (!Compare.compare(got.get(i), want.get(i), tol.rtol(), tol.atol()).ok()) return false;
        return true;
    }

    /** The summed device time of launches {@code idx}: one warm-up, then the median of the repeats (one when it exceeds twice {@code best}). */
    private double time(List<Integer> idx, double best) {
        for (int i : idx) executor.timeLaunch(i);
        long[] sums = new long[options.repeats()];
        long spent = 0;
        for (int r = 0; r < sums.length; r++) {
            for (int i : idx) sums[r] += executor.timeLaunch(i);
            if (r == 0 && sums[0] / 1e6 > 2 * best) return sums[0] / 1e6;
            spent += sums[r];
            // a slow candidate (a large GEMM with a poor tiling takes seconds a run) gets fewer repeats, so that one
            // candidate cannot spend the whole budget
            if (spent > SLOW_NANOS && r + 1 < sums.length) return Bench.median(Arrays.copyOf(sums, r + 1)) / 1e6;
        }
        return Bench.median(sums) / 1e6;
    }

    /** Device time after which a candidate's remaining repeats are skipped. */
    private static final long SLOW_NANOS = 1_000_000_000L;

    /** The launches of {@code p} built for kernel key {@code key}. */
    static List<Integer> indices(KernelProgram p, KernelKey key) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < p.launches().size(); i++) if (key.text().equals(p.launches().get(i).tuning().get("key"))) out.add(i);
        return out;
    }

    private static List<Kernel> kernels(KernelProgram p, List<Integer> idx) { return idx.stream().map(i -> p.launches().get(i).kernel()).toList(); }

    /** True when every kernel's workgroup and workgroup memory are within the device's limits. */
    static boolean fits(List<Kernel> ks, DeviceInfo d) {
        return ks.stream().allMatch(k -> k.grid().workgroupVolume() <= d.maxWorkgroupSize() && k.signature().workgroupBytes() <= d.localMemBytes());
    }
}
