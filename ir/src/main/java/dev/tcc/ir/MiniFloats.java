package dev.tcc.ir;

/** Rounding to the 8-bit and 4-bit float formats (ONNX float8 variants, float8e8m0, float4e2m1). */
final class MiniFloats {
    private MiniFloats() {}

    /**
     * Rounds {@code x} to format {@code t}. With {@code saturate}, values beyond the largest finite
     * value become that value (ONNX's default for casts); otherwise they become infinity where the
     * format has one, else NaN.
     */
    static double round(DType t, double x, boolean saturate) {
        // Placeholder until the float8 formats are implemented: values pass through unrounded.
        return x;
    }
}
