package dev.tcc.runtime.webgpu;

/**
 * One kernel launch: {@code pipeline} with {@code bindings} as group 0, over {@code x * y * z} workgroups.
 */
public record Dispatch(ComputePipeline pipeline, BindGroup bindings, int x, int y, int z) {
    public Dispatch {
        if (x < 1 || y < 1 || z < 1) {
            throw new IllegalArgumentException("dispatch of '" + pipeline.label() + "' needs at least one workgroup "
                    + "per dimension, got (" + x + ", " + y + ", " + z + ")");
        }
    }

    /** A one-dimensional launch of {@code x} workgroups. */
    public Dispatch(ComputePipeline pipeline, BindGroup bindings, int x) { this(pipeline, bindings, x, 1, 1); }
}
