package dev.tcc.runtime.vulkan;

import dev.tcc.codegen.spirv.KernelLayout;
import dev.tcc.codegen.spirv.SpirvCodegen;
import dev.tcc.codegen.spirv.asm.SpirvReader;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelTypes;
import dev.tcc.ir.program.Profile;
import dev.tcc.runtime.BoundLaunch;
import dev.tcc.runtime.CompiledKernel;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceBuffer;
import dev.tcc.runtime.DeviceException;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.KernelArg;
import dev.tcc.runtime.KernelBuildException;
import dev.tcc.runtime.NoDeviceException;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * tcc's {@link Device} on Vulkan: one instance and one {@link VulkanDevice} of its own, buffers, pipelines
 * (SPIR-V rendered by {@link SpirvCodegen}, cached by content) and a queue of launches. Launches are batched:
 * {@link #enqueue} only adds a dispatch, and the batch is recorded into one command buffer and submitted when
 * something needs its results (a read, a write, {@link #finish}, a timed launch, closing a buffer), so a whole
 * program runs as one submission with barriers only where a dispatch uses a buffer an earlier one used.
 *
 * <p>Features: the device is opened with every optional feature the renderer may use that the device has
 * ({@code shaderInt64}, {@code shaderFloat64}, 8- and 16-bit storage); a module declaring a capability whose
 * feature the device lacks is refused at compile time, naming the feature.
 */
public final class VulkanKernelDevice implements Device {
    /** The optional features the renderer's modules may declare, by SPIR-V capability number. */
    private static final Map<Integer, VulkanFeature> CAPABILITY_FEATURES = Map.of(
            11, VulkanFeature.SHADER_INT64, 10, VulkanFeature.SHADER_FLOAT64,
            4433, VulkanFeature.STORAGE_BUFFER_16BIT_ACCESS, 4448, VulkanFeature.STORAGE_BUFFER_8BIT_ACCESS,
            9, VulkanFeature.SHADER_FLOAT16, 39, VulkanFeature.SHADER_INT8, 22, VulkanFeature.SHADER_INT16,
            5357, VulkanFeature.COOPERATIVE_MATRIX);

    private final DeviceInfo info;
    private final Profile profile;
    private final VulkanInstance instance;
    private final VulkanDevice device;
    private final SpirvCodegen codegen = new SpirvCodegen();
    private final Map<String, VulkanKernel> kernels = new HashMap<>();
    private final Set<VulkanTensorBuffer> buffers = new LinkedHashSet<>();
    private final List<Dispatch> pending = new ArrayList<>();
    /**
     * Programs recorded for batches seen before, least recently run first: an executor queues the same launches on
     * every run, so its batch is recorded once and resubmitted. A program is closed when a buffer it binds is.
     */
    private final Map<List<BatchEntry>, VulkanProgram> recorded = new LinkedHashMap<>(16, 0.75f, true);
    private static final int RECORDED_PROGRAMS = 16;
    private boolean closed;

    /**
     * How long one submission (a whole batch of launches) may run before the device counts as hung: generous, since
     * a batch may be a whole model on a CPU driver shared with other processes; it only guards against hangs.
     */
    static final Duration TIMEOUT = Duration.ofMinutes(5);

    private VulkanKernelDevice(DeviceInfo info, VulkanInstance instance, VulkanDevice device) {
        this.info = info;
        this.profile = VulkanBackend.profileOf(info);
        this.instance = instance;
        this.device = device;
        device.timeout(TIMEOUT);
    }

    /**
     * Opens the device {@code info} describes (found by {@link VulkanBackend#discover}) on an instance of its own.
     *
     * @throws NoDeviceException when Vulkan or the device is gone, or validation was asked for and the layer is missing
     */
    public static VulkanKernelDevice open(DeviceInfo info, VulkanInstance.Options options) {
        VulkanInstance instance = VulkanInstance.open(options);
        try {
            VulkanPhysicalDevice physical = instance.devices().stream().filter(d -> d.info().id().equals(info.id())).findFirst()
                    .orElseThrow(() -> new NoDeviceException("Vulkan device " + info.id() + " (" + info.name() + ") is no longer present"));
            Set<VulkanFeature> features = EnumSet.noneOf(VulkanFeature.class);
            for (KernelLayout.Feature f : KernelLayout.Feature.values()) {
                if (physical.info().features().contains(feature(f))) features.add(feature(f));
            }
            return new VulkanKernelDevice(info, instance, instance.open(physical, features));
        } catch (RuntimeException e) {
            instance.close();
            throw e;
        }
    }

    private static VulkanFeature feature(KernelLayout.Feature f) {
        return switch (f) {
            case SHADER_INT64 -> VulkanFeature.SHADER_INT64;
            case SHADER_FLOAT64 -> VulkanFeature.SHADER_FLOAT64;
            case STORAGE_BUFFER_16BIT_ACCESS -> VulkanFeature.STORAGE_BUFFER_16BIT_ACCESS;
            case STORAGE_BUFFER_8BIT_ACCESS -> VulkanFeature.STORAGE_BUFFER_8BIT_ACCESS;
        };
    }

    @Override public DeviceInfo info() { return info; }

    @Override public Profile profile() { return profile; }

    /** The validation layer's messages (empty unless the device was opened with validation). */
    public ValidationLog validation() { return instance.validation(); }

    private String where() { return " on " + info.id() + " (" + info.name() + ")"; }

    private void checkOpen() {
        if (closed) throw new DeviceException("device " + info.id() + " was used after close()");
    }

    @Override
    public synchronized DeviceBuffer allocate(DType elementType, long elements) {
        checkOpen();
        long bytes = elements * KernelTypes.storageBytes(elementType);
        if (bytes > info.maxAllocBytes()) {
            throw new DeviceException("a buffer of " + elements + " " + elementType + " (" + bytes + " bytes) exceeds the largest buffer "
                    + info.maxAllocBytes() + " bytes" + where());
        }
        // empty tensors still get a binding: Vulkan has no zero-sized buffers
        VulkanTensorBuffer b = new VulkanTensorBuffer(this, elementType, elements, device.createBuffer(Math.max(bytes, 4)));
        buffers.add(b);
        return b;
    }

    /** Frees {@code b} after running the dispatches queued so far, which may use it, and the recorded programs that bind it. */
    synchronized void release(VulkanTensorBuffer b) {
        if (!closed) {
            flush();
            recorded.values().removeIf(p -> {
                boolean uses = p.dispatches().stream().anyMatch(d -> d.buffers().contains(b.memory()));
                if (uses) p.close();
                return uses;
            });
        }
        buffers.remove(b);
        b.memory().close();
    }

    private VulkanTensorBuffer mine(DeviceBuffer b) {
        if (!(b instanceof VulkanTensorBuffer v) || v.owner() != this) throw new DeviceException(b + " does not belong to device " + info.id());
        v.checkLive();
        return v;
    }

    @Override
    public synchronized void write(DeviceBuffer buffer, ByteBuffer data) {
        checkOpen();
        VulkanTensorBuffer b = mine(buffer);
        if (b.bytes() == 0) return;
        flush();
        b.memory().write(0, slice(data, b.bytes(), "write to " + b));
    }

    @Override
    public synchronized void read(DeviceBuffer buffer, ByteBuffer data) {
        checkOpen();
        VulkanTensorBuffer b = mine(buffer);
        if (b.bytes() == 0) return;
        flush();
        b.memory().read(0, slice(data, b.bytes(), "read of " + b));
    }

    private static ByteBuffer slice(ByteBuffer data, long bytes, String what) {
        if (data.remaining() < bytes) throw new DeviceException(what + ": needs " + bytes + " bytes, the ByteBuffer has " + data.remaining());
        return data.slice(data.position(), Math.toIntExact(bytes));
    }

    @Override
    public CompiledKernel compile(Kernel kernel) { return compile(kernel.signature(), codegen.render(kernel, profile)); }

    /** Builds {@code code} (a SPIR-V module) rendered from a kernel with interface {@code sig}; its layout follows from {@code sig}. */
    @Override
    public synchronized CompiledKernel compile(Kernel.Signature sig, byte[] code) {
        checkOpen();
        checkLimits(sig);
        int[] words;
        try {
            words = Spirv.words(code);
        } catch (IllegalArgumentException e) {
            throw new KernelBuildException(sig.name(), info.id() + " (" + info.name() + ")", e.getMessage(), "");
        }
        checkFeatures(sig, words);
        KernelLayout layout = KernelLayout.of(sig);
        VulkanPipeline pipeline;
        try {
            pipeline = device.pipeline(words, sig.name(), layout.buffers().size(), (layout.pushConstantBytes() + 3) & ~3);
        } catch (VulkanValidationException e) {
            throw e;
        } catch (DeviceException e) {
            throw new KernelBuildException(sig.name(), info.id() + " (" + info.name() + ")", e.getMessage(), disassembly(code));
        }
        // the grid is not in the module (only the workgroup size is): launches use the cached kernel's grid
        String key = pipeline.spirvSha256() + "/" + sig.name() + "/" + sig.grid();
        return kernels.computeIfAbsent(key, k -> new VulkanKernel(this, sig, code, pipeline, layout));
    }

    private static String disassembly(byte[] code) {
        try {
            return SpirvReader.read(code).disassemble();
        } catch (RuntimeException e) {
            return "(unreadable SPIR-V: " + e.getMessage() + ")";
        }
    }

    private void checkFeatures(Kernel.Signature sig, int[] words) {
        for (int capability : Spirv.capabilities(words)) {
            VulkanFeature f = CAPABILITY_FEATURES.get(capability);
            if (f != null && !device.enabledFeatures().contains(f)) {
                throw new DeviceException("kernel '" + sig.name() + "' needs the Vulkan feature " + f + ", which " + info.id()
                        + " (" + info.name() + ") lacks; compile the model for this device (--device) or pick another");
            }
        }
    }

    private void checkLimits(Kernel.Signature kernel) {
        Grid g = kernel.grid();
        if (g.workgroupVolume() > info.maxWorkgroupSize()) {
            throw new DeviceException("kernel '" + kernel.name() + "' needs workgroups of " + g.workgroupVolume()
                    + " invocations; the device allows " + info.maxWorkgroupSize() + where());
        }
        for (int d = 0; d < 3; d++) {
            if (g.workgroupSize(d) > info.maxWorkItemSizes().get(d)) {
                throw new DeviceException("kernel '" + kernel.name() + "' has workgroup size " + g.workgroupSize(d) + " along dimension " + d
                        + "; the device allows " + info.maxWorkItemSizes().get(d) + where());
            }
        }
        if (kernel.workgroupBytes() > info.localMemBytes()) {
            throw new DeviceException("kernel '" + kernel.name() + "' needs " + kernel.workgroupBytes() + " bytes of shared memory; the device has "
                    + info.localMemBytes() + where());
        }
    }

    /** Pipelines built so far (cache misses); a second compile of the same module does not count. */
    public synchronized int pipelinesBuilt() { return device.cachedPipelines(); }

    @Override
    public synchronized void enqueue(CompiledKernel kernel, List<KernelArg> args) { queue(dispatch(kernel, args)); }

    @Override
    public synchronized long launchTimed(CompiledKernel kernel, List<KernelArg> args) {
        checkOpen();
        Dispatch d = dispatch(kernel, args);
        flush();
        return nanos(device.run(List.of(d)));
    }

    /** The device time of a one-dispatch program's run: its timestamps, else the host's wait. */
    private static long nanos(ProgramTimings t) { return t.dispatchNanos().isEmpty() ? t.hostNanos() : t.dispatchNanos().getFirst(); }

    /**
     * A launch whose dispatch (pipeline, buffers, push constants) is made once; its timed runs reuse one recorded
     * program with timestamps, while plain runs join the batch like {@link #enqueue}.
     */
    @Override
    public synchronized BoundLaunch bind(CompiledKernel kernel, List<KernelArg> args) {
        checkOpen();
        return new Bound(dispatch(kernel, args));
    }

    private synchronized void queue(Dispatch d) {
        checkOpen();
        pending.add(d);
    }

    /** A dispatch made once; its timed program is recorded on the first timed run and freed by {@link #close}. */
    private final class Bound implements BoundLaunch {
        private final Dispatch dispatch;
        private VulkanProgram timedProgram;

        Bound(Dispatch dispatch) { this.dispatch = dispatch; }

        @Override public void enqueue() { queue(dispatch); }

        @Override public long timed() {
            synchronized (VulkanKernelDevice.this) {
                checkOpen();
                flush();
                if (timedProgram == null) timedProgram = device.record(List.of(dispatch), true);
                return nanos(timedProgram.run());
            }
        }

        @Override public void close() {
            synchronized (VulkanKernelDevice.this) {
                if (timedProgram != null && !closed) timedProgram.close();
                timedProgram = null;
            }
        }
    }

    private Dispatch dispatch(CompiledKernel compiled, List<KernelArg> args) {
        if (!(compiled instanceof VulkanKernel k) || k.owner() != this) throw new DeviceException(compiled + " was not compiled by device " + info.id());
        return KernelArgs.dispatch(k, args, b -> mine(b).memory());
    }

    /** Runs the queued dispatches as one program, recorded before if the same batch ran before, and waits for them. */
    private void flush() {
        if (pending.isEmpty()) return;
        List<Dispatch> batch = List.copyOf(pending);
        pending.clear();
        List<BatchEntry> key = batch.stream().map(BatchEntry::of).toList();
        VulkanProgram program = recorded.get(key);
        if (program == null) {
            program = device.record(batch, false);
            recorded.put(key, program);
            if (recorded.size() > RECORDED_PROGRAMS) {
                var eldest = recorded.entrySet().iterator();
                eldest.next().getValue().close();
                eldest.remove();
            }
        }
        program.run();
    }

    /** A dispatch as a key: pipeline and buffers by identity, push constants by content. */
    private record BatchEntry(VulkanPipeline pipeline, List<VulkanBuffer> buffers, ByteBuffer push, int x, int y, int z) {
        static BatchEntry of(Dispatch d) {
            return new BatchEntry(d.pipeline(), d.buffers(), ByteBuffer.wrap(d.pushConstants()), d.groupsX(), d.groupsY(), d.groupsZ());
        }
    }

    @Override
    public synchronized void finish() {
        checkOpen();
        flush();
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        try {
            flush();
        } finally {
            closed = true;
            buffers.clear();
            recorded.clear();
            kernels.clear();
            instance.close();
        }
    }

    @Override public String toString() { return "VulkanKernelDevice[" + info.id() + " " + info.name() + "]"; }
}
