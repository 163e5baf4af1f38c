package dev.tcc.runtime;

import dev.tcc.runtime.opencl.OpenClBackend;
import dev.tcc.runtime.vulkan.VulkanBackend;
import dev.tcc.runtime.webgpu.WebGpuBackend;

import java.util.List;
import java.util.stream.Collectors;

/** The targets with a device back-end, in order of preference. A new target is one line here. */
public final class Backends {
    private Backends() {}

    private static final List<Backend> ALL = List.of(
            new OpenClBackend(),
            new WebGpuBackend(),
            new VulkanBackend());

    public static List<Backend> all() { return ALL; }

    /** The backend called {@code name}; an error listing the known ones otherwise. */
    public static Backend byName(String name) {
        for (Backend b : ALL) if (b.name().equals(name)) return b;
        throw new DeviceException("unknown target '" + name + "'; known targets: " + names());
    }

    public static String names() { return ALL.stream().map(Backend::name).collect(Collectors.joining(", ")); }
}
