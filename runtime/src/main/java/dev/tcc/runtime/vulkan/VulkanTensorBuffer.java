package dev.tcc.runtime.vulkan;

import dev.tcc.ir.DType;
import dev.tcc.runtime.DeviceBuffer;
import dev.tcc.runtime.DeviceException;

/** A tensor's storage buffer on a {@link VulkanKernelDevice} (at least 4 bytes, so empty tensors can be bound too). */
final class VulkanTensorBuffer implements DeviceBuffer {
    private final VulkanKernelDevice owner;
    private final DType elementType;
    private final long elements;
    private final VulkanBuffer memory;
    private boolean closed;

    VulkanTensorBuffer(VulkanKernelDevice owner, DType elementType, long elements, VulkanBuffer memory) {
        this.owner = owner;
        this.elementType = elementType;
        this.elements = elements;
        this.memory = memory;
    }

    @Override public DType elementType() { return elementType; }

    @Override public long elements() { return elements; }

    VulkanKernelDevice owner() { return owner; }

    VulkanBuffer memory() { return memory; }

    void checkLive() {
        if (closed) throw new DeviceException(this + " was used after close()");
    }

    /** Frees the buffer once the launches queued before it have run. */
    @Override
    public void close() {
        synchronized (owner) {
            if (closed) return;
            closed = true;
            owner.release(this);
        }
    }

    @Override public String toString() { return "buffer(" + elementType + "[" + elements + "])"; }
}
