package dev.tcc.ir.text;

import dev.tcc.ir.DType;
import dev.tcc.ir.MiniFloats;
import dev.tcc.ir.Numerics;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Storage bit patterns of single tensor elements, as ONNX stores them (IEEE formats, the float8 variants,
 * float8e8m0, float4e2m1, two's complement integers, bool as 0/1). Used by the hex form of tensor
 * literals. Element values are the {@code double}/{@code long} values that {@link dev.tcc.ir.Tensor} holds.
 */
final class ElementBits {
    private ElementBits() {}

    /**
     * Decoding tables of the formats of 8 bits or fewer ({@link MiniFloats} defines them), and their inverses
     * keyed by {@code doubleToLongBits}: a lookup is both faster than {@link MiniFloats#encode} and says
     * whether a value is exactly one of the format's.
     */
    private static final Map<DType, double[]> DECODE = new EnumMap<>(DType.class);
    private static final Map<DType, Map<Long, Integer>> ENCODE = new EnumMap<>(DType.class);

    static {
        for (DType t : new DType[] {DType.F8E4M3FN, DType.F8E4M3FNUZ, DType.F8E5M2, DType.F8E5M2FNUZ, DType.F8E8M0, DType.F4E2M1}) {
            double[] table = new double[1 << t.bits()];
            Map<Long, Integer> inverse = new HashMap<>();
            for (int code = 0; code < table.length; code++) {
                table[code] = MiniFloats.decode(t, code);
                inverse.putIfAbsent(Double.doubleToLongBits(table[code]), code);
            }
            DECODE.put(t, table);
            ENCODE.put(t, inverse);
        }
    }

    /**
     * The bit pattern of element value {@code v} of floating type {@code t} (low {@code t.bits()} bits), or
     * {@code -1} when {@code v} is not exactly a value of {@code t}. NaN encodes as the type's canonical NaN.
     */
    static long encodeFloat(DType t, double v) {
        return switch (t) {
            case F64 -> Double.doubleToRawLongBits(v);
            case F32 -> exactInFloat(v) ? Float.floatToRawIntBits((float) v) & 0xFFFFFFFFL : -1;
            case F16 -> {
                short h = Float.floatToFloat16((float) v);
                yield same(Float.float16ToFloat(h), v) ? h & 0xFFFFL : -1;
            }
            case BF16 -> {
                int bits = Float.floatToRawIntBits((float) v);
                yield exactInFloat(v) && (Double.isNaN(v) || (bits & 0xFFFF) == 0) ? (bits >>> 16) & 0xFFFFL : -1;
            }
            default -> ENCODE.get(t).getOrDefault(Double.doubleToLongBits(v), -1);
        };
    }

    /** The element value of bit pattern {@code bits} of floating type {@code t}. */
    static double decodeFloat(DType t, long bits) {
        return switch (t) {
            case F64 -> Double.longBitsToDouble(bits);
            case F32 -> Float.intBitsToFloat((int) bits);
            case F16 -> Float.float16ToFloat((short) bits);
            case BF16 -> Float.intBitsToFloat((int) bits << 16);
            default -> DECODE.get(t)[(int) bits];
        };
    }

    /** The bit pattern (low {@code t.bits()} bits) of integer or bool element {@code v}. */
    static long encodeInteger(DType t, long v) {
        return t.bits() == 64 ? v : v & ((1L << t.bits()) - 1);
    }

    /**
     * The element value of integer or bool bit pattern {@code bits}.
     *
     * @throws IllegalArgumentException for a bool byte other than 0 or 1
     */
    static long decodeInteger(DType t, long bits) {
        if (t == DType.BOOL && bits > 1) throw new IllegalArgumentException("bool element byte must be 00 or 01, got " + bits);
        return Numerics.wrap(t, bits);
    }

    /** True when {@code v} is a float value (NaN included). */
    static boolean exactInFloat(double v) {
        return Double.isNaN(v) || (double) (float) v == v;
    }

    private static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }
}
