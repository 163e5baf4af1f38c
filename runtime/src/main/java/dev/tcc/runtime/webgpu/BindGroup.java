package dev.tcc.runtime.webgpu;

import java.lang.foreign.MemorySegment;
import java.util.List;

/** The buffers bound to a pipeline's group 0, binding i being {@code buffers().get(i)}. */
public final class BindGroup extends WebGpuObject {
    private final ComputePipeline pipeline;
    private final List<GpuBuffer> buffers;

    BindGroup(WebGpuDevice device, String label, MemorySegment handle, ComputePipeline pipeline,
              List<GpuBuffer> buffers) {
        super(device, label, handle, Wgpu.Release.BIND_GROUP);
        this.pipeline = pipeline;
        this.buffers = List.copyOf(buffers);
    }

    public ComputePipeline pipeline() { return pipeline; }

    public List<GpuBuffer> buffers() { return buffers; }

    @Override
    String kind() { return "bind group"; }
}
