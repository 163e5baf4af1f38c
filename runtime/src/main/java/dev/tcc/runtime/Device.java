package dev.tcc.runtime;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Kernel;

import java.nio.ByteBuffer;

/**
 * A device that runs kernels: memory, compilation and launches on one queue, in order. Host data moves
 * through the Java arrays of {@link dev.tcc.ir.kernel.HostArrays} (one primitive array type per element
 * type) or through little-endian byte buffers. Methods are synchronised: one thread at a time uses the
 * queue. Closing the device frees every buffer, program and kernel it made.
 */
public interface Device extends AutoCloseable {

    /** What the device is and can do. */
    DeviceInfo info();

    /** A buffer of {@code elements} elements of {@code elementType}; contents undefined until written. */
    DeviceBuffer allocate(DType elementType, long elements);

    /** A buffer holding a copy of {@code hostArray} (the {@code HostArrays} type of {@code elementType}). */
    default DeviceBuffer upload(DType elementType, Object hostArray) {
        DeviceBuffer b = allocate(elementType, dev.tcc.ir.kernel.HostArrays.length(hostArray));
        write(b, hostArray);
        return b;
    }

    /** Copies a host array of the buffer's length and element type into the buffer (waits until done). */
    void write(DeviceBuffer buffer, Object hostArray);

    /** Copies the buffer into a host array of its length and element type (waits for queued work). */
    void read(DeviceBuffer buffer, Object hostArray);

    /** Copies {@code buffer.bytes()} bytes from {@code data}'s position (little-endian element bytes). */
    void write(DeviceBuffer buffer, ByteBuffer data);

    /** Copies {@code buffer.bytes()} bytes to {@code data}'s position. */
    void read(DeviceBuffer buffer, ByteBuffer data);

    /**
     * Renders {@code kernel} for this device and builds it; identical sources are built once.
     *
     * @throws KernelBuildException when the device compiler rejects it (the message holds the build log)
     * @throws DeviceException when the kernel needs more than the device offers (workgroup size, local memory)
     */
    CompiledKernel compile(Kernel kernel);

    /**
     * Builds {@code source}, already rendered for this device's back-end from {@code kernel} (e.g. read from
     * an artefact); {@code kernel} supplies the entry name, parameters, grid and workgroup arrays and may
     * have an empty body.
     *
     * @throws KernelBuildException when the device compiler rejects it (the message holds the build log)
     */
    CompiledKernel compile(Kernel kernel, String source);

    /**
     * Queues one launch over the kernel's grid. {@code args} follow the kernel's parameters: a {@link
     * DeviceBuffer} of the parameter's element type for a buffer, a {@link Number} for a scalar.
     */
    void enqueue(CompiledKernel kernel, Object... args);

    /** Like {@link #enqueue} but waits for the launch and returns its device time in nanoseconds. */
    long launchTimed(CompiledKernel kernel, Object... args);

    /** Waits until all queued work is done. */
    void finish();

    /** Frees every native resource of this device. */
    @Override void close();
}
