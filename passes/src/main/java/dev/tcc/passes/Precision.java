package dev.tcc.passes;

import java.util.Locale;

/**
 * The floating-point precision a model is compiled for ({@code --precision}): which kernel passes
 * {@link Pipeline#kernelDefaults(Precision)} runs.
 */
public enum Precision {
    /** f32 storage and arithmetic, as the model declares. */
    F32,
    /**
     * f16 storage of weights and intermediate tensors with f32 arithmetic in every kernel (matmul, convolution and
     * reduction accumulators included); graph inputs and outputs stay f32.
     */
    F16;

    /** The precision spelled {@code text} ({@code f32} or {@code f16}); an error naming the choices otherwise. */
    public static Precision parse(String text) {
        for (Precision p : values()) if (p.text().equals(text.strip().toLowerCase(Locale.ROOT))) return p;
        throw new IllegalArgumentException("--precision expects f32 or f16, got '" + text + "'");
    }

    /** The spelling on the command line and in manifests. */
    public String text() { return name().toLowerCase(Locale.ROOT); }
}
