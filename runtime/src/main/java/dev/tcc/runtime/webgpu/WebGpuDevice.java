package dev.tcc.runtime.webgpu;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A WebGPU device in this JVM: Dawn's C API ({@code libwebgpu_wrapper.so}, see {@link DawnLibrary}) on a
 * Vulkan driver, Mesa lavapipe on tcc's CPU-only machines. It makes storage and uniform buffers, compiles
 * WGSL, builds compute pipelines and bind groups, and runs dispatches, timing each one.
 *
 * <p><b>Errors.</b> Creating a shader module, pipeline or bind group and submitting work each run inside
 * Dawn error scopes, so a validation, out-of-memory or internal error becomes a {@link WebGpuException} (a
 * {@link WgslCompileException} for WGSL) naming the kernel by its label, thrown by the call that caused it.
 * Anything Dawn reports outside a scope arrives through the uncaptured-error callback and is thrown by the
 * next call that waits on the device. A lost device throws {@link DeviceLostException} from every later call.
 * No wait is unbounded: each gives up after the timeout given to {@link #open(Duration)}.
 *
 * <p><b>Threads.</b> A device and everything made from it may be used from any thread, one call at a time:
 * each public method takes the device's lock (Dawn objects are not safe to use concurrently without its
 * implicit-synchronisation feature, and callbacks run inside the waiting call). Open a device per thread for
 * parallel work.
 *
 * <p><b>Lifetime.</b> {@link #close} releases every object still open, then the device, adapter and
 * instance. Native memory for a call's descriptors lives in a confined arena closed when the call returns;
 * the device's own arena lives until {@code close}.
 */
public final class WebGpuDevice implements AutoCloseable {
    /** How long one wait on the device may take before it throws. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** Where per-dispatch times come from. */
    public enum Timing {
        /** GPU timestamps written at the beginning and end of each dispatch's pass. */
        TIMESTAMP_QUERY,
        /** Wall clock around a submission of one dispatch and its completion (no {@code timestamp-query}). */
        WALL_CLOCK
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Arena arena = Arena.ofShared();
    private final Duration timeout;
    private final ConcurrentLinkedQueue<String> uncapturedErrors = new ConcurrentLinkedQueue<>();
    private final long eventsId;
    private final MemorySegment instance;
    private final MemorySegment adapter;
    private final MemorySegment device;
    private final MemorySegment queue;
    private final AdapterInfo info;
    private final Features features;
    private final Limits limits;
    private final Set<WebGpuObject> open = new LinkedHashSet<>();
    private final Transfers transfers;
    private final Timestamps timestamps;
    private volatile String lost;
    private volatile boolean closed;

    private WebGpuDevice(Duration timeout) {
        this.timeout = timeout;
        DawnLibrary.lookup();
        List<String> wrongLayouts = WebGpuAbi.checkLayouts();
        if (!wrongLayouts.isEmpty()) throw new IllegalStateException("WebGpuAbi layouts are wrong: " + wrongLayouts);
        eventsId = Callbacks.register(new Callbacks.DeviceEvents() {
            @Override
            public void uncapturedError(int type, String message) {
                uncapturedErrors.add(WebGpuAbi.nameOf(WebGpuAbi.ERROR_TYPE_NAMES, type) + ": " + message.strip());
            }

            @Override
            public void lost(int reason, String message) {
                if (closed) return;
                lost = WebGpuAbi.nameOf(WebGpuAbi.DEVICE_LOST_REASON_NAMES, reason) + ": " + message.strip();
            }
        });
        try {
            DeviceRequest.Opened o = DeviceRequest.open(eventsId, timeout, arena);
            instance = o.instance();
            adapter = o.adapter();
            device = o.device();
            queue = o.queue();
            info = o.info();
            features = o.features();
            limits = o.limits();
        } catch (RuntimeException e) {
            Callbacks.unregister(eventsId);
            arena.close();
            throw e;
        }
        transfers = new Transfers(this);
        timestamps = features.timestampQuery() ? new Timestamps(device) : null;
    }

    /** Opens the Vulkan adapter's device with {@link #DEFAULT_TIMEOUT}; see {@link #open(Duration)}. */
    public static WebGpuDevice open() { return open(DEFAULT_TIMEOUT); }

    /**
     * Opens a device on Dawn's Vulkan adapter, with every limit raised to the adapter's and {@code shader-f16},
     * {@code subgroups} and {@code timestamp-query} enabled where offered. The first device of a JVM runs a
     * self-test (a vector add checked on the host, limits checked against WebGPU's minimums) that fails
     * loudly if the hand-written layouts in {@code WebGpuAbi} do not match the library.
     *
     * @throws DawnMissingException when the library or a Vulkan driver Dawn accepts is missing
     */
    public static WebGpuDevice open(Duration timeout) {
        WebGpuDevice d = new WebGpuDevice(timeout);
        try {
            SelfTest.runOnce(d);
        } catch (RuntimeException e) {
            d.close();
            throw e;
        }
        return d;
    }

    public AdapterInfo adapterInfo() { return info; }

    public Features features() { return features; }

    public Limits limits() { return limits; }

    public Timing timing() { return timestamps != null ? Timing.TIMESTAMP_QUERY : Timing.WALL_CLOCK; }

    public Duration timeout() { return timeout; }

    /** {@code WebGPU (Dawn) on llvmpipe (...) [mesa software, CPU, vulkan]}. */
    public String describe() { return "WebGPU (Dawn) on " + info.describe(); }

    // ---- buffers -----------------------------------------------------------------------------------------

    /** A storage buffer of {@code bytes} (zero-filled), usable as kernel input and output. */
    public GpuBuffer createBuffer(String label, long bytes) {
        return locked(() -> transfers.create(label, bytes, GpuBuffer.Kind.STORAGE));
    }

    /** A uniform buffer of {@code bytes} (rounded up to 16) for a kernel's scalar parameters. */
    public GpuBuffer createUniformBuffer(String label, long bytes) {
        return locked(() -> transfers.create(label, bytes, GpuBuffer.Kind.UNIFORM));
    }

    /** A storage buffer holding a copy of {@code data}. */
    public GpuBuffer upload(String label, MemorySegment data) {
        GpuBuffer b = createBuffer(label, data.byteSize());
        write(b, 0, data);
        return b;
    }

    /** A uniform buffer holding a copy of {@code data}, e.g. a struct of the kernel's scalar parameters. */
    public GpuBuffer uniform(String label, MemorySegment data) {
        GpuBuffer b = createUniformBuffer(label, data.byteSize());
        write(b, 0, data);
        return b;
    }

    /**
     * Copies {@code data} into {@code buffer} at byte {@code offset} (a multiple of 4) through the queue; it
     * is ordered before every later submission. A length that is not a multiple of 4 is padded with zero
     * bytes, which must fit in the buffer's allocated size.
     */
    public void write(GpuBuffer buffer, long offset, MemorySegment data) {
        locked(() -> transfers.write(buffer, offset, data));
    }

    /** Copies {@code data}'s remaining bytes (position unchanged) into {@code buffer} at {@code offset}. */
    public void write(GpuBuffer buffer, long offset, ByteBuffer data) {
        write(buffer, offset, MemorySegment.ofBuffer(data));
    }

    /** Copies {@code dst.byteSize()} bytes of {@code buffer} from byte {@code offset} into {@code dst}. */
    public void read(GpuBuffer buffer, long offset, MemorySegment dst) {
        locked(() -> transfers.read(buffer, offset, dst));
    }

    /** The buffer's {@link GpuBuffer#size} bytes, in a little-endian heap buffer. */
    public ByteBuffer read(GpuBuffer buffer) {
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(buffer.size())).order(ByteOrder.LITTLE_ENDIAN);
        read(buffer, 0, MemorySegment.ofBuffer(out));
        return out;
    }

    /** The buffer's contents as floats. */
    public float[] readFloats(GpuBuffer buffer) {
        float[] out = new float[Math.toIntExact(buffer.size() / Float.BYTES)];
        read(buffer, 0, MemorySegment.ofArray(out));
        return out;
    }

    // ---- kernels -----------------------------------------------------------------------------------------

    /**
     * Compiles WGSL. Errors throw {@link WgslCompileException} listing each message as {@code label:line:column};
     * warnings are kept in {@link ShaderModule#messages}.
     */
    public ShaderModule compile(String label, String wgsl) {
        return locked(() -> Kernels.compile(this, label, wgsl));
    }

    /** A pipeline for {@code entryPoint} with the bind group layout Dawn derives from the WGSL. */
    public ComputePipeline pipeline(ShaderModule module, String entryPoint) {
        return locked(() -> Kernels.pipeline(this, module, entryPoint, null));
    }

    /**
     * A pipeline for {@code entryPoint} whose group 0 has exactly {@code bindings} (binding i of kind
     * {@code bindings.get(i)}), whether or not the entry point uses each.
     */
    public ComputePipeline pipeline(ShaderModule module, String entryPoint, List<ComputePipeline.Binding> bindings) {
        return locked(() -> Kernels.pipeline(this, module, entryPoint, List.copyOf(bindings)));
    }

    /** Binds {@code buffers} (whole) to group 0 of {@code pipeline}: binding i is {@code buffers[i]}. */
    public BindGroup bind(ComputePipeline pipeline, GpuBuffer... buffers) {
        return locked(() -> Kernels.bind(this, pipeline, Arrays.asList(buffers)));
    }

    /** {@link #bind(ComputePipeline, GpuBuffer...)} over a list. */
    public BindGroup bind(ComputePipeline pipeline, List<GpuBuffer> buffers) {
        return locked(() -> Kernels.bind(this, pipeline, List.copyOf(buffers)));
    }

    /** Runs one dispatch, waits for it, and returns its time in nanoseconds. */
    public long run(Dispatch dispatch) { return run(List.of(dispatch))[0]; }

    /**
     * Runs the dispatches in order (one submission; several above {@value Timestamps#MAX_DISPATCHES} when
     * timed by timestamps), waits for them, and returns each one's time in nanoseconds ({@link #timing}).
     */
    public long[] run(List<Dispatch> dispatches) {
        return locked(() -> Kernels.run(this, timestamps, dispatches));
    }

    /**
     * Submits the dispatches in order in one command buffer and returns without waiting for them or timing
     * them; a later read, {@link #finish} or {@link #run} waits for them (and throws what went wrong).
     */
    public void submit(List<Dispatch> dispatches) {
        locked(() -> Kernels.submit(this, List.copyOf(dispatches)));
    }

    /** Waits until all submitted work is done; throws what the device reported meanwhile. */
    public void finish() {
        locked(() -> {
            awaitQueue("the queue to finish");
            throwUncaptured("earlier work");
        });
    }

    // ---- shared with the package -------------------------------------------------------------------------

    MemorySegment handle() { return device; }

    MemorySegment queue() { return queue; }

    MemorySegment instance() { return instance; }

    /** Registers a new object so {@link #close} releases it. Lock held. */
    <T extends WebGpuObject> T adopt(T object) {
        open.add(object);
        return object;
    }

    /** Polls the device until {@code outcome} arrives; throws on timeout or a lost device. Lock held. */
    void await(Callbacks.Outcome outcome, String what) {
        Events.await(instance, outcome, timeout, what);
        throwIfLost(what);
    }

    /** Waits for every submission so far. Lock held. */
    void awaitQueue(String what) {
        try (Arena a = Arena.ofConfined(); Callbacks.Pending p = new Callbacks.Pending()) {
            Wgpu.queueOnSubmittedWorkDone(queue, WebGpuAbi.callbackInfo(a, Callbacks.WORK_DONE, p.id,
                    WebGpuAbi.CALLBACK_MODE_ALLOW_PROCESS_EVENTS));
            await(p.outcome, what);
            if (p.outcome.status != WebGpuAbi.STATUS_SUCCESS) {
                throw new WebGpuException(what + " failed: queue status " + p.outcome.status + " " + p.outcome.message);
            }
        }
    }

    /**
     * Runs {@code body} inside out-of-memory, internal and validation error scopes and throws the first error
     * they caught as a {@link WebGpuException} starting with {@code what}. Lock held.
     */
    <T> T scoped(String what, Supplier<T> body) {
        throwIfLost(what);
        int[] filters = {WebGpuAbi.ERROR_FILTER_OUT_OF_MEMORY, WebGpuAbi.ERROR_FILTER_INTERNAL,
                WebGpuAbi.ERROR_FILTER_VALIDATION};
        for (int f : filters) Wgpu.devicePushErrorScope(device, f);
        T result = null;
        RuntimeException thrown = null;
        try {
            result = body.get();
        } catch (RuntimeException e) {
            thrown = e;
        }
        String error = popScopes(filters.length, what);
        if (error != null) {
            WebGpuException e = new WebGpuException(what + " failed on " + describe() + ": " + error);
            if (thrown != null) e.addSuppressed(thrown);
            throw e;
        }
        if (thrown != null) throw thrown;
        return result;
    }

    private String popScopes(int count, String what) {
        String first = null;
        try (Arena a = Arena.ofConfined()) {
            for (int i = 0; i < count; i++) {
                try (Callbacks.Pending p = new Callbacks.Pending()) {
                    Wgpu.devicePopErrorScope(device, WebGpuAbi.callbackInfo(a, Callbacks.POP_ERROR_SCOPE, p.id,
                            WebGpuAbi.CALLBACK_MODE_ALLOW_PROCESS_EVENTS));
                    await(p.outcome, "Dawn's error report for " + what);
                    if (first == null && p.outcome.type != WebGpuAbi.ERROR_TYPE_NO_ERROR && p.outcome.type != 0) {
                        first = WebGpuAbi.nameOf(WebGpuAbi.ERROR_TYPE_NAMES, p.outcome.type) + ": "
                                + p.outcome.message.strip();
                    }
                }
            }
        }
        return first;
    }

    /** Throws the errors Dawn reported outside error scopes since the last check, naming {@code what}. */
    void throwUncaptured(String what) {
        throwIfLost(what);
        List<String> errors = new ArrayList<>();
        for (String e; (e = uncapturedErrors.poll()) != null; ) errors.add(e);
        if (!errors.isEmpty()) {
            throw new WebGpuException(what + " on " + describe() + " reported: " + String.join("; ", errors));
        }
    }

    private void throwIfLost(String what) {
        String reason = lost;
        if (reason != null) throw new DeviceLostException(describe() + " was lost (" + reason + ") during " + what);
    }

    /** Releases {@code object} if still open. */
    void release(WebGpuObject object) {
        lock.lock();
        try {
            if (open.remove(object)) object.releaseNative();
        } finally {
            lock.unlock();
        }
    }

    private <T> T locked(Supplier<T> body) {
        lock.lock();
        try {
            if (closed) throw new IllegalStateException(describe() + " is closed");
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    private void locked(Runnable body) {
        locked(() -> {
            body.run();
            return null;
        });
    }

    /** Releases every object still open, then the device, its adapter and instance. Idempotent. */
    @Override
    public void close() {
        lock.lock();
        if (closed) {
            lock.unlock();
            return;
        }
        try {
            closed = true;
            List<WebGpuObject> remaining = new ArrayList<>(open);
            open.clear();
            for (int i = remaining.size() - 1; i >= 0; i--) remaining.get(i).releaseNative();
            transfers.release();
            if (timestamps != null) timestamps.release();
            Wgpu.Release.QUEUE.release(queue);
            Wgpu.deviceDestroy(device);
            Wgpu.deviceRelease(device);
            Wgpu.instanceProcessEvents(instance);
            Wgpu.adapterRelease(adapter);
            Wgpu.instanceRelease(instance);
        } finally {
            Callbacks.unregister(eventsId);
            arena.close();
            lock.unlock();
        }
    }

    @Override
    public String toString() { return describe(); }
}
