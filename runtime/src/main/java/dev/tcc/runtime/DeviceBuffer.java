package dev.tcc.runtime;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.KernelTypes;

/** Memory on a device: {@code elements} elements of {@code elementType}. Freed by {@link #close} or with its device. */
public interface DeviceBuffer extends AutoCloseable {
    DType elementType();

    long elements();

    /** Size in bytes. */
    default long bytes() { return elements() * KernelTypes.storageBytes(elementType()); }

    /** Frees the buffer now; later use is an error. Closing twice does nothing. */
    @Override void close();
}
