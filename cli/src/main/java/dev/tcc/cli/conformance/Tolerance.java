package dev.tcc.cli.conformance;

/**
 * How close an output must be: {@code |actual - expected| <= atol + rtol * |expected|} elementwise.
 * {@link #DEFAULT} is ONNX's backend-test default.
 */
public record Tolerance(double rtol, double atol) {
    public static final Tolerance DEFAULT = new Tolerance(1e-3, 1e-7);

    /**
     * For cases outside ONNX's suite (no manifest row: the real models) run on a device: float32 outputs of
     * two float32 computations that sum in different orders (the device's and ONNX Runtime's) differ by a few
     * ulps of the operands, about 1e-6 on O(1) activations, which is more than {@code 1e-7 + 1e-3*|e|} for
     * outputs near zero. The reference interpreter, which accumulates in double, is held to {@link #DEFAULT}.
     */
    public static final Tolerance UNLISTED_ON_DEVICE = new Tolerance(1e-3, 1e-5);
}
