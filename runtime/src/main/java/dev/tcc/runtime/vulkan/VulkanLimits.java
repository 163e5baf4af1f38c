package dev.tcc.runtime.vulkan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The device limits and properties a compute code generator or autotuner needs. Sizes are bytes.
 *
 * @param maxComputeWorkGroupInvocations  the most invocations (x*y*z of the local size) in one workgroup
 * @param maxComputeWorkGroupSize         the most invocations per local-size dimension
 * @param maxComputeWorkGroupCount        the most workgroups per dispatch dimension
 * @param maxComputeSharedMemorySize      workgroup (shared) memory per workgroup
 * @param maxStorageBufferRange           the largest storage buffer one descriptor can bind
 * @param maxMemoryAllocationSize         the largest single memory allocation (so the largest buffer)
 * @param maxPushConstantsSize            push-constant bytes available to a pipeline
 * @param maxPerStageDescriptorStorageBuffers storage buffers one shader can bind
 * @param minStorageBufferOffsetAlignment alignment of storage-buffer binding offsets
 * @param subgroupSize                    the default subgroup size in compute shaders
 * @param minSubgroupSize                 smallest subgroup size (VK_EXT_subgroup_size_control), else subgroupSize
 * @param maxSubgroupSize                 largest subgroup size (VK_EXT_subgroup_size_control), else subgroupSize
 * @param subgroupOpsInCompute            subgroup operation classes available in compute shaders (empty if none)
 * @param timestampPeriodNanos            nanoseconds per timestamp tick
 * @param computeQueueTimestampValidBits  valid bits of timestamps on the chosen compute queue; 0 = no timestamps
 */
public record VulkanLimits(int maxComputeWorkGroupInvocations, Dims maxComputeWorkGroupSize,
                           Dims maxComputeWorkGroupCount, int maxComputeSharedMemorySize, long maxStorageBufferRange,
                           long maxMemoryAllocationSize, int maxPushConstantsSize,
                           int maxPerStageDescriptorStorageBuffers, long minStorageBufferOffsetAlignment,
                           int subgroupSize, int minSubgroupSize, int maxSubgroupSize,
                           Set<SubgroupOp> subgroupOpsInCompute, float timestampPeriodNanos,
                           int computeQueueTimestampValidBits) {
    public VulkanLimits {
        subgroupOpsInCompute = Collections.unmodifiableSet(subgroupOpsInCompute.isEmpty()
                ? EnumSet.noneOf(SubgroupOp.class) : EnumSet.copyOf(subgroupOpsInCompute));
    }

    /** Whether per-dispatch timestamps can be taken on the compute queue. */
    public boolean timestampsOnComputeQueue() { return computeQueueTimestampValidBits > 0 && timestampPeriodNanos > 0; }

    /** A size or count in three dimensions. */
    public record Dims(int x, int y, int z) {
        @Override public String toString() { return x + "x" + y + "x" + z; }
    }

    /** Classes of subgroup operations ({@code VkSubgroupFeatureFlagBits}), in bit order. */
    public enum SubgroupOp {
        BASIC, VOTE, ARITHMETIC, BALLOT, SHUFFLE, SHUFFLE_RELATIVE, CLUSTERED, QUAD;

        int bit() { return 1 << ordinal(); }
    }
}
