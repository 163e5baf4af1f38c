package dev.tcc.runtime;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.program.Profile;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * A device that runs kernels: memory, compilation and launches on one queue, in order. Host data moves as
 * little-endian bytes of the buffer's element type in direct {@link ByteBuffer}s (see {@link HostBuffers}
 * for Java arrays); launch arguments are typed {@link KernelArg}s. Methods are synchronised: one thread at a
 * time uses the queue. Closing the device frees every buffer, program and kernel it made.
 */
public interface Device extends AutoCloseable {

    /** What the device is and can do. */
    DeviceInfo info();

    /** The capabilities lowering may assume on this device. */
    Profile profile();

    /** A buffer of {@code elements} elements of {@code elementType}; contents undefined until written. */
    DeviceBuffer allocate(DType elementType, long elements);

    /** Copies {@code buffer.bytes()} bytes from {@code data}'s position (little-endian element bytes; waits until done). */
    void write(DeviceBuffer buffer, ByteBuffer data);

    /** Copies {@code buffer.bytes()} bytes to {@code data}'s position (waits for queued work). */
    void read(DeviceBuffer buffer, ByteBuffer data);

    /** A buffer holding a copy of {@code data} ({@code elements} elements of {@code elementType}). */
    default DeviceBuffer upload(DType elementType, long elements, ByteBuffer data) {
        DeviceBuffer b = allocate(elementType, elements);
        write(b, data);
        return b;
    }

    /**
     * Renders {@code kernel} with this device's back-end for its profile and builds it; identical code is built once.
     *
     * @throws KernelBuildException when the device compiler rejects it (the message holds the build log)
     * @throws DeviceException when the kernel needs more than the device offers (workgroup size, local memory)
     */
    CompiledKernel compile(Kernel kernel);

    /**
     * Builds {@code code}, a kernel file already rendered for this device's back-end (e.g. read from an
     * artefact), with the interface {@code signature} describes.
     *
     * @throws KernelBuildException when the device compiler rejects it (the message holds the build log)
     */
    CompiledKernel compile(Kernel.Signature signature, byte[] code);

    /** Queues one launch over the kernel's grid; {@code args} follow the kernel's parameters. */
    void enqueue(CompiledKernel kernel, List<KernelArg> args);

    /** Like {@link #enqueue} but waits for the launch and returns its device time in nanoseconds. */
    long launchTimed(CompiledKernel kernel, List<KernelArg> args);

    /**
     * {@code kernel} with {@code args} bound once, to launch many times (an executor's program). The default goes
     * through {@link #enqueue} on every launch; back-ends that can keep bound arguments override it.
     */
    default BoundLaunch bind(CompiledKernel kernel, List<KernelArg> args) { return BoundLaunch.unbound(this, kernel, args); }

    /** Waits until all queued work is done. */
    void finish();

    /** Frees every native resource of this device. */
    @Override void close();
}
