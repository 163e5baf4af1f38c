package dev.tcc.cli.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs mutated inputs through a {@link Surface} one at a time on a worker thread, each with a time limit
 * (a worker past it is abandoned and counted as a hang), and sorts what happened into {@link Outcome}s. The
 * memory cap per input is tcc's own {@link dev.tcc.ir.Limits}, set by the caller.
 *
 * @param explain the message of an error tcc explains, or null for an internal error
 */
public record Fuzzer(Surface surface, long seed, long timeoutMillis, Function<Throwable, String> explain) {

    /** Figures of a run. */
    public record Report(long inputs, Map<Outcome, Long> outcomes, Map<String, Long> errors, Map<String, Long> crashes, long nanos) {
        public long count(Outcome o) { return outcomes.getOrDefault(o, 0L); }

        public boolean clean() { return count(Outcome.CRASH) + count(Outcome.HANG) + count(Outcome.OOM) == 0; }

        public String summary(String name) {
            return String.format(Locale.ROOT, "%s: %d inputs in %.1f s: %d accepted, %d refused with %d distinct error messages, "
                            + "%d crashes, %d hangs, %d out of memory", name, inputs, nanos / 1e9, count(Outcome.OK), count(Outcome.ERROR),
                    errors.size(), count(Outcome.CRASH), count(Outcome.HANG), count(Outcome.OOM));
        }
    }

    /** Runs {@code count} inputs (or until {@code maxSeconds} pass); findings go to {@code save} when not null. */
    public Report run(long count, double maxSeconds, Path save, PrintWriter log) {
        Mutator mutator = new Mutator(surface.seeds(), surface.text());
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        Map<String, Long> errors = new TreeMap<>(), crashes = new TreeMap<>();
        ExecutorService worker = newWorker();
        long start = System.nanoTime(), i = 0;
        try {
            for (; i < count && (maxSeconds <= 0 || System.nanoTime() - start < maxSeconds * 1e9); i++) {
                byte[] input = mutator.input(seed, i);
                Future<?> f = worker.submit(() -> surface.accept(input));
                Outcome o;
                String what = null;
                try {
                    f.get(timeoutMillis, TimeUnit.MILLISECONDS);
                    o = Outcome.OK;
                } catch (TimeoutException e) {
                    f.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();
                    o = Outcome.HANG;
                    what = "no result within " + timeoutMillis + " ms";
                } catch (ExecutionException e) {
                    Throwable t = e.getCause();
                    String msg = t instanceof OutOfMemoryError ? null : explain.apply(t);
                    o = t instanceof OutOfMemoryError ? Outcome.OOM : msg != null ? Outcome.ERROR : Outcome.CRASH;
                    what = msg != null ? msg : t.getClass().getName() + ": " + t.getMessage() + at(t);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                outcomes.merge(o, 1L, Long::sum);
                if (o == Outcome.ERROR) errors.merge(normalise(what), 1L, Long::sum);
                else if (o != Outcome.OK) {
                    if (crashes.merge(o + " " + normalise(what), 1L, Long::sum) == 1 && log != null) log.println("input " + i + ": " + o + ": " + what);
                    if (save != null) save(save, i, input);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return new Report(i, outcomes, errors, crashes, System.nanoTime() - start);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "tcc-fuzz", 16L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    /** An error message with numbers, quoted names and paths made generic, so one kind of error counts once. */
    static String normalise(String msg) {
        String s = msg == null ? "" : msg.length() > 300 ? msg.substring(0, 300) : msg;
        return s.replaceAll("'[^']*'", "'_'").replaceAll("/[^\\s:;,)]*", "PATH").replaceAll("\\d+", "N");
    }

    private static String at(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return st.length == 0 ? "" : " at " + st[0];
    }

    private static void save(Path dir, long index, byte[] input) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("input-" + index + ".bin"), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
