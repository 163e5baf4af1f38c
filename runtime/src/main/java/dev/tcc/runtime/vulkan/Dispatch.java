package dev.tcc.runtime.vulkan;

import java.util.List;

/**
 * One compute dispatch of a program: {@code pipeline} with {@code buffers} bound at set 0 bindings
 * 0..n-1 (whole buffers), {@code pushConstants} as the push-constant block, and the workgroup counts.
 *
 * @param pushConstants exactly {@link VulkanPipeline#pushConstantBytes()} bytes (copied; see {@link PushConstants})
 */
public record Dispatch(VulkanPipeline pipeline, List<VulkanBuffer> buffers, byte[] pushConstants,
                       int groupsX, int groupsY, int groupsZ) {
    public Dispatch {
        buffers = List.copyOf(buffers);
        pushConstants = pushConstants.clone();
        if (groupsX < 1 || groupsY < 1 || groupsZ < 1) {
            throw new IllegalArgumentException("workgroup counts must be >= 1: " + groupsX + "x" + groupsY + "x" + groupsZ);
        }
        if (buffers.size() != pipeline.storageBuffers()) {
            throw new IllegalArgumentException(pipeline + " binds " + pipeline.storageBuffers()
                    + " storage buffers, the dispatch gives " + buffers.size());
        }
        if (pushConstants.length != pipeline.pushConstantBytes()) {
            throw new IllegalArgumentException(pipeline + " takes " + pipeline.pushConstantBytes()
                    + " push-constant bytes, the dispatch gives " + pushConstants.length);
        }
    }

    /** A 1-D dispatch of {@code groups} workgroups without push constants. */
    public static Dispatch of(VulkanPipeline pipeline, int groups, VulkanBuffer... buffers) {
        return new Dispatch(pipeline, List.of(buffers), new byte[0], groups, 1, 1);
    }

    /** A 1-D dispatch of {@code groups} workgroups with push constants. */
    public static Dispatch of(VulkanPipeline pipeline, int groups, byte[] pushConstants, VulkanBuffer... buffers) {
        return new Dispatch(pipeline, List.of(buffers), pushConstants, groups, 1, 1);
    }

    @Override public byte[] pushConstants() { return pushConstants.clone(); }

    byte[] pushConstantsNoCopy() { return pushConstants; }

    @Override public String toString() {
        return "dispatch(" + pipeline + ", " + buffers.size() + " buffers, " + groupsX + "x" + groupsY + "x" + groupsZ + ")";
    }
}
