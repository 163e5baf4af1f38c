package dev.tcc.runtime.vulkan;

import dev.tcc.runtime.DeviceException;

import java.util.List;

/** The validation layer reported an error: tcc (or the SPIR-V it wrote) broke a rule of the Vulkan spec. */
public final class VulkanValidationException extends DeviceException {
    private final transient List<ValidationMessage> errors;

    VulkanValidationException(String after, List<ValidationMessage> errors) {
        super("Vulkan validation error during " + after + ": " + errors.getFirst()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "")
                + "; this is a bug in tcc's Vulkan runtime or in the SPIR-V it ran: report it with this message");
        this.errors = errors;
    }

    /** The errors, first one first. */
    public List<ValidationMessage> errors() { return errors; }
}
