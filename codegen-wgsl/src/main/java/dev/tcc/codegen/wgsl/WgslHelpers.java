package dev.tcc.codegen.wgsl;

import dev.tcc.ir.DType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code tcc_} functions a rendered module defines before its entry point, each only when used:
 * what WGSL lacks (erf, NaN tests that survive WGSL's no-NaN assumption, C's fmin/fmax, NaN-to-zero
 * float conversions, infinities and NaN as values) and the loads and stores of packed buffers.
 */
final class WgslHelpers {
    private final Map<String, String> defined = new LinkedHashMap<>();

    /** Makes sure helper {@code name} is defined (with what it calls) and returns its name. */
    String need(String name) {
        if (defined.containsKey(name)) return name;
        String body = switch (name) {
            case "tcc_isnan" -> """
                    fn tcc_isnan(x: f32) -> bool {
                        return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
                    }""";
            case "tcc_isinf" -> """
                    fn tcc_isinf(x: f32) -> bool {
                        return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u;
                    }""";
            case "tcc_fmin", "tcc_fmax" -> {
                need("tcc_isnan");
                String f = name.substring(5);
                yield "fn " + name + "(a: f32, b: f32) -> f32 {\n"
                        + "    return select(select(" + f + "(a, b), a, tcc_isnan(b)), b, tcc_isnan(a));\n}";
            }
            case "tcc_f32_to_i32" -> {
                // WGSL clamps to the largest f32 below the i32 range (2147483520); kernel IR saturates to 2^31-1
                need("tcc_isnan");
                yield """
                        fn tcc_f32_to_i32(x: f32) -> i32 {
                            return select(select(i32(x), 2147483647, x >= 2147483648.0), 0, tcc_isnan(x));
                        }""";
            }
            case "tcc_f32_to_u32" -> {
                need("tcc_isnan");
                yield """
                        fn tcc_f32_to_u32(x: f32) -> u32 {
                            return select(select(u32(x), 4294967295u, x >= 4294967296.0), 0u, tcc_isnan(x));
                        }""";
            }
            case "tcc_fmod" -> {
                // exact, as C's fmod: subtract the largest b * 2^k not above the remainder (exact by Sterbenz's
                // lemma) until it is below |b|; at most one step per binade between a and b
                need("tcc_isnan");
                need("tcc_isinf");
                need("tcc_f32_from_bits");
                yield """
                        fn tcc_fmod(a: f32, b: f32) -> f32 {
                            let ay = abs(b);
                            if (tcc_isnan(a) || tcc_isnan(b) || tcc_isinf(a) || ay == 0.0) {
                                return tcc_f32_from_bits(0x7fc00000u);
                            }
                            if (tcc_isinf(b)) {
                                return a;
                            }
                            var r = abs(a);
                            let ey = frexp(ay).exp;
                            for (var i = 0; i < 300 && r >= ay; i += 1) {
                                var s = ldexp(ay, frexp(r).exp - ey - 1);
                                if (s * 2.0 <= r) {
                                    s = s * 2.0;
                                }
                                r = r - s;
                            }
                            return bitcast<f32>(bitcast<u32>(r) | (bitcast<u32>(a) & 0x80000000u));
                        }""";
            }
            case "tcc_f32_from_bits" -> """
                    fn tcc_f32_from_bits(bits: u32) -> f32 {
                        return bitcast<f32>(bits);
                    }""";
            case "tcc_round_f16" -> {
                need("tcc_f16_bits");
                yield """
                        fn tcc_round_f16(x: f32) -> f32 {
                            return unpack2x16float(tcc_f16_bits(x)).x;
                        }""";
            }
            case "tcc_f16_bits" -> """
                    // f32 to f16 bits, rounding to nearest even and overflowing to infinity as kernel IR says
                    // (pack2x16float may round either way, and its result out of range is not defined)
                    fn tcc_f16_bits(x: f32) -> u32 {
                        let b = bitcast<u32>(x);
                        let sign = (b >> 16u) & 0x8000u;
                        let a = b & 0x7fffffffu;
                        if (a > 0x7f800000u) {
                            return sign | 0x7e00u;
                        }
                        if (a >= 0x477ff000u) {
                            return sign | 0x7c00u;
                        }
                        if (a >= 0x38800000u) {
                            let r = a - 0x38000000u;
                            let rest = r & 0x1fffu;
                            let up = rest > 0x1000u || (rest == 0x1000u && ((r >> 13u) & 1u) == 1u);
                            return sign | ((r >> 13u) + select(0u, 1u, up));
                        }
                        let v = bitcast<f32>(a) * 16777216.0;
                        let m = u32(floor(v));
                        let frac = v - floor(v);
                        let up = frac > 0.5 || (frac == 0.5 && (m & 1u) == 1u);
                        return sign | (m + select(0u, 1u, up));
                    }""";
            case "tcc_tanh" -> """
                    fn tcc_tanh(x: f32) -> f32 {
                        let x2 = x * x;
                        let series = x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * -0.053968254)));
                        return select(tanh(x), series, abs(x) < 0.0625);
                    }""";
            case "tcc_erf" -> """
                    fn tcc_erf(x: f32) -> f32 {
                        let a = abs(x);
                        let x2 = x * x;
                        let series = x * (1.1283791671 + x2 * (-0.3761263890 + x2 * (0.1128379167 + x2 * (-0.0268661706 + x2 * 0.0052239776))));
                        let t = 1.0 / (1.0 + 0.3275911 * a);
                        let tail = 1.0 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * exp(-x2);
                        return select(sign(x) * tail, series, a < 0.5);
                    }""";
            default -> throw new IllegalArgumentException("no WGSL helper " + name);
        };
        defined.put(name, body);
        return name;
    }

    /**
     * The load helper of a buffer of 1- or 2-byte elements packed into u32 words: returns the element at
     * {@code tcc_i}, widened to its value type (sign-extended for i8/i16).
     */
    String packedLoad(String buffer, DType element, boolean atomic) {
        String name = "tcc_load_" + buffer;
        if (defined.containsKey(name)) return name;
        Packed p = Packed.of(element);
        String word = atomic ? "atomicLoad(&" + buffer + "[tcc_i >> " + p.wordShift + "])" : buffer + "[tcc_i >> " + p.wordShift + "]";
        String shift = "(tcc_i & " + p.lane + ") * " + p.bits;
        String value = switch (element) {
            case I8, I16 -> "extractBits(bitcast<i32>(tcc_w), " + shift + ", " + p.bits + ")";
            case U8, U16 -> "extractBits(tcc_w, " + shift + ", " + p.bits + ")";
            case BOOL -> "extractBits(tcc_w, " + shift + ", " + p.bits + ") != 0u";
            case F16 -> "unpack2x16float(tcc_w >> (" + shift + ")).x";
            default -> throw new IllegalArgumentException(element + " is not packed");
        };
        defined.put(name, "fn " + name + "(tcc_i: u32) -> " + WgslTables.valueType(dev.tcc.ir.kernel.KernelTypes.valueTypeOf(element))
                + " {\n    let tcc_w = " + word + ";\n    return " + value + ";\n}");
        return name;
    }

    /**
     * The store helper of a packed buffer: replaces the element's bits in its word with two atomic
     * operations, so that work-items storing other elements of the same word concurrently keep theirs
     * (kernel IR lets distinct work-items store distinct elements without a barrier).
     */
    String packedStore(String buffer, DType element) {
        String name = "tcc_store_" + buffer;
        if (defined.containsKey(name)) return name;
        Packed p = Packed.of(element);
        String mask = p.bits.equals("8u") ? "0xffu" : "0xffffu";
        defined.put(name, "fn " + name + "(tcc_i: u32, tcc_bits: u32) {\n"
                + "    let tcc_s = (tcc_i & " + p.lane + ") * " + p.bits + ";\n"
                + "    atomicAnd(&" + buffer + "[tcc_i >> " + p.wordShift + "], ~(" + mask + " << tcc_s));\n"
                + "    atomicOr(&" + buffer + "[tcc_i >> " + p.wordShift + "], (tcc_bits & " + mask + ") << tcc_s);\n}");
        return name;
    }

    /** How elements of a narrow type sit in a u32 word: index shift to the word, lane mask, bits per lane. */
    private record Packed(String wordShift, String lane, String bits) {
        static Packed of(DType t) {
            return switch (t) {
                case I8, U8, BOOL -> new Packed("2u", "3u", "8u");
                case I16, U16, F16 -> new Packed("1u", "1u", "16u");
                default -> throw new IllegalArgumentException(t + " is not packed");
            };
        }
    }

    /** The definitions, in the order first needed, each followed by an empty line. */
    String text() {
        StringBuilder b = new StringBuilder();
        defined.values().forEach(d -> b.append(d).append("\n\n"));
        return b.toString();
    }
}
