package dev.tcc.runtime.webgpu;

import java.lang.foreign.MemorySegment;
import java.util.List;

/** WGSL compiled by Dawn without errors; {@link #messages} keeps its warnings and notes. */
public final class ShaderModule extends WebGpuObject {
    private final String source;
    private final List<CompilationMessage> messages;

    ShaderModule(WebGpuDevice device, String label, MemorySegment handle, String source,
                 List<CompilationMessage> messages) {
        super(device, label, handle, Wgpu.Release.SHADER_MODULE);
        this.source = source;
        this.messages = List.copyOf(messages);
    }

    public String source() { return source; }

    /** Warnings and notes from the WGSL compiler (errors throw {@link WgslCompileException} instead). */
    public List<CompilationMessage> messages() { return messages; }

    @Override
    String kind() { return "shader module"; }
}
