package dev.tcc.bench;

import dev.tcc.api.profile.ModelProfile;
import dev.tcc.cli.targets.DeviceTarget;
import dev.tcc.cli.tune.Tuner;
import dev.tcc.cli.tune.TuningDb;
import dev.tcc.codegen.opencl.OpenClCodegen;
import dev.tcc.compiler.Compilation;
import dev.tcc.compiler.Compiler;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.ir.program.HostTensor;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.fusion.Fusion;
import dev.tcc.passes.lower.KernelKey;
import dev.tcc.passes.lower.KernelTunings;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.exec.Executor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model compiled by tcc's public library path ({@link Compiler}, OpenCL C for the device's profile) and
 * loaded by an {@link Executor}, with its inputs already in device form: {@link #run} is one inference
 * (inputs uploaded, every kernel launched, outputs read back), what the benchmarks time.
 */
public final class TccRun implements AutoCloseable {
    private final Compilation compilation;
    private final Executor executor;
    private final Map<String, HostTensor> feed = new HashMap<>();
    private final Map<String, Tensor> inputs;

    private List<HostTensor> outputs;
    private double defaultKernelMs = Double.NaN;

    private TccRun(Compilation compilation, Executor executor, Map<String, Tensor> inputs) {
        this.compilation = compilation;
        this.executor = executor;
        this.inputs = inputs;
        for (KernelProgram.Binding in : compilation.rendered().inputs()) {
            Tensor t = inputs.get(in.name());
            if (t == null) throw new IllegalArgumentException("no value for input '" + in.name() + "'");
            feed.put(in.name(), HostTensor.of(t));
        }
    }

    /**
     * Compiles {@code model} (read from {@code file}; external data resolves beside it) for {@code device}
     * and loads it there. {@code imports} says which inputs the importer may bind as values.
     */
    public static TccRun compile(ModelProto model, Path file, ImportOptions imports, Map<String, Tensor> inputs, Device device) {
        return compile(model, file, imports, inputs, device, Compiler.Options.DEFAULT.runner());
    }

    /** {@link #compile(ModelProto, Path, ImportOptions, Map, Device)} through the passes of {@code runner}. */
    static TccRun compile(ModelProto model, Path file, ImportOptions imports, Map<String, Tensor> inputs, Device device, PassRunner runner) {
        Compiler.Options o = Compiler.Options.DEFAULT.withImports(imports).withRunner(runner);
        Compiler.Optimised opt = Compiler.optimise(model, file, o);
        Duration budget = tuneBudget();
        double defaultMs = Double.NaN;
        if (budget != null) {
            Tuned t = tuned(opt, o, inputs, device, budget);
            o = o.withTuning(t.tunings());
            defaultMs = t.defaultMs();
        }
        // as tcc bench lowers for this device: its defaults wherever the tuning records choose nothing
        Compilation c = Compiler.lower(opt, new OpenClCodegen(), device.profile(), o.withTuning(DeviceTarget.lowering(device.info(), o.tuning())));
        TccRun run = new TccRun(c, Executor.load(c.rendered(), device), inputs);
        run.defaultKernelMs = defaultMs;
        return run;
    }

    /** Per-kernel choices and the untuned device time of the kernels they cover. */
    private record Tuned(KernelTunings tunings, double defaultMs) {}

    /**
     * The tuning database's records for the case's kernels on {@code device} ({@code -Dtcc.bench.db}, default
     * {@code target/bench/tuning.json}), searched with tcc tune's tuner within {@code budget} first when a kernel has
     * none. JMH runs every benchmark of a case in a fresh JVM; the database lets the tcc trial and the peer's share one
     * search.
     */
    private static Tuned tuned(Compiler.Optimised opt, Compiler.Options o, Map<String, Tensor> inputs, Device device, Duration budget) {
        TuningDb db = TuningDb.load(Path.of(System.getProperty("tcc.bench.db", "target/bench/tuning.json")), System.err::println);
        String fp = TuningDb.fingerprint(device.info());
        Fusion.Plan plan = o.runner().lower(opt.optimised(), device.profile(), KernelTunings.DEFAULT).plan();
        List<KernelKey> keys = plan.kernels().stream().map(k -> Lowering.key(plan, k)).distinct().toList();
        if (keys.stream().anyMatch(k -> db.lookup(fp, k) == null)) {
            Map<String, Tensor> feed = new HashMap<>();
            for (Value v : opt.optimised().inputs()) feed.put(v.name(), inputs.get(v.name()));
            Tuner.Options options = new Tuner.Options(budget, false, Tuner.Options.DEFAULT.repeats(), Tuner.Options.DEFAULT.patience());
            for (Tuner.KernelResult r : new Tuner(opt.optimised(), o.runner(), device.profile(), device, feed, options).tune((done, total, key) -> {})) {
                db.put(device.info(), r.key(), r.best(), r.defaultMs(), r.bestMs(), r.tried());
            }
            db.save();
        }
        return new Tuned(db.tunings(fp), keys.stream().mapToDouble(k -> db.defaultMs(fp, k)).sum());
    }

    /**
     * The budget for tuning tcc's kernels before a case is timed, from {@code -Dtcc.bench.tune} (e.g. {@code 60s}, the
     * same search as {@code tcc tune --budget 60s}); null, the templates' default parameters, when it is not set.
     */
    static Duration tuneBudget() {
        String b = System.getProperty("tcc.bench.tune", "");
        return b.isBlank() ? null : Duration.ofNanos((long) (ModelProfile.parseBudget(b) * 1e9));
    }

    /**
     * The device time of the kernels tuning searched, summed over their keys, with the templates' default parameters
     * (the tuner's own measurement); NaN when the case was not tuned.
     */
    public double defaultKernelMillis() { return defaultKernelMs; }

    /** An op model compiled with its input shapes fixed and no input bound as a value. */
    public static TccRun compile(OpModel m, Device device) { return compile(m, device, Compiler.Options.DEFAULT.runner()); }

    /** {@link #compile(OpModel, Device)} through the passes of {@code runner} (e.g. the default pipeline and a quantisation). */
    static TccRun compile(OpModel m, Device device, PassRunner runner) {
        Map<String, dev.tcc.ir.Shape> shapes = new HashMap<>();
        m.inputs().forEach((k, v) -> shapes.put(k, v.shape()));
        return compile(m.model(), Path.of("bench.onnx"), new ImportOptions(Map.of(), shapes), m.inputs(), device, runner);
    }

    /** One inference: inputs up, every kernel, outputs back (into host buffers kept between inferences). */
    public List<HostTensor> run() {
        if (outputs == null) outputs = executor.allocateOutputs();
        executor.runHost(feed, outputs);
        return outputs;
    }

    /** The outputs of one inference, as tensors (for checks). */
    public List<Tensor> outputs() {
        List<HostTensor> fresh = executor.runHost(feed);
        return fresh.stream().map(HostTensor::toTensor).toList();
    }

    /**
     * The device time of every kernel launch of one inference together, in milliseconds: the least of up to three
     * profiled inferences, fewer when they take over a second.
     */
    public double kernelMillis() {
        long best = Long.MAX_VALUE, until = System.nanoTime() + 1_000_000_000L;
        int runs = 0;
        do {
            best = Math.min(best, Arrays.stream(executor.profile(inputs)).sum());
        } while (++runs < 3 && System.nanoTime() < until);
        return best / 1e6;
    }

    /** Kernels one inference launches. */
    public int kernels() { return compilation.kernelCount(); }

    @Override
    public void close() { executor.close(); }
}
