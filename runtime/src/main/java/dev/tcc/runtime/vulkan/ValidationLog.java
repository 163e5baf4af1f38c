package dev.tcc.runtime.vulkan;

import java.util.ArrayList;
import java.util.List;

/**
 * The messages the validation layer reported to one {@link VulkanInstance}, in arrival order. The layer
 * calls back from whichever thread made the Vulkan call (sometimes a driver thread), so every method
 * here is synchronised. Messages stay after the instance is closed, so a test can check the leak
 * reports that {@code vkDestroyDevice} and {@code vkDestroyInstance} produce.
 */
public final class ValidationLog {
    private final List<ValidationMessage> messages = new ArrayList<>();
    private int errorsReported;

    ValidationLog() {}

    synchronized void add(ValidationMessage m) { messages.add(m); }

    /** Every message so far (warnings and info too). */
    public synchronized List<ValidationMessage> all() { return List.copyOf(messages); }

    /** The messages of severity ERROR so far. */
    public synchronized List<ValidationMessage> errors() {
        return messages.stream().filter(m -> m.severity() == ValidationMessage.Severity.ERROR).toList();
    }

    /** Forgets every message. */
    public synchronized void clear() {
        messages.clear();
        errorsReported = 0;
    }

    /**
     * Throws a {@link VulkanValidationException} if errors arrived since the last call that threw, naming
     * {@code after} (the operation that was running) and the first new error.
     */
    public synchronized void throwIfNewErrors(String after) {
        List<ValidationMessage> errors = errors();
        if (errors.size() <= errorsReported) return;
        List<ValidationMessage> fresh = errors.subList(errorsReported, errors.size());
        errorsReported = errors.size();
        throw new VulkanValidationException(after, List.copyOf(fresh));
    }
}
