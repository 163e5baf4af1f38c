package dev.tcc.runtime.vulkan;

import dev.tcc.runtime.DeviceException;
import dev.tcc.runtime.NoDeviceException;
import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.*;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.lwjgl.vulkan.EXTDebugUtils.*;
import static org.lwjgl.vulkan.VK10.*;

/**
 * A Vulkan 1.2 instance, headless (no surface or window-system extension), optionally with the Khronos
 * validation layer whose messages go to {@link #validation()}. It lists the physical devices once when it
 * opens, and owns the {@link VulkanDevice}s opened from it: {@link #close()} closes them first.
 *
 * <p>Thread-safety: every method is synchronised; devices opened from it have their own lock.
 */
public final class VulkanInstance implements AutoCloseable {
    /** What to run when Vulkan is missing. */
    public static final String INSTALL_HINT = "install the Vulkan loader, lavapipe and the validation layer: "
            + "bash scripts/install-deps.sh (Debian: apt-get install libvulkan1 mesa-vulkan-drivers "
            + "vulkan-validationlayers; vulkaninfo --summary then lists the devices)";
    /** Environment variable that turns the validation layer on ({@code 1} or {@code true}). */
    public static final String VALIDATION_ENV = "TCC_VULKAN_VALIDATION";
    /** System property that turns the validation layer on ({@code true}). */
    public static final String VALIDATION_PROPERTY = "tcc.vulkan.validation";
    static final String VALIDATION_LAYER = "VK_LAYER_KHRONOS_validation";

    /**
     * How to create the instance.
     *
     * @param validation            enable {@code VK_LAYER_KHRONOS_validation} and collect its messages
     * @param synchronizationValidation also check barriers between dispatches and transfers (slower);
     *                              only meaningful with {@code validation}
     * @param throwOnValidationError device operations throw {@link VulkanValidationException} when the layer
     *                              reported an error during them (messages are collected either way)
     */
    public record Options(boolean validation, boolean synchronizationValidation, boolean throwOnValidationError) {
        /** No validation. */
        public static final Options PLAIN = new Options(false, false, false);
        /** Validation with synchronisation checks; errors throw. What tests use. */
        public static final Options VALIDATED = new Options(true, true, true);

        /**
         * {@link #VALIDATED} when {@code TCC_VULKAN_VALIDATION=1} or {@code -Dtcc.vulkan.validation=true},
         * else {@link #PLAIN}.
         */
        public static Options fromEnvironment() {
            String env = System.getenv(VALIDATION_ENV);
            boolean on = Boolean.getBoolean(VALIDATION_PROPERTY)
                    || env != null && (env.equals("1") || env.equalsIgnoreCase("true"));
            return on ? VALIDATED : PLAIN;
        }
    }

    private final VkInstance handle;
    private final Options options;
    private final ValidationLog validation = new ValidationLog();
    private final DebugMessenger messenger;
    private final List<VulkanPhysicalDevice> devices = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    /** Devices opened and not yet closed; concurrent, since a closing device removes itself under its own lock. */
    private final List<VulkanDevice> open = new CopyOnWriteArrayList<>();
    private boolean closed;

    private VulkanInstance(Options options) {
        this.options = options;
        this.messenger = options.validation() ? new DebugMessenger(validation) : null;
        try {
            this.handle = InstanceFactory.create(options, messenger);
        } catch (RuntimeException e) {
            if (messenger != null) messenger.freeCallback();
            throw e;
        }
        try {
            if (messenger != null) messenger.attach(handle);
            enumerate();
        } catch (RuntimeException e) {
            destroy();
            throw e;
        }
    }

    /**
     * The devices there are and why others were left out, for listings ({@code tcc devices}); never throws
     * for missing Vulkan, which becomes a problem line naming what to install.
     *
     * @param devices  usable devices, in driver order
     * @param problems one line per device left out or per reason no instance could be made
     */
    public record Discovery(List<VulkanDeviceInfo> devices, List<String> problems) {
        public Discovery {
            devices = List.copyOf(devices);
            problems = List.copyOf(problems);
        }
    }

    /** The first instance {@link #discover} made, never destroyed; see there. */
    private static VulkanInstance pinned;

    /**
     * Lists the devices without validation; see {@link Discovery}. The instance it makes stays open for the life
     * of the process, so that listing devices does not load and unload the driver again each time: on NVIDIA's
     * driver (580) destroying the instance set off a crash of its GL worker thread ({@code libEGL_nvidia.so}) a
     * second or two later, unless {@code __GL_THREADED_OPTIMIZATIONS=0} (which {@code ./tcc} sets there).
     */
    public static synchronized Discovery discover() {
        try {
            if (pinned == null) pinned = open(Options.PLAIN);
            return new Discovery(pinned.devices().stream().map(VulkanPhysicalDevice::info).toList(), pinned.problems());
        } catch (DeviceException e) {
            return new Discovery(List.of(), List.of(e.getMessage()));
        }
    }

    /** Opens an instance with {@link Options#fromEnvironment()}. */
    public static VulkanInstance open() { return open(Options.fromEnvironment()); }

    /**
     * Opens an instance.
     *
     * @throws NoDeviceException when the Vulkan loader, a 1.2 driver or (if asked) the validation layer is missing
     */
    public static VulkanInstance open(Options options) { return new VulkanInstance(options); }

    public Options options() { return options; }

    /** The validation layer's messages (empty and silent without validation). */
    public ValidationLog validation() { return validation; }

    /** Every physical device that can run tcc's kernels (Vulkan 1.2 and a compute queue), in driver order. */
    public synchronized List<VulkanPhysicalDevice> devices() { return List.copyOf(devices); }

    /** Why devices the loader listed were left out of {@link #devices()}. */
    public synchronized List<String> problems() { return List.copyOf(problems); }

    /**
     * The device matching {@code query}: an id ({@code vulkan:0}) or a case-insensitive substring of the
     * name, type or driver ({@code llvmpipe}, {@code nvidia}, {@code cpu}); blank picks the best. Among several
     * matches discrete GPUs come first, then integrated, virtual, CPU.
     *
     * @throws NoDeviceException when nothing matches, naming the devices there are
     */
    public synchronized VulkanPhysicalDevice select(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<VulkanPhysicalDevice> matches = devices.stream()
                .filter(d -> q.isEmpty() || d.info().id().equals(q) || searchText(d.info()).contains(q))
                .sorted(Comparator.comparing((VulkanPhysicalDevice d) -> d.info().type()).thenComparing(d -> d.info().index()))
                .toList();
        if (!matches.isEmpty()) return matches.getFirst();
        if (devices.isEmpty()) {
            throw new NoDeviceException("Vulkan: no device with Vulkan 1.2 and a compute queue"
                    + (problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")") + "; " + INSTALL_HINT);
        }
        throw new NoDeviceException("Vulkan: no device matches '" + query + "'; there are "
                + devices.stream().map(VulkanPhysicalDevice::toString).toList() + ": pass an id or part of a name");
    }

    private static String searchText(VulkanDeviceInfo i) {
        return (i.name() + " " + i.type() + " " + i.type().name().replace('_', ' ') + " " + i.driverName() + " "
                + i.driverInfo()).toLowerCase(Locale.ROOT);
    }

    /**
     * Opens a logical device on {@code device} with exactly {@code features} enabled.
     *
     * @throws DeviceException when the device lacks one of {@code features}, naming which
     */
    public synchronized VulkanDevice open(VulkanPhysicalDevice device, Set<VulkanFeature> features) {
        if (closed) throw new IllegalStateException("Vulkan instance used after close()");
        if (!devices.contains(device)) throw new IllegalArgumentException(device + " belongs to another instance");
        VulkanDevice d = new VulkanDevice(this, device, features);
        open.add(d);
        checkValidation("vkCreateDevice on " + device.info().id());
        return d;
    }

    void forget(VulkanDevice device) { open.remove(device); }

    VkInstance handle() { return handle; }

    /** Throws for validation errors reported during {@code after}, when the options ask for it. */
    void checkValidation(String after) {
        if (options.throwOnValidationError()) validation.throwIfNewErrors(after);
    }

    private void enumerate() {
        try (MemoryStack s = MemoryStack.stackPush()) {
            IntBuffer n = s.mallocInt(1);
            VulkanErrors.check(vkEnumeratePhysicalDevices(handle, n, null), "vkEnumeratePhysicalDevices");
            PointerBuffer ptrs = s.mallocPointer(n.get(0));
            VulkanErrors.check(vkEnumeratePhysicalDevices(handle, n, ptrs), "vkEnumeratePhysicalDevices");
            for (int i = 0; i < n.get(0); i++) {
                DeviceQuery.describe(new VkPhysicalDevice(ptrs.get(i), handle), i, problems).ifPresent(devices::add);
            }
        }
    }

    /**
     * Closes every device still open from this instance, then the instance, even when closing a device
     * throws (the first such exception is rethrown afterwards). Idempotent. When a device is broken (a fence
     * timed out) the instance is left alive as well: destroying it under a busy device is undefined.
     */
    @Override
    public synchronized void close() {
        if (closed) return;
        RuntimeException first = null;
        boolean broken = false;
        for (VulkanDevice d : open.reversed()) {
            try {
                d.close();
            } catch (RuntimeException e) {
                if (first == null) first = e;
            } finally {
                broken |= d.broken();
            }
        }
        if (broken) closed = true;
        else destroy();
        if (first != null) throw first;
    }

    private void destroy() {
        closed = true;
        if (messenger != null) messenger.detach(handle);
        vkDestroyInstance(handle, null);
        if (messenger != null) messenger.freeCallback();
    }

    @Override public String toString() { return "Vulkan instance" + (options.validation() ? " (validated)" : ""); }
}
