package dev.tcc.runtime.vulkan;

import dev.tcc.runtime.DeviceException;
import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.*;

import java.time.Duration;
import java.util.*;
import java.util.function.Consumer;

import static org.lwjgl.vulkan.VK10.*;
import static org.lwjgl.vulkan.VK12.VK_API_VERSION_1_2;

/**
 * A logical Vulkan device with one compute queue, and the owner of everything made on it: buffers,
 * pipelines (cached by SPIR-V content) and recorded programs. Work is synchronous: every submission
 * waits for its fence, bounded by {@link #timeout()}, so nothing is in flight when a method returns.
 *
 * <p>Thread-safety: the device and all its objects may be shared between threads; each operation holds
 * the device's monitor, so work on one device is serialised (Vulkan requires it for the queue and the
 * command pool anyway). Use one device per thread for parallelism.
 *
 * <p>Lifetime: {@link #close()} destroys what is still open in reverse order of creation (programs before
 * the pipelines and buffers they use), then the device. A fence that times out leaves the device broken:
 * every later operation throws, and close() waits once more for the hung work, freeing nothing if it is
 * still running (the instance then stays alive too).
 */
public final class VulkanDevice implements AutoCloseable {
    /** How long a submission may run before the device is declared hung, unless {@link #timeout(Duration)} says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final VulkanInstance instance;
    private final VulkanPhysicalDevice physical;
    private final Set<VulkanFeature> enabled;
    private final VkDevice handle;
    private final VkQueue queue;
    private final long commandPool;
    private final MemoryTypes memory;
    private final boolean unifiedMemory;
    /** Open buffers, pipelines and programs in creation order: close() destroys them newest first. */
    private final SequencedSet<Object> resources = new LinkedHashSet<>();
    private final Map<PipelineKey, VulkanPipeline> pipelines = new HashMap<>();
    private Transfers transfers;
    private Duration timeout = DEFAULT_TIMEOUT;
    private String broken;
    /** The fence of a submission that timed out, 0 if none: the GPU may still be running it. */
    private long hungFence;
    private boolean closed;

    VulkanDevice(VulkanInstance instance, VulkanPhysicalDevice physical, Set<VulkanFeature> features) {
        this.instance = instance;
        this.physical = physical;
        this.enabled = features.isEmpty() ? EnumSet.noneOf(VulkanFeature.class) : EnumSet.copyOf(features);
        EnumSet<VulkanFeature> missing = EnumSet.copyOf(enabled);
        missing.removeAll(physical.info().features());
        if (!missing.isEmpty()) {
            throw new DeviceException("Vulkan: " + physical.info().id() + " " + physical.info().name() + " lacks "
                    + missing + "; pick a device that reports them (VulkanDeviceInfo.features()) or do not ask for them");
        }
        try (MemoryStack s = MemoryStack.stackPush()) {
            List<String> extensions = enabled.stream().flatMap(f -> f.extension().stream()).distinct().toList();
            FeatureChain chain = FeatureChain.calloc(s, extensions);
            for (VulkanFeature f : enabled) f.enableIn(chain);
            var queueInfo = VkDeviceQueueCreateInfo.calloc(1, s).sType$Default()
                    .queueFamilyIndex(physical.queueFamily()).pQueuePriorities(s.floats(1f));
            var info = VkDeviceCreateInfo.calloc(s).sType$Default().pNext(chain.core().address()).pQueueCreateInfos(queueInfo);
            if (!extensions.isEmpty()) {
                PointerBuffer names = s.mallocPointer(extensions.size());
                for (String e : extensions) names.put(s.UTF8(e));
                info.ppEnabledExtensionNames(names.flip());
            }
            PointerBuffer pp = s.mallocPointer(1);
            VulkanErrors.check(vkCreateDevice(physical.handle(), info, null, pp), "vkCreateDevice on " + physical.info().id());
            handle = new VkDevice(pp.get(0), physical.handle(), info, VK_API_VERSION_1_2);
            vkGetDeviceQueue(handle, physical.queueFamily(), 0, pp);
            queue = new VkQueue(pp.get(0), handle);
            var poolInfo = VkCommandPoolCreateInfo.calloc(s).sType$Default()
                    .flags(VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT).queueFamilyIndex(physical.queueFamily());
            var lp = s.mallocLong(1);
            int err = vkCreateCommandPool(handle, poolInfo, null, lp);
            if (err != VK_SUCCESS) vkDestroyDevice(handle, null);
            VulkanErrors.check(err, "vkCreateCommandPool");
            commandPool = lp.get(0);
        }
        memory = new MemoryTypes(physical.handle());
        VulkanDeviceInfo.Type type = physical.info().type();
        unifiedMemory = (type == VulkanDeviceInfo.Type.CPU || type == VulkanDeviceInfo.Type.INTEGRATED_GPU)
                && memory.find(-1, MAPPABLE_DEVICE_LOCAL, MAPPABLE_DEVICE_LOCAL) >= 0;
    }

    static final int MAPPABLE = VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT;
    static final int MAPPABLE_DEVICE_LOCAL = MAPPABLE | VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT;

    public VulkanDeviceInfo info() { return physical.info(); }

    /** The features this device was opened with. */
    public Set<VulkanFeature> enabledFeatures() { return Collections.unmodifiableSet(enabled); }

    public VulkanInstance instance() { return instance; }

    /** Whether buffers here are mapped for host access (CPU and integrated devices) rather than copied through staging. */
    public boolean unifiedMemory() { return unifiedMemory; }

    public synchronized Duration timeout() { return timeout; }

    /** Sets how long any one submission may take before it counts as hung (default 60 s). */
    public synchronized void timeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
    }

    /** A device-local storage buffer of {@code bytes}, mapped when memory is unified. Contents start undefined. */
    public VulkanBuffer createBuffer(long bytes) { return createBuffer(bytes, HostAccess.AUTO); }

    /** A device-local storage buffer of {@code bytes}, reached from the host as {@code access} says. */
    public synchronized VulkanBuffer createBuffer(long bytes, HostAccess access) {
        checkUsable();
        if (bytes <= 0) throw new IllegalArgumentException("buffer size must be positive: " + bytes);
        long limit = info().limits().maxMemoryAllocationSize();
        if (limit > 0 && bytes > limit) {
            throw new DeviceException("Vulkan: a buffer of " + bytes + " bytes exceeds " + info().id()
                    + "'s maxMemoryAllocationSize of " + limit + "; split the tensor");
        }
        boolean map = access == HostAccess.AUTO && unifiedMemory;
        int usage = VK_BUFFER_USAGE_STORAGE_BUFFER_BIT | VK_BUFFER_USAGE_TRANSFER_SRC_BIT | VK_BUFFER_USAGE_TRANSFER_DST_BIT;
        RawBuffer raw = RawBuffer.create(handle, memory, (bytes + 3) & ~3L, usage,
                map ? MAPPABLE_DEVICE_LOCAL : 0, map ? MAPPABLE_DEVICE_LOCAL : VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT,
                map, "storage buffer");
        VulkanBuffer b = new VulkanBuffer(this, raw, bytes);
        resources.add(b);
        return b;
    }

    /** Bytes held by the open buffers (as asked, before rounding), not counting the staging buffer. */
    public synchronized long allocatedBytes() {
        return resources.stream().mapToLong(r -> r instanceof VulkanBuffer b ? b.size() : 0).sum();
    }

    /** How the host reaches a buffer's contents. */
    public enum HostAccess {
        /** Mapped directly when memory is unified (CPU, integrated GPU), else through a staging buffer. */
        AUTO,
        /** Always copied through a host-visible staging buffer, as on a discrete GPU (tests use it to cover that path). */
        STAGED
    }

    /**
     * The compute pipeline for {@code spirv} (entry point {@code main}) whose descriptor set 0 has
     * {@code storageBuffers} storage buffers at bindings 0..n-1 and whose push-constant block has
     * {@code pushConstantBytes} bytes (0 for none). The same arguments give the same cached pipeline.
     */
    public VulkanPipeline pipeline(int[] spirv, int storageBuffers, int pushConstantBytes) {
        return pipeline(spirv, "main", storageBuffers, pushConstantBytes);
    }

    /** As {@link #pipeline(int[], int, int)} with a named entry point. */
    public VulkanPipeline pipeline(int[] spirv, String entryPoint, int storageBuffers, int pushConstantBytes) {
        return pipeline(spirv, entryPoint, storageBuffers, pushConstantBytes, Map.of());
    }

    /**
     * As {@link #pipeline(int[], int, int)} with a named entry point and specialisation constants (SPIR-V
     * {@code SpecId} to a 32-bit value; {@link Float#floatToRawIntBits} for floats), e.g. a workgroup size
     * declared with {@code local_size_x_id} that an autotuner varies without new SPIR-V. Each distinct map
     * is its own cached pipeline.
     */
    public synchronized VulkanPipeline pipeline(int[] spirv, String entryPoint, int storageBuffers,
                                                int pushConstantBytes, Map<Integer, Integer> specialization) {
        checkUsable();
        PipelineKey key = PipelineKey.of(spirv, entryPoint, storageBuffers, pushConstantBytes, specialization);
        VulkanPipeline cached = pipelines.get(key);
        if (cached != null) return cached;
        VulkanPipeline p = VulkanPipeline.create(this, key, spirv);
        pipelines.put(key, p);
        resources.add(p);
        instance.checkValidation("creating pipeline " + key);
        return p;
    }

    /** How many pipelines the cache holds. */
    public synchronized int cachedPipelines() { return pipelines.size(); }

    /**
     * Records {@code dispatches} into a command buffer once, with a barrier before each dispatch, so the
     * program can be run many times. Push constants are recorded too: new values need a new program. Each dispatch
     * is timed by a pair of timestamps where the queue supports them.
     */
    public synchronized VulkanProgram record(List<Dispatch> dispatches) { return record(dispatches, true); }

    /** Like {@link #record(List)}; without {@code timed} no timestamps are written or read (a program run for its results). */
    public synchronized VulkanProgram record(List<Dispatch> dispatches, boolean timed) {
        checkUsable();
        VulkanProgram p = VulkanProgram.record(this, dispatches, timed);
        resources.add(p);
        instance.checkValidation("recording a program of " + dispatches.size() + " dispatches");
        return p;
    }

    /** Records, runs once and frees {@code dispatches}. */
    public synchronized ProgramTimings run(List<Dispatch> dispatches) {
        try (VulkanProgram p = record(dispatches)) {
            return p.run();
        }
    }

    // ---- for the objects of this package

    VkDevice handle() { return handle; }

    VkQueue queue() { return queue; }

    long commandPool() { return commandPool; }

    MemoryTypes memory() { return memory; }

    synchronized Transfers transfers() {
        if (transfers == null) transfers = new Transfers(this);
        return transfers;
    }

    /** Whether a submission timed out and had not finished when the device closed. */
    synchronized boolean broken() { return hungFence != 0; }

    void checkUsable() {
        if (closed) throw new IllegalStateException("Vulkan device " + info().id() + " used after close()");
        if (broken != null) throw new DeviceException(broken);
    }

    void checkValidation(String after) { instance.checkValidation(after); }

    /** Submits {@code cb}, waits for {@code fence} up to the device's timeout, and checks validation messages. */
    void submitAndWait(VkCommandBuffer cb, long fence, String what) { submitAndWait(cb, fence, what, timeout); }

    /** Submits {@code cb}, waits for {@code fence} up to {@code timeout}, and checks validation messages. */
    void submitAndWait(VkCommandBuffer cb, long fence, String what, Duration timeout) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            VulkanErrors.check(vkResetFences(handle, fence), "vkResetFences");
            var submit = VkSubmitInfo.calloc(s).sType$Default().pCommandBuffers(s.pointers(cb));
            check(vkQueueSubmit(queue, submit, fence), "vkQueueSubmit (" + what + ")");
            int err = vkWaitForFences(handle, s.longs(fence), true, timeout.toNanos());
            if (err == VK_TIMEOUT) {
                hungFence = fence;
                broken = "Vulkan: " + what + " on " + info().id() + " did not finish within " + timeout.toMillis()
                        + " ms; the device is unusable now: close it and open a new one (raise VulkanDevice.timeout "
                        + "for longer kernels)";
                throw new DeviceException(broken);
            }
            check(err, "vkWaitForFences (" + what + ")");
        }
        checkValidation(what);
    }

    private void check(int err, String what) {
        if (err == VK_ERROR_DEVICE_LOST) {
            broken = "Vulkan: " + info().id() + " was lost during " + what + "; close it and open a new one";
        }
        VulkanErrors.check(err, what);
    }

    /** Allocates a primary command buffer from the device's pool. */
    VkCommandBuffer allocateCommandBuffer() {
        try (MemoryStack s = MemoryStack.stackPush()) {
            var info = VkCommandBufferAllocateInfo.calloc(s).sType$Default().commandPool(commandPool)
                    .level(VK_COMMAND_BUFFER_LEVEL_PRIMARY).commandBufferCount(1);
            PointerBuffer pp = s.mallocPointer(1);
            VulkanErrors.check(vkAllocateCommandBuffers(handle, info, pp), "vkAllocateCommandBuffers");
            return new VkCommandBuffer(pp.get(0), handle);
        }
    }

    long createFence() {
        try (MemoryStack s = MemoryStack.stackPush()) {
            var lp = s.mallocLong(1);
            VulkanErrors.check(vkCreateFence(handle, VkFenceCreateInfo.calloc(s).sType$Default(), null, lp), "vkCreateFence");
            return lp.get(0);
        }
    }

    /** Records {@code commands} into {@code cb} (reset first). */
    static void recordInto(VkCommandBuffer cb, Consumer<VkCommandBuffer> commands) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            VulkanErrors.check(vkResetCommandBuffer(cb, 0), "vkResetCommandBuffer");
            var begin = VkCommandBufferBeginInfo.calloc(s).sType$Default();
            VulkanErrors.check(vkBeginCommandBuffer(cb, begin), "vkBeginCommandBuffer");
            commands.accept(cb);
            VulkanErrors.check(vkEndCommandBuffer(cb), "vkEndCommandBuffer");
        }
    }

    /** Forgets a resource its owner destroyed. */
    synchronized void forget(Object r) {
        resources.remove(r);
        if (r instanceof VulkanPipeline p) pipelines.values().remove(p);
    }

    /** Open programs that use {@code r}; a buffer or pipeline cannot be closed while they exist. */
    synchronized List<VulkanProgram> programsUsing(Object r) {
        return resources.stream().filter(x -> x instanceof VulkanProgram p && p.uses(r)).map(x -> (VulkanProgram) x).toList();
    }

    /**
     * Destroys every open program, pipeline and buffer (newest first), the staging buffer and the device.
     * Idempotent. After a timeout it first waits once more, up to {@link #timeout()}, for the hung
     * submission; if that does not finish either, nothing is freed, since the GPU may still use it.
     */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            if (hungFence != 0) {
                try (MemoryStack s = MemoryStack.stackPush()) {
                    if (vkWaitForFences(handle, s.longs(hungFence), true, timeout.toNanos()) != VK_SUCCESS) return;
                }
                hungFence = 0;
                broken = null;
            }
            for (Object r : List.copyOf(resources).reversed()) {
                switch (r) {
                    case VulkanProgram p -> p.destroy();
                    case VulkanPipeline p -> p.destroy();
                    case VulkanBuffer b -> b.destroy();
                    default -> throw new AssertionError("unknown resource " + r);
                }
            }
            resources.clear();
            pipelines.clear();
            if (transfers != null) transfers.destroy();
            vkDestroyCommandPool(handle, commandPool, null);
            vkDestroyDevice(handle, null);
        } finally {
            instance.forget(this);
        }
        checkValidation("closing " + info().id());
    }

    @Override public String toString() { return "Vulkan device " + info().summary(); }
}
