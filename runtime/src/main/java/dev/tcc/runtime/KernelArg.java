package dev.tcc.runtime;

/** One argument of a launch, matching the kernel parameter at its position. */
public sealed interface KernelArg {
    /** A device buffer for a buffer parameter (of the parameter's element type). */
    record Buffer(DeviceBuffer buffer) implements KernelArg {}

    /** A number for a scalar parameter, converted to the parameter's type. */
    record Scalar(Number value) implements KernelArg {}

    static KernelArg of(DeviceBuffer b) { return new Buffer(b); }

    static KernelArg of(Number n) { return new Scalar(n); }
}
