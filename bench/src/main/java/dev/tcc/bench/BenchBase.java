package dev.tcc.bench;

import dev.tcc.ir.Tensor;
import dev.tcc.runtime.Device;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What every benchmark shares: average time per invocation in milliseconds, one fork with the native-access
 * flags, short iterations (a command line's {@code -wi -i -w -r -f} override them), the OpenCL device,
 * resources closed in reverse order of opening after the trial, and the {@code tcc} benchmark itself: one
 * inference of the case a subclass's setup hands to {@link #checked}. A subclass names each peer's method
 * after the peer; the report pairs them with {@code tcc}.
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
    private TccRun tcc;

    /** tcc: inputs up, every kernel, outputs back. */
    @Benchmark
    public Object tcc() { return tcc.run(); }

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

    /**
     * Makes {@code run} the case {@link #tcc} times, after checking its outputs against {@code expected} (the
     * peer's, or a Java reference) within {@code rtol}/{@code atol} ({@link Check#agree}), and records its kernel
     * time for the report in {@code -Dtcc.bench.out} (default {@code target/bench}), {@code kernel-ms/SUITE.PARAM} (and, when it
     * was tuned, the default parameters' kernel time in {@code SUITE.PARAM.default}).
     */
    protected void checked(String param, TccRun run, List<Tensor> expected, double rtol, double atol) {
        Class<?> suite = getClass();
        while (suite.getSimpleName().contains("_jmh")) suite = suite.getSuperclass();
        Check.agree(suite.getSimpleName() + " " + param, run.outputs(), expected, rtol, atol);
        tcc = run;
        try {
            Path dir = Files.createDirectories(kernelTimes(Path.of(System.getProperty("tcc.bench.out", "target/bench"))));
            Files.writeString(dir.resolve(suite.getSimpleName() + "." + param), Double.toString(run.kernelMillis()));
            Path defaults = dir.resolve(suite.getSimpleName() + "." + param + DEFAULT_SUFFIX);
            if (Double.isNaN(run.defaultKernelMillis())) Files.deleteIfExists(defaults);
            else Files.writeString(defaults, Double.toString(run.defaultKernelMillis()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The suffix of the file beside a case's kernel time that holds its untuned kernel time (with {@code -Dtcc.bench.tune}). */
    static final String DEFAULT_SUFFIX = ".default";

    /** Where {@link #checked} leaves kernel times under the output folder {@code out}. */
    static Path kernelTimes(Path out) { return out.resolve("kernel-ms"); }

    /** Closes every kept resource, newest first. */
    @TearDown
    public void closeAll() throws Exception {
        while (!open.isEmpty()) open.pop().close();
        device = null;
        tcc = null;
    }
}
