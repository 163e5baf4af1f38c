package dev.tcc.runtime.webgpu;

import dev.tcc.runtime.KernelBuildException;

import java.util.List;

/**
 * Dawn's WGSL compiler (Tint) rejected a shader module or its pipeline. {@link #messages} holds every
 * message with its line and column; the exception's text lists them as {@code label:line:column: error: ...}
 * followed by the numbered source.
 */
public final class WgslCompileException extends KernelBuildException {
    private final List<CompilationMessage> messages;

    public WgslCompileException(String label, String device, List<CompilationMessage> messages, String source) {
        super(label, device, CompilationMessage.log(label, messages), source);
        this.messages = List.copyOf(messages);
    }

    /** Errors, warnings and notes, in Dawn's order. */
    public List<CompilationMessage> messages() { return messages; }
}
