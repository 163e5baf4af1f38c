package dev.tcc.runtime.webgpu;

import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Waiting for Dawn: callbacks registered with mode AllowProcessEvents fire inside {@code
 * wgpuInstanceProcessEvents} on the waiting thread, so a wait polls it until the outcome arrives or the
 * timeout passes. Spins for the first 200 microseconds (most kernels on lavapipe finish in a few
 * milliseconds; sleeping at once would add a scheduler tick to every timing), then sleeps 50 microseconds
 * between polls. Never waits forever.
 */
final class Events {
    private Events() {}

    private static final long SPIN_NANOS = 200_000;
    private static final long SLEEP_NANOS = 50_000;

    /** Polls {@code instance} until {@code outcome} is done; a timeout throws naming {@code what}. */
    static void await(MemorySegment instance, Callbacks.Outcome outcome, Duration timeout, String what) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (true) {
            Wgpu.instanceProcessEvents(instance);
            if (outcome.done) return;
            long now = System.nanoTime();
            if (now - deadline > 0) {
                throw new WebGpuException("timed out after " + timeout.toMillis() + " ms waiting for " + what
                        + " (the device may be hung; set a longer timeout with WebGpuDevice.open(Duration))");
            }
            if (now - start < SPIN_NANOS) Thread.onSpinWait();
            else LockSupport.parkNanos(SLEEP_NANOS);
        }
    }
}
