package dev.tcc.cli.conformance;

import dev.tcc.cli.targets.Target;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.passes.PassRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Runs many conformance cases: finds them, picks each one's tolerance, runs up to {@code jobs} at once,
 * each on its own thread with a large stack and a time limit, and reports results in case order. A case
 * that crashes or runs out of memory fails alone; one that overruns its time limit is reported as failed
 * and left running in the background (the JVM cannot stop it safely) while the others go on.
 */
public final class ConformanceRunner {
    private ConformanceRunner() {}

    /** Stack size of a case's thread: deep subgraph nesting and recursive ops need more than the default. */
    private static final long CASE_STACK_BYTES = 256L << 20;

    /**
     * How to run.
     *
     * @param target  where cases run
     * @param passes  the pass pipeline applied after import
     * @param rtol    relative tolerance for every case, overriding the manifest's; null to use the manifest or the default
     * @param atol    absolute tolerance for every case, overriding the manifest's; null to use the manifest or the default
     * @param timeout time limit of one case
     * @param jobs    cases run at the same time (at least 1)
     * @param expectFrom where the expected outputs come from: null for the case's own files; a target (the reference
     *                interpreter) when the passes change what the model computes (weights quantised), so that the
     *                device is checked against the same changed model
     */
    public record Options(Target target, PassRunner passes, Double rtol, Double atol, Duration timeout, int jobs, Target expectFrom) {
        public Options {
            if (jobs < 1) throw new IllegalArgumentException("--jobs must be at least 1");
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("--timeout must be positive");
        }

        /** Expected outputs from the cases' files. */
        public Options(Target target, PassRunner passes, Double rtol, Double atol, Duration timeout, int jobs) {
            this(target, passes, rtol, atol, timeout, jobs, null);
        }
    }

    /** All results, in case order, with totals. */
    public record Summary(List<CaseResult> results, long nanos) {
        public long count(CaseResult.Status s) { return results.stream().filter(r -> r.status() == s).count(); }

        /** {@code N passed, N failed, N skipped}. */
        public String line() {
            return count(CaseResult.Status.PASS) + " passed, " + count(CaseResult.Status.FAIL) + " failed, "
                    + count(CaseResult.Status.SKIP) + " skipped";
        }
    }

    /**
     * The case folders at or below each path (a case folder, or a folder holding case folders), in the
     * given order and sorted within each path, without duplicates, keeping those whose name {@code filter}
     * finds (null keeps all).
     */
    public static List<Path> collect(List<Path> paths, Pattern filter) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new IllegalArgumentException(p + ": no such file or folder");
            if (!Files.isDirectory(p)) throw new IllegalArgumentException(p + ": not a folder; give a case folder (holding model.onnx) or a folder of cases");
            try {
                for (Path c : TestCase.find(p)) {
                    if (filter == null || filter.matcher(c.getFileName().toString()).find()) out.add(c.normalize());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(p + ": cannot list cases: " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The tolerance of the case in {@code dir}: options first, then the nearest manifest.tsv, then ONNX's default
     * (on a device, {@link Tolerance#UNLISTED_ON_DEVICE} for cases no manifest lists).
     */
    public static Tolerance tolerance(Path dir, Options o, Map<Path, Manifest> manifests) {
        Manifest m = manifests.computeIfAbsent(dir.toAbsolutePath().normalize().getParent(), p -> p == null ? null : Manifest.find(p));
        Tolerance fromManifest = m == null ? null : m.lookup(dir);
        Tolerance base = fromManifest != null ? fromManifest
                : o.target().accumulatesInDouble() ? Tolerance.DEFAULT : Tolerance.UNLISTED_ON_DEVICE;
        return new Tolerance(o.rtol() != null ? o.rtol() : base.rtol(), o.atol() != null ? o.atol() : base.atol());
    }

    /** Runs {@code cases}, handing each result to {@code onResult} in case order as soon as it and all before it are done. */
    public static Summary run(List<Path> cases, Options o, Consumer<CaseResult> onResult) {
        long t0 = System.nanoTime();
        Map<Path, Manifest> manifests = new HashMap<>();
        List<Slot> slots = new ArrayList<>();
        for (Path c : cases) slots.add(new Slot(c, tolerance(c, o, manifests)));
        Semaphore permits = new Semaphore(o.jobs());
        Thread launcher = Thread.ofPlatform().daemon().name("tcc-conformance-launcher").start(() -> {
            try {
                for (Slot s : slots) {
                    permits.acquire();
                    s.start(o, permits);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<CaseResult> results = new ArrayList<>();
        try {
            for (Slot s : slots) {
                CaseResult r = s.await(o.timeout(), permits);
                results.add(r);
                onResult.accept(r);
            }
        } finally {
            launcher.interrupt();
        }
        return new Summary(results, System.nanoTime() - t0);
    }

    /** One case's thread, start time and result. */
    private static final class Slot {
        final Path dir;
        final Tolerance tol;
        final CompletableFuture<CaseResult> result = new CompletableFuture<>();
        final AtomicBoolean permitReturned = new AtomicBoolean();
        volatile long startNanos;
        volatile Thread thread;

        Slot(Path dir, Tolerance tol) {
            this.dir = dir;
            this.tol = tol;
        }

        void start(Options o, Semaphore permits) {
            startNanos = System.nanoTime();
            Thread t = new Thread(null, () -> {
                CaseResult r;
                try {
                    r = CaseRunner.run(dir, o.target(), tol, o.passes(), o.expectFrom());
                } catch (Throwable e) { // CaseRunner catches everything it can; this is the last line of defence
                    r = new CaseResult(dir.getFileName().toString(), dir, CaseResult.Status.FAIL, CaseRunner.describe(e),
                            Double.NaN, Double.NaN, System.nanoTime() - startNanos);
                }
                result.complete(r);
                returnPermit(permits);
            }, "tcc-case-" + dir.getFileName(), CASE_STACK_BYTES);
            t.setDaemon(true);
            thread = t;
            t.start();
        }

        void returnPermit(Semaphore permits) {
            if (permitReturned.compareAndSet(false, true)) permits.release();
        }

        CaseResult await(Duration timeout, Semaphore permits) {
            long limit = timeout.toNanos();
            while (true) {
                long start = startNanos;
                long wait = start == 0 ? TimeUnit.MILLISECONDS.toNanos(50) : Math.max(1, start + limit - System.nanoTime());
                try {
                    return result.get(wait, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (start != 0 && System.nanoTime() - start >= limit) {
                        CaseResult late = new CaseResult(dir.getFileName().toString(), dir, CaseResult.Status.FAIL,
                                "timed out after " + timeout.toSeconds() + " s (raise the limit with --timeout)", Double.NaN, Double.NaN,
                                System.nanoTime() - start);
                        if (result.complete(late)) {
                            returnPermit(permits);
                            Thread t = thread;
                            if (t != null) t.interrupt();
                        }
                        return result.join();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for case " + dir, e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
    }
}
