package dev.tcc.runtime.webgpu;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One message of Dawn's WGSL compiler about a shader module.
 *
 * @param kind    error, warning or info
 * @param line    1-based line of the source, 0 when the message has no position
 * @param column  1-based column (in UTF-8 bytes, as Dawn counts), 0 when none
 * @param offset  byte offset of the span in the source
 * @param length  byte length of the span
 * @param message the text, without position
 */
public record CompilationMessage(Kind kind, long line, long column, long offset, long length, String message) {
    /** {@code WGPUCompilationMessageType}. */
    public enum Kind { ERROR, WARNING, INFO }

    /** {@code label:line:column: error: message}, the way compilers print. */
    public String format(String label) {
        String where = line > 0 ? label + ":" + line + ":" + column : label;
        return where + ": " + kind.name().toLowerCase(Locale.ROOT) + ": " + message;
    }

    static String log(String label, List<CompilationMessage> messages) {
        return messages.stream().map(m -> m.format(label)).collect(Collectors.joining("\n"));
    }
}
