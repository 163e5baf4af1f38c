package dev.tcc.runtime.webgpu;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Optional;

/**
 * A compute kernel ready to dispatch: a shader module's entry point with its bind group layout, either
 * derived by Dawn from the WGSL ("auto", only the bindings the entry point uses) or given explicitly.
 */
public final class ComputePipeline extends WebGpuObject {
    private final String entryPoint;
    private final List<Binding> bindings;
    private MemorySegment explicitGroupLayout;
    private MemorySegment explicitPipelineLayout;

    /** How a binding of an explicit layout is declared in WGSL. */
    public enum Binding {
        /** {@code var<storage, read_write>} */
        STORAGE(WebGpuAbi.BUFFER_BINDING_STORAGE),
        /** {@code var<storage, read>} */
        READ_ONLY_STORAGE(WebGpuAbi.BUFFER_BINDING_READ_ONLY_STORAGE),
        /** {@code var<uniform>} */
        UNIFORM(WebGpuAbi.BUFFER_BINDING_UNIFORM);

        final int wgpuType;

        Binding(int wgpuType) { this.wgpuType = wgpuType; }
    }

    ComputePipeline(WebGpuDevice device, String label, MemorySegment handle, String entryPoint,
                    List<Binding> bindings, MemorySegment groupLayout, MemorySegment pipelineLayout) {
        super(device, label, handle, Wgpu.Release.COMPUTE_PIPELINE);
        this.entryPoint = entryPoint;
        this.bindings = bindings == null ? null : List.copyOf(bindings);
        this.explicitGroupLayout = MemorySegment.NULL.equals(groupLayout) ? null : groupLayout;
        this.explicitPipelineLayout = MemorySegment.NULL.equals(pipelineLayout) ? null : pipelineLayout;
    }

    public String entryPoint() { return entryPoint; }

    /** The explicit layout's bindings of group 0, or empty for an automatic layout. */
    public Optional<List<Binding>> bindings() { return Optional.ofNullable(bindings); }

    /** Group 0's layout: the explicit one, or null to ask the pipeline (a new reference the caller releases). */
    MemorySegment explicitGroupLayout() { return explicitGroupLayout; }

    @Override
    String kind() { return "compute pipeline"; }

    @Override
    void releaseNative() {
        Wgpu.Release.BIND_GROUP_LAYOUT.release(explicitGroupLayout);
        Wgpu.Release.PIPELINE_LAYOUT.release(explicitPipelineLayout);
        explicitGroupLayout = null;
        explicitPipelineLayout = null;
        super.releaseNative();
    }
}
