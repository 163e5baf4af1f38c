package dev.tcc.cli.exec;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Work with a time limit: it runs on its own thread (with a deep stack, as tcc's launcher gives the main
 * thread) and the caller gets an error once the limit passes. The worker is interrupted and left as a daemon,
 * so the command can exit; device or interpreter work that ignores interrupts ends with the process.
 */
public final class Deadline {
    private Deadline() {}

    /** Stack size of the worker thread, matching the launcher's {@code -Xss16m}. */
    private static final long STACK_BYTES = 16L << 20;

    /**
     * The result of {@code work}, or a {@link TccException} saying {@code what} did not finish in {@code seconds}
     * (zero or less: no limit, run on the calling thread).
     */
    public static <T> T call(double seconds, String what, Callable<T> work) {
        if (seconds <= 0) return unchecked(work);
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(null, () -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "tcc-deadline", STACK_BYTES);
        t.setDaemon(true);
        t.start();
        try {
            return result.get((long) Math.ceil(seconds * 1000), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            throw new TccException(what + " did not finish within " + fmt(seconds) + " s (--timeout); give it more time or a smaller input");
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            throw new TccException(what + " was interrupted");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException r -> throw r;
                case Error r -> throw r;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static <T> T unchecked(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fmt(double s) { return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s); }
}
