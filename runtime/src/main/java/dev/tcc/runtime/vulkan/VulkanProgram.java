package dev.tcc.runtime.vulkan;

import dev.tcc.runtime.DeviceException;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.*;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import static org.lwjgl.system.MemoryUtil.memAllocLong;
import static org.lwjgl.system.MemoryUtil.memFree;
import static org.lwjgl.vulkan.VK10.*;

/**
 * A sequence of dispatches recorded once into a command buffer and resubmitted by every {@link #run()}.
 * Each dispatch gets its own descriptor set (from the program's pool) and, when the queue supports them,
 * a pair of timestamps. A barrier precedes the first dispatch and every dispatch that binds a buffer an
 * earlier one (since the last barrier) bound, making earlier shader and transfer writes visible to it; one
 * follows the last (results visible to copies and the host). So a dispatch may read what earlier ones
 * wrote, and dispatches on disjoint buffers may overlap (their timestamps then overlap too).
 *
 * <p>The program keeps its buffers and pipelines open: they cannot be closed before it.
 */
public final class VulkanProgram implements AutoCloseable {
    private final VulkanDevice device;
    private final List<Dispatch> dispatches;
    private final VkCommandBuffer commands;
    private final long descriptorPool;
    private final long queryPool;
    private final long fence;
    private final int barriers;
    private boolean destroyed;

    private VulkanProgram(VulkanDevice device, List<Dispatch> dispatches, VkCommandBuffer commands,
                          long descriptorPool, long queryPool, long fence, int barriers) {
        this.device = device;
        this.dispatches = dispatches;
        this.commands = commands;
        this.descriptorPool = descriptorPool;
        this.queryPool = queryPool;
        this.fence = fence;
        this.barriers = barriers;
    }

    static VulkanProgram record(VulkanDevice device, List<Dispatch> dispatches, boolean timed) {
        dispatches = List.copyOf(dispatches);
        if (dispatches.isEmpty()) throw new IllegalArgumentException("a program needs at least one dispatch");
        for (Dispatch d : dispatches) check(device, d);
        VkDevice d = device.handle();
        long pool = 0, queries = 0, fence = 0;
        VkCommandBuffer cb = null;
        try {
            pool = descriptorPool(d, dispatches);
            long[] sets = descriptorSets(d, pool, dispatches);
            if (timed && device.info().limits().timestampsOnComputeQueue()) queries = queryPool(d, 2 * dispatches.size());
            fence = device.createFence();
            cb = device.allocateCommandBuffer();
            long queryPoolHandle = queries;
            List<Dispatch> all = dispatches;
            int[] barriers = new int[1];
            VulkanDevice.recordInto(cb, c -> barriers[0] = recordCommands(c, all, sets, queryPoolHandle));
            return new VulkanProgram(device, dispatches, cb, pool, queries, fence, barriers[0]);
        } catch (RuntimeException e) {
            if (cb != null) vkFreeCommandBuffers(d, device.commandPool(), cb);
            if (fence != 0) vkDestroyFence(d, fence, null);
            if (queries != 0) vkDestroyQueryPool(d, queries, null);
            if (pool != 0) vkDestroyDescriptorPool(d, pool, null);
            throw e;
        }
    }

    private static void check(VulkanDevice device, Dispatch d) {
        if (d.pipeline().device() != device || d.pipeline().destroyed()) {
            throw new IllegalArgumentException(d.pipeline() + " is closed or belongs to another device");
        }
        VulkanLimits limits = device.info().limits();
        VulkanLimits.Dims max = limits.maxComputeWorkGroupCount();
        if (Integer.compareUnsigned(d.groupsX(), max.x()) > 0 || Integer.compareUnsigned(d.groupsY(), max.y()) > 0
                || Integer.compareUnsigned(d.groupsZ(), max.z()) > 0) {
            throw new DeviceException("Vulkan: " + d + " exceeds " + device.info().id() + "'s maxComputeWorkGroupCount "
                    + max + "; tile the grid over more dimensions or loop inside the kernel");
        }
        for (VulkanBuffer b : d.buffers()) {
            if (b.device() != device || b.destroyed()) {
                throw new IllegalArgumentException(b + " is closed or belongs to another device");
            }
            if (b.size() > limits.maxStorageBufferRange()) {
                throw new DeviceException("Vulkan: " + b + " is larger than " + device.info().id()
                        + "'s maxStorageBufferRange of " + limits.maxStorageBufferRange()
                        + " bytes, so a shader cannot bind it whole; split the tensor");
            }
        }
    }

    /**
     * Records the dispatches. A barrier goes before the first dispatch and before every dispatch that binds a
     * buffer bound by a dispatch since the last barrier; dispatches on disjoint buffers may overlap. Each
     * barrier is global, so it also orders every dispatch before it. Returns the number of barriers.
     */
    private static int recordCommands(VkCommandBuffer cb, List<Dispatch> dispatches, long[] sets, long queries) {
        int barriers = 0;
        Set<VulkanBuffer> sinceBarrier = Collections.newSetFromMap(new IdentityHashMap<>());
        if (queries != 0) vkCmdResetQueryPool(cb, queries, 0, 2 * dispatches.size());
        for (int i = 0; i < dispatches.size(); i++) {
            try (MemoryStack s = MemoryStack.stackPush()) {   // per dispatch: programs outgrow one stack frame
                Dispatch d = dispatches.get(i);
                VulkanPipeline p = d.pipeline();
                if (i == 0 || d.buffers().stream().anyMatch(sinceBarrier::contains)) {
                    Barriers.beforeDispatch(cb);
                    sinceBarrier.clear();
                    barriers++;
                }
                sinceBarrier.addAll(d.buffers());
                vkCmdBindPipeline(cb, VK_PIPELINE_BIND_POINT_COMPUTE, p.handle());
                if (p.storageBuffers() > 0) {
                    vkCmdBindDescriptorSets(cb, VK_PIPELINE_BIND_POINT_COMPUTE, p.layout(), 0, s.longs(sets[i]), null);
                }
                if (p.pushConstantBytes() > 0) {
                    ByteBuffer push = s.malloc(p.pushConstantBytes()).put(d.pushConstantsNoCopy()).flip();
                    vkCmdPushConstants(cb, p.layout(), VK_SHADER_STAGE_COMPUTE_BIT, 0, push);
                }
                if (queries != 0) vkCmdWriteTimestamp(cb, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, queries, 2 * i);
                vkCmdDispatch(cb, d.groupsX(), d.groupsY(), d.groupsZ());
                if (queries != 0) vkCmdWriteTimestamp(cb, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, queries, 2 * i + 1);
            }
        }
        Barriers.afterDispatches(cb);
        return barriers;
    }

    private static long descriptorPool(VkDevice d, List<Dispatch> dispatches) {
        int buffers = dispatches.stream().mapToInt(x -> x.buffers().size()).sum();
        try (MemoryStack s = MemoryStack.stackPush()) {
            var size = VkDescriptorPoolSize.calloc(1, s).type(VK_DESCRIPTOR_TYPE_STORAGE_BUFFER)
                    .descriptorCount(Math.max(1, buffers));
            var info = VkDescriptorPoolCreateInfo.calloc(s).sType$Default().maxSets(dispatches.size()).pPoolSizes(size);
            LongBuffer lp = s.mallocLong(1);
            VulkanErrors.check(vkCreateDescriptorPool(d, info, null, lp), "vkCreateDescriptorPool");
            return lp.get(0);
        }
    }

    /** One set per dispatch with buffers (0 for the others), written with the dispatch's whole buffers. */
    private static long[] descriptorSets(VkDevice d, long pool, List<Dispatch> dispatches) {
        long[] sets = new long[dispatches.size()];
        for (int i = 0; i < sets.length; i++) {
            Dispatch x = dispatches.get(i);
            if (x.buffers().isEmpty()) continue;
            try (MemoryStack s = MemoryStack.stackPush()) {
                var alloc = VkDescriptorSetAllocateInfo.calloc(s).sType$Default().descriptorPool(pool)
                        .pSetLayouts(s.longs(x.pipeline().setLayout()));
                LongBuffer lp = s.mallocLong(1);
                VulkanErrors.check(vkAllocateDescriptorSets(d, alloc, lp), "vkAllocateDescriptorSets");
                sets[i] = lp.get(0);
                var infos = VkDescriptorBufferInfo.calloc(x.buffers().size(), s);
                var writes = VkWriteDescriptorSet.calloc(x.buffers().size(), s);
                for (int b = 0; b < x.buffers().size(); b++) {
                    infos.get(b).buffer(x.buffers().get(b).handle()).offset(0).range(VK_WHOLE_SIZE);
                    writes.get(b).sType$Default().dstSet(sets[i]).dstBinding(b).descriptorCount(1)
                            .descriptorType(VK_DESCRIPTOR_TYPE_STORAGE_BUFFER)
                            .pBufferInfo(VkDescriptorBufferInfo.create(infos.address(b), 1));
                }
                vkUpdateDescriptorSets(d, writes, null);
            }
        }
        return sets;
    }

    private static long queryPool(VkDevice d, int count) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            var info = VkQueryPoolCreateInfo.calloc(s).sType$Default().queryType(VK_QUERY_TYPE_TIMESTAMP).queryCount(count);
            LongBuffer lp = s.mallocLong(1);
            VulkanErrors.check(vkCreateQueryPool(d, info, null, lp), "vkCreateQueryPool");
            return lp.get(0);
        }
    }

    /** How many barriers were recorded: one before the first dispatch and one before each that depends on earlier ones. */
    public int barriers() { return barriers; }

    /** The dispatches, in order. */
    public List<Dispatch> dispatches() { return dispatches; }

    /** Runs the program once with the device's timeout and waits for it. */
    public ProgramTimings run() {
        synchronized (device) {
            return run(device.timeout());
        }
    }

    /**
     * Submits the recorded commands, waits up to {@code timeout} for them to finish, and reads the timestamps.
     *
     * @throws DeviceException when the fence does not signal in time (the device is then unusable)
     */
    public ProgramTimings run(Duration timeout) {
        synchronized (device) {
            device.checkUsable();
            if (destroyed) throw new IllegalStateException(this + " used after close()");
            long start = System.nanoTime();
            device.submitAndWait(commands, fence, "a program of " + dispatches.size() + " dispatches", timeout);
            long host = System.nanoTime() - start;
            return new ProgramTimings(queryPool == 0 ? List.of() : timestamps(), host);
        }
    }

    private List<Long> timestamps() {
        int n = 2 * dispatches.size();
        VulkanLimits limits = device.info().limits();
        int bits = limits.computeQueueTimestampValidBits();
        long mask = bits >= 64 ? -1L : (1L << bits) - 1;
        LongBuffer ticks = memAllocLong(n);
        try {
            VulkanErrors.check(vkGetQueryPoolResults(device.handle(), queryPool, 0, n, ticks, 8,
                    VK_QUERY_RESULT_64_BIT | VK_QUERY_RESULT_WAIT_BIT), "vkGetQueryPoolResults");
            List<Long> out = new ArrayList<>(dispatches.size());
            for (int i = 0; i < dispatches.size(); i++) {
                long elapsed = (ticks.get(2 * i + 1) - ticks.get(2 * i)) & mask;
                out.add(Math.round(elapsed * (double) limits.timestampPeriodNanos()));
            }
            return out;
        } finally {
            memFree(ticks);
        }
    }

    boolean uses(Object resource) {
        return dispatches.stream().anyMatch(d -> d.pipeline() == resource || d.buffers().contains(resource));
    }

    @Override
    public void close() {
        synchronized (device) {
            if (destroyed) return;
            destroy();
            device.forget(this);
        }
    }

    /** Frees the Vulkan objects; the device's bookkeeping is the caller's. */
    void destroy() {
        if (destroyed) return;
        destroyed = true;
        VkDevice d = device.handle();
        vkFreeCommandBuffers(d, device.commandPool(), commands);
        vkDestroyFence(d, fence, null);
        if (queryPool != 0) vkDestroyQueryPool(d, queryPool, null);
        vkDestroyDescriptorPool(d, descriptorPool, null);
    }

    @Override public String toString() { return "Vulkan program of " + dispatches.size() + " dispatches"; }
}
