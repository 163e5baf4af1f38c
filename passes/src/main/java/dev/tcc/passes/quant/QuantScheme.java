package dev.tcc.passes.quant;

import java.util.Locale;

/** How {@link QuantizeWeights} stores weights. */
public enum QuantScheme {
    /** 8-bit integers, symmetric, one f32 scale per output channel. */
    INT8(8),
    /** 4-bit integers packed two per byte, asymmetric, one f16 scale and zero point per block along the reduction axis. */
    INT4(4);

    private final int bits;

    QuantScheme(int bits) { this.bits = bits; }

    /** Bits per integer. */
    public int bits() { return bits; }

    /** The scheme named {@code name} ({@code int8} or {@code int4}, any case). */
    public static QuantScheme parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "int8" -> INT8;
            case "int4" -> INT4;
            default -> throw new IllegalArgumentException("unknown quantisation '" + name + "'; use int8 or int4");
        };
    }

    @Override public String toString() { return name().toLowerCase(Locale.ROOT); }
}
