package dev.tcc.runtime.webgpu;

import java.lang.foreign.MemorySegment;

/**
 * A Dawn object tcc created on a {@link WebGpuDevice}: its handle, its label (the kernel or tensor name, which
 * Dawn repeats in its error messages) and the release function that drops it. {@link #close} releases it
 * once; closing the device releases whatever is still open.
 */
public abstract sealed class WebGpuObject implements AutoCloseable
        permits GpuBuffer, ShaderModule, ComputePipeline, BindGroup {
    final WebGpuDevice device;
    final String label;
    private final Wgpu.Release release;
    private MemorySegment handle;

    WebGpuObject(WebGpuDevice device, String label, MemorySegment handle, Wgpu.Release release) {
        this.device = device;
        this.label = label;
        this.handle = handle;
        this.release = release;
    }

    /** The name given at creation. */
    public String label() { return label; }

    /** The device that made it. */
    public WebGpuDevice device() { return device; }

    public boolean isClosed() { return handle == null; }

    /** The native handle; throws when closed. Callers hold the device lock. */
    MemorySegment handle() {
        if (handle == null) throw new IllegalStateException(kind() + " '" + label + "' was closed");
        return handle;
    }

    abstract String kind();

    /** Called with the device lock held, by {@link #close} or by the device's close. */
    void releaseNative() {
        if (handle == null) return;
        release.release(handle);
        handle = null;
    }

    @Override
    public void close() { device.release(this); }

    @Override
    public String toString() { return kind() + " '" + label + "'" + (handle == null ? " (closed)" : ""); }
}
