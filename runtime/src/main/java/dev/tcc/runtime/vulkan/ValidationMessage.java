package dev.tcc.runtime.vulkan;

/**
 * One message from the Khronos validation layer (or the loader/driver) through VK_EXT_debug_utils.
 *
 * @param severity how bad it is; {@link Severity#ERROR} means the application broke a rule of the spec
 * @param idName   the rule's name, e.g. {@code VUID-vkDestroyDevice-device-00378}; empty when none
 * @param text     the full message as the layer wrote it
 */
public record ValidationMessage(Severity severity, String idName, String text) {
    /** Debug-utils severities, least severe first. */
    public enum Severity {
        VERBOSE, INFO, WARNING, ERROR;

        static Severity of(int bits) {
            if ((bits & 0x1000) != 0) return ERROR;
            if ((bits & 0x100) != 0) return WARNING;
            if ((bits & 0x10) != 0) return INFO;
            return VERBOSE;
        }
    }

    @Override public String toString() { return severity + " " + idName + ": " + text; }
}
