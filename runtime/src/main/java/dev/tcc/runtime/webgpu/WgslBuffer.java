package dev.tcc.runtime.webgpu;

import dev.tcc.codegen.wgsl.WgslLayout;
import dev.tcc.ir.DType;
import dev.tcc.runtime.DeviceBuffer;

/**
 * A tensor buffer of a {@link WgslDevice}: a storage buffer laid out by {@link WgslLayout.Packing} (i64 held as
 * i32, 1- and 2-byte elements packed in words), so its device size may differ from {@link #bytes()}, the host
 * size.
 */
final class WgslBuffer implements DeviceBuffer {
    private final WgslDevice owner;
    private final DType elementType;
    private final long elements;
    private final WgslLayout.Packing packing;
    private final GpuBuffer gpu;

    WgslBuffer(WgslDevice owner, DType elementType, long elements, WgslLayout.Packing packing, GpuBuffer gpu) {
        this.owner = owner;
        this.elementType = elementType;
        this.elements = elements;
        this.packing = packing;
        this.gpu = gpu;
    }

    @Override public DType elementType() { return elementType; }

    @Override public long elements() { return elements; }

    WgslDevice owner() { return owner; }

    WgslLayout.Packing packing() { return packing; }

    GpuBuffer gpu() { return gpu; }

    boolean isClosed() { return gpu.isClosed(); }

    @Override
    public void close() { owner.free(this); }

    @Override public String toString() { return "buffer '" + gpu.label() + "' (" + elementType + "[" + elements + "])"; }
}
