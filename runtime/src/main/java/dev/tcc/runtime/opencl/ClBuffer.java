package dev.tcc.runtime.opencl;

import dev.tcc.ir.DType;
import dev.tcc.runtime.DeviceBuffer;
import dev.tcc.runtime.DeviceException;

import static org.lwjgl.opencl.CL10.clReleaseMemObject;

/** An OpenCL buffer ({@code cl_mem}) owned by an {@link OpenClDevice}. */
final class ClBuffer implements DeviceBuffer {
    private final OpenClDevice owner;
    private final DType elementType;
    private final long elements;
    private long handle;

    ClBuffer(OpenClDevice owner, DType elementType, long elements, long handle) {
        this.owner = owner;
        this.elementType = elementType;
        this.elements = elements;
        this.handle = handle;
    }

    @Override public DType elementType() { return elementType; }

    @Override public long elements() { return elements; }

    OpenClDevice owner() { return owner; }

    /** The live handle; throws if the buffer was closed. */
    long handle() {
        if (handle == 0) throw new DeviceException("buffer of " + elements + " " + elementType + " was used after close()");
        return handle;
    }

    @Override
    public void close() {
        synchronized (owner) {
            if (handle != 0) {
                clReleaseMemObject(handle);
                handle = 0;
                owner.forget(this);
            }
        }
    }

    @Override public String toString() { return "buffer(" + elementType + "[" + elements + "])"; }
}
