package dev.tcc.cli.targets;

import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;
import dev.tcc.passes.PassRunner;
import dev.tcc.cli.tune.TuningDb;
import dev.tcc.passes.lower.KernelTunings;
import dev.tcc.passes.lower.Tuning;
import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Backends;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.Devices;
import dev.tcc.runtime.exec.Executor;

import java.util.List;
import java.util.Map;

/**
 * A device back-end as a target: graphs are lowered for the device's profile, rendered by the backend's code
 * generator and run on the device ({@code --device}, else the {@code TCC_DEVICE} environment variable, else
 * the backend's first GPU, else its first device).
 */
public final class DeviceTarget implements Target {
    private final Backend backend;
    private final String deviceQuery;
    private final KernelTunings tunings;
    /** The one device this target uses, opened on first use and kept for the process (see {@link #prepare}). */
    private Device shared;

    /** A target on {@code backend}'s device matching {@code deviceQuery} (id, name or platform; null for the default choice). */
    public DeviceTarget(Backend backend, String deviceQuery) { this(backend, deviceQuery, KernelTunings.DEFAULT); }

    private DeviceTarget(Backend backend, String deviceQuery, KernelTunings tunings) {
        this.backend = backend;
        this.deviceQuery = deviceQuery != null ? deviceQuery : System.getenv("TCC_DEVICE");
        this.tunings = tunings;
    }

    public Backend backend() { return backend; }

    @Override public String name() { return backend.name(); }

    @Override public String description() { return backend.description(); }

    @Override public String where() {
        DeviceInfo d = device();
        return d.name() + " (" + d.platform() + ")";
    }

    @Override public Target onDevice(String query) { return query == null ? this : new DeviceTarget(backend, query, tunings); }

    @Override public Target withTuning(TuningDb db) { return new DeviceTarget(backend, deviceQuery, db.tunings(TuningDb.fingerprint(device()))); }

    @Override public int tunedKernels() { return tunings instanceof TuningDb.Lookup l ? l.found() : 0; }

    @Override public String unavailableReason() {
        Devices.Discovery d = Devices.discover();
        if (d.devices().stream().noneMatch(i -> i.backend().equals(backend.name()))) {
            return "no " + backend.name() + " device found (" + String.join("; ", d.problems()) + ")";
        }
        return null;
    }

    /** The device this target runs on, as {@code tcc devices} names it. */
    public DeviceInfo device() { return Devices.select(backend, deviceQuery); }

    /** The parameters lowering for {@code device} starts from: {@link Tuning#defaults} for its type and back-end. */
    public static Tuning defaults(DeviceInfo device) { return Tuning.defaults(device.type(), gpuCode(device)); }

    /** Whether {@link #defaults} are GPU defaults (the tuner then tries the GPU tilings first). */
    public static boolean gpuDefaults(DeviceInfo device) { return Tuning.gpuDefaults(device.type(), gpuCode(device)); }

    /** Whether the code of the device's target runs on GPUs wherever it ships ({@code Codegen.gpuDefaults}). */
    private static boolean gpuCode(DeviceInfo device) { return Backends.byName(device.backend()).codegen().gpuDefaults(); }

    /** {@code t} as lowering for {@code device} uses it: with the device's {@link #defaults} where it chooses nothing. */
    public static KernelTunings lowering(DeviceInfo device, KernelTunings t) { return KernelTunings.withDefaults(t, defaults(device)); }

    /** {@code t} as lowering for this target's device uses it. */
    public KernelTunings lowering(KernelTunings t) { return lowering(device(), t); }

    /** What lowering may assume on that device. */
    public Profile profile() { return backend.profile(device()); }

    /** Opens the device this target runs on. */
    public Device openDevice() { return backend.open(device()); }

    /**
     * Lowers {@code graph} for the device's profile (on the calling thread) and loads it onto this target's device.
     * Every graph prepared by one target shares one device, and device work (loading, running, releasing) is
     * serialised on it: a conformance run with many jobs then lowers in parallel but never drives the driver from
     * several threads at once (NVIDIA's OpenCL crashed the JVM with 8 threads creating and releasing contexts), and
     * built programs are reused across cases.
     */
    @Override public Prepared prepare(Graph graph, PassRunner runner) {
        KernelProgram program = runner.lower(graph, profile(), lowering(tunings)).program();
        synchronized (this) {
            if (shared == null) shared = openDevice();
            Executor e = Executor.load(program, shared);
            return new Prepared() {
                @Override public List<Tensor> run(Map<String, Tensor> inputs) {
                    synchronized (DeviceTarget.this) {
                        return e.run(inputs);
                    }
                }

                @Override public void close() {
                    synchronized (DeviceTarget.this) {
                        e.close();
                    }
                }
            };
        }
    }
}
