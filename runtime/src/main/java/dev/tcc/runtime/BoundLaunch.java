package dev.tcc.runtime;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * A kernel launch whose arguments were checked and bound once ({@link Device#bind}), replayed by a program that
 * runs many times: no per-launch argument conversion or setting where the device API allows it. Close it before
 * the buffers it binds.
 */
public interface BoundLaunch extends AutoCloseable {
    /** Queues the launch. */
    void enqueue();

    /** Runs the launch, waits for it and returns its device time in nanoseconds. */
    long timed();

    /** Frees what binding made (nothing by default). */
    @Override default void close() { }

    /** The launch through {@link Device#enqueue} and {@link Device#launchTimed}, for devices with nothing to keep between launches. */
    static BoundLaunch unbound(Device device, CompiledKernel kernel, List<KernelArg> args) {
        List<KernelArg> a = List.copyOf(args);
        return of(() -> device.enqueue(kernel, a), () -> device.launchTimed(kernel, a));
    }

    /** A launch that runs {@code enqueue} and {@code timed}, with nothing to free. */
    static BoundLaunch of(Runnable enqueue, LongSupplier timed) {
        return new BoundLaunch() {
            @Override public void enqueue() { enqueue.run(); }

            @Override public long timed() { return timed.getAsLong(); }
        };
    }
}
