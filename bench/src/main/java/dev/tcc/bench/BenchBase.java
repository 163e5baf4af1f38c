package dev.tcc.bench;

import dev.tcc.runtime.Device;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * What every benchmark shares: average time per invocation in milliseconds, one fork with the native-access
 * flags, short iterations (a command line's {@code -wi -i -w -r -f} override them), the OpenCL device, and
 * resources closed in reverse order of opening after the trial. A subclass names its tcc method {@code tcc} and each peer's
 * method after the peer; the report pairs them by that.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Dorg.lwjgl.system.memoryBackend=ffm",
        "--sun-misc-unsafe-memory-access=allow", "-Xss8m"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public abstract class BenchBase {
    private final Deque<AutoCloseable> open = new ArrayDeque<>();
    private Device device;

    /** The OpenCL device ({@link BenchDevice#open}), opened on first use. */
    protected Device device() {
        if (device == null) device = keep(BenchDevice.open());
        return device;
    }

    /** Closes {@code r} at {@link #closeAll}, before everything kept earlier. */
    protected <T extends AutoCloseable> T keep(T r) {
        open.push(r);
        return r;
    }

    /** Closes every kept resource, newest first. */
    @TearDown
    public void closeAll() throws Exception {
        while (!open.isEmpty()) open.pop().close();
        device = null;
    }
}
