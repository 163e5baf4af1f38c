package dev.tcc.runtime.exec;

import dev.tcc.ir.IrException;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.program.HostTensor;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.MemoryPlan;
import dev.tcc.runtime.BoundLaunch;
import dev.tcc.runtime.CompiledKernel;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceBuffer;
import dev.tcc.runtime.DeviceException;
import dev.tcc.runtime.KernelArg;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link KernelProgram} on a device. {@link #load} checks the device meets the program's profile,
 * allocates every buffer (temporaries that the program's {@link MemoryPlan} puts in one slot share one allocation),
 * uploads the weights, builds every kernel once and binds each launch's arguments once ({@link Device#bind}); {@link
 * #runHost} then uploads the inputs, replays the bound launches in order and reads the outputs back, as {@link
 * HostTensor}s whose bytes go to and from the device unconverted. {@link #run} does the same for {@link Tensor}s,
 * encoding and decoding them in host buffers kept between runs. Launches are timed by the device only when asked
 * ({@link #timeLaunches}, {@link #profile}); an autotuner swaps in a candidate's kernels with {@link #relaunch}. The
 * same executor serves in-memory programs ({@code tcc conformance}) and artefacts ({@link Artefact#read}). A program
 * with device checks ({@link KernelProgram#checks}: an out-of-range gather index, say) has its status buffer read
 * after the outputs, a few bytes; a failed check throws {@link IrException} with its message.
 */
public final class Executor implements AutoCloseable {
    private KernelProgram program;
    private final Device device;
    private final Map<String, DeviceBuffer> buffers = new LinkedHashMap<>();
    private final List<DeviceBuffer> allocations = new ArrayList<>();
    private long tempBytes;
    private final List<BoundLaunch> launches = new ArrayList<>();
    /** Host copies of the inputs and outputs for {@link #run}, encoded and decoded in place on every run. */
    private final Map<String, HostTensor> staged = new HashMap<>();
    private ByteBuffer status;
    /** The kernel variant running, null for the launches' own code. */
    private final KernelProgram.Variant variant;

    private Executor(KernelProgram program, Device device, KernelProgram.Variant variant) {
        this.program = program;
        this.device = device;
        this.variant = variant;
    }

    /**
     * Loads {@code program} onto {@code device}: buffers, weights, built kernels. A program with kernel variants runs
     * the first the device's profile meets ({@link KernelProgram#variantFor}), else its launches' own code; {@link
     * #variant} says which.
     *
     * @throws DeviceException when the device does not meet the profile the program was lowered for
     */
    public static Executor load(KernelProgram program, Device device) {
        KernelProgram.Variant v = program.variantFor(device.profile());
        return loadCode(v == null ? program : program.with(v), device, v);
    }

    private static Executor loadCode(KernelProgram program, Device device, KernelProgram.Variant variant) {
        List<String> lacks = device.profile().shortfalls(program.profile());
        if (!lacks.isEmpty()) {
            throw new DeviceException("program " + program.name() + " was compiled for '" + program.profile().name() + "', and device "
                    + device.info().id() + " (" + device.info().name() + ") lacks " + String.join(", ", lacks)
                    + "; compile it again for this device (--device)");
        }
        checkMemory(program, device);
        Executor e = new Executor(program, device, variant);
        try {
            e.allocate();
            e.build();
        } catch (RuntimeException ex) {
            e.close();
            throw ex;
        }
        return e;
    }

    /** Refuses a program whose buffers cannot fit the device, before anything is allocated. */
    private static void checkMemory(KernelProgram program, Device device) {
        long total = 0;
        for (KernelProgram.Buffer b : program.buffers()) {
            long max = device.info().maxAllocBytes();
            if (max > 0 && b.bytes() > max) {
                throw new DeviceException("program " + program.name() + ": buffer " + b.name() + " needs " + b.bytes() + " bytes, more than the "
                        + max + " one buffer may have on " + device.info().name() + "; use a device with more memory or smaller inputs");
            }
            total = Math.addExact(total, b.bytes());
        }
        long mem = device.info().globalMemBytes();
        if (mem > 0 && total > mem) {
            throw new DeviceException("program " + program.name() + " needs " + total + " bytes of device memory, more than the " + mem
                    + " of " + device.info().name() + "; use a device with more memory or smaller inputs");
        }
    }

    /** Lowered {@code program} run once on {@code device} with {@code inputs} (by graph input name). */
    public static List<Tensor> run(KernelProgram program, Device device, Map<String, Tensor> inputs) {
        try (Executor e = load(program, device)) {
            return e.run(inputs);
        }
    }

    /**
     * The name of the kernel variant this device runs, or {@code base} for the launches' own code (the only code of
     * a program without variants).
     */
    public String variant() { return variant == null ? "base" : variant.name(); }

    private void allocate() {
        byte[] w = program.weights();
        ByteBuffer staged = null;
        for (MemoryPlan.Slot s : program.memory().slots()) {
            DeviceBuffer d = device.allocate(s.storage(), s.elements());
            allocations.add(d);
            tempBytes += s.bytes();
            for (String name : s.buffers()) buffers.put(name, d);
        }
        for (KernelProgram.Buffer b : program.buffers()) {
            if (buffers.containsKey(b.name())) continue;
            DeviceBuffer d = device.allocate(b.storage(), b.elements());
            allocations.add(d);
            if (b.role() == KernelProgram.Role.TEMP) tempBytes += b.bytes();
            buffers.put(b.name(), d);
            if (b.role() == KernelProgram.Role.STATUS) {
                status = ByteBuffer.allocateDirect(Math.toIntExact(b.bytes())).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                device.write(d, status);
            }
            if (b.role() == KernelProgram.Role.WEIGHT && b.elements() > 0) {
                if (staged == null) staged = ByteBuffer.allocateDirect(Math.max(1, w.length)).put(w).flip();
                device.write(d, staged.slice(Math.toIntExact(b.offset()), Math.toIntExact(b.bytes())));
            }
        }
    }

    /** Builds every kernel and binds its arguments once: a run only replays the launches. */
    private void build() {
        for (KernelProgram.Launch l : program.launches()) {
            CompiledKernel k = switch (l.code()) {
                case KernelProgram.Code.Ir ir -> device.compile(ir.kernel());
                case KernelProgram.Code.Rendered r -> device.compile(l.signature(), r.bytes());
            };
            List<KernelArg> args = new ArrayList<>();
            for (KernelProgram.Arg a : l.args()) {
                args.add(switch (a) {
                    case KernelProgram.Arg.BufferArg b -> KernelArg.of(buffer(b.buffer()));
                    case KernelProgram.Arg.ScalarArg s -> KernelArg.of(s.value());
                });
            }
            launches.add(device.bind(k, args));
        }
    }

    /**
     * Switches to {@code other}'s launches when it needs exactly this program's buffers, memory plan and weights (an
     * autotuner's candidate differing only in kernels): no allocation or upload, kernels built once per device.
     *
     * @return false, changing nothing, when {@code other} needs other buffers (load it instead)
     */
    public boolean relaunch(KernelProgram other) {
        if (!other.buffers().equals(program.buffers()) || !other.memory().equals(program.memory())
                || !other.inputs().equals(program.inputs()) || !other.outputs().equals(program.outputs())
                || !java.util.Arrays.equals(other.weights(), program.weights())) {
            return false;
        }
        releaseLaunches();
        program = other;
        build();
        return true;
    }

    private void releaseLaunches() {
        launches.forEach(BoundLaunch::close);
        launches.clear();
    }

    private DeviceBuffer buffer(String name) {
        DeviceBuffer b = buffers.get(name);
        if (b == null) throw new DeviceException("program " + program.name() + " has no buffer '" + name + "'");
        return b;
    }

    /** Runs the program on {@code inputs} (by graph input name) and returns the outputs in graph order. */
    public List<Tensor> run(Map<String, Tensor> inputs) {
        Map<String, HostTensor> host = new HashMap<>();
        for (KernelProgram.Binding in : program.inputs()) {
            Tensor t = inputs.get(in.name());
            if (t == null) continue;
            if (!t.type().equals(in.type())) {
                throw new DeviceException("program " + program.name() + ": input '" + in.name() + "' must be " + in.type() + ", got " + t.type());
            }
            HostTensor h = staged.computeIfAbsent("in:" + in.name(), k -> HostTensor.allocate(in.type()));
            h.set(t);
            host.put(in.name(), h);
        }
        uploadAndLaunch(host);
        return download(o -> staged.computeIfAbsent("out:" + o.buffer(), k -> HostTensor.allocate(o.type()))).stream()
                .map(HostTensor::toTensor).toList();
    }

    /**
     * Runs the program on {@code inputs} (by graph input name, in storage form) and returns the outputs in
     * graph order; bytes go to and from the device as they are.
     */
    public List<HostTensor> runHost(Map<String, HostTensor> inputs) {
        uploadAndLaunch(inputs);
        return download(o -> HostTensor.allocate(o.type()));
    }

    /**
     * Like {@link #runHost(Map)}, but reads the outputs into {@code outputs} (from {@link #allocateOutputs}, reused
     * run after run), so that a loop of runs allocates nothing: a new 64 MiB direct buffer per run costs more
     * than the copy into it (zeroing, page faults, and the JVM's direct-memory reservation waiting for a GC).
     */
    public void runHost(Map<String, HostTensor> inputs, List<HostTensor> outputs) {
        uploadAndLaunch(inputs);
        java.util.Iterator<HostTensor> next = outputs.iterator();
        download(o -> next.next());
    }

    /** Host tensors for {@link #runHost(Map, List)}: one per distinct output buffer, in output order. */
    public List<HostTensor> allocateOutputs() {
        Map<String, HostTensor> seen = new LinkedHashMap<>();
        for (KernelProgram.Binding o : program.outputs()) seen.computeIfAbsent(o.buffer(), b -> HostTensor.allocate(o.type()));
        return List.copyOf(seen.values());
    }

    private void uploadAndLaunch(Map<String, HostTensor> inputs) {
        for (KernelProgram.Binding in : program.inputs()) {
            HostTensor t = inputs.get(in.name());
            if (t == null) throw new DeviceException("program " + program.name() + ": missing input '" + in.name() + "' of type " + in.type());
            if (!t.type().equals(in.type())) {
                throw new DeviceException("program " + program.name() + ": input '" + in.name() + "' must be " + in.type() + ", got " + t.type());
            }
            if (t.bytes() > 0) device.write(buffer(in.buffer()), t.data());
        }
        for (BoundLaunch l : launches) l.enqueue();
    }

    /** Reads each output buffer once into the host tensor {@code host} gives for its first binding; outputs in graph order. */
    private List<HostTensor> download(java.util.function.Function<KernelProgram.Binding, HostTensor> host) {
        List<HostTensor> out = new ArrayList<>();
        Map<String, HostTensor> read = new HashMap<>();
        for (KernelProgram.Binding o : program.outputs()) {
            HostTensor h = read.computeIfAbsent(o.buffer(), name -> {
                HostTensor t = host.apply(o);
                if (t.bytes() > 0) device.read(buffer(name), t.data());
                return t;
            });
            out.add(h.type().equals(o.type()) ? h : new HostTensor(o.type(), h.data()));
        }
        checkStatus();
        return out;
    }

    /**
     * Reads the status buffer of a program with device checks (a few bytes, after the outputs) and throws the
     * first failed check's message, zeroing the flags again so that the executor stays usable.
     */
    private void checkStatus() {
        if (status == null) return;
        DeviceBuffer b = buffer(program.statusBuffer().name());
        device.read(b, status.clear());
        int[] flags = new int[status.capacity() / 4];
        status.asIntBuffer().get(flags);
        String failed = program.failedCheck(flags);
        if (failed == null) return;
        java.util.Arrays.fill(flags, 0);
        status.clear().asIntBuffer().put(flags);
        device.write(b, status.clear());
        throw new IrException("program " + program.name() + ": " + failed);
    }

    /** Runs the program and returns each launch's device time in nanoseconds (outputs are discarded). */
    public long[] profile(Map<String, Tensor> inputs) {
        run(inputs);
        return timeLaunches();
    }

    /**
     * Runs every launch once more, each timed by the device (event or timestamp) and waited for, on what the buffers
     * hold now (the last run's inputs), and returns the device times in nanoseconds, in launch order.
     */
    public long[] timeLaunches() {
        long[] t = new long[launches.size()];
        for (int i = 0; i < t.length; i++) t[i] = timeLaunch(i);
        return t;
    }

    /** Runs launch {@code index} alone, timed by the device and waited for; its device time in nanoseconds. */
    public long timeLaunch(int index) { return launches.get(index).timed(); }

    public KernelProgram program() { return program; }

    /** The bytes this executor allocated for temporaries: one allocation per memory slot, plus each unplanned temporary. */
    public long temporaryBytes() { return tempBytes; }

    /** Frees this program's allocations (kernels stay in the device's cache). */
    @Override
    public void close() {
        releaseLaunches();
        allocations.forEach(DeviceBuffer::close);
        allocations.clear();
        buffers.clear();
    }
}
