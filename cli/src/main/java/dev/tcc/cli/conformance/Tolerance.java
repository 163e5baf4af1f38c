package dev.tcc.cli.conformance;

/**
 * How close an output must be: {@code |actual - expected| <= atol + rtol * |expected|} elementwise.
 * {@link #DEFAULT} is ONNX's backend-test default.
 */
public record Tolerance(double rtol, double atol) {
    public static final Tolerance DEFAULT = new Tolerance(1e-3, 1e-7);
}
