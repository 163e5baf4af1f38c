package dev.tcc.ir.text;

import dev.tcc.ir.DType;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;

import java.util.List;

/**
 * Tensor literals of textual IR, both ways. A literal is {@code dense<TYPE> BODY}; the body is one of
 * <ul>
 *   <li>a list {@code [e0, e1, ...]} of the elements in row-major order: floats as {@link Lexical#formatDouble}
 *       (f64) or {@link Lexical#formatFloat} (every narrower float type; read back with one rounding to float),
 *       integers in decimal (u64 unsigned), bools as {@code true}/{@code false}, strings quoted;</li>
 *   <li>{@code hex "..."}: the storage bytes in lower-case hex, as ONNX's {@code raw_data} holds them: each
 *       element little-endian in its type's width; 4-bit and 2-bit elements packed from the low bits of
 *       each byte up (element 0 in the low nibble), the last byte padded with zero bits;</li>
 *   <li>{@code elided}: the data was left out ({@link Printer#printElided}); such text does not parse.</li>
 * </ul>
 * The printer uses the list for strings and for tensors of at most {@link #LIST_LIMIT} elements, hex
 * otherwise. A floating tensor holding a value that its type cannot encode (possible only for data that did
 * not go through {@link Tensor}'s rounding factories) falls back to the list, which is exact for any float.
 */
public final class TensorText {
    private TensorText() {}

    /** Tensors with at most this many elements print as a readable list. */
    public static final int LIST_LIMIT = 16;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** The literal of {@code t}, e.g. {@code dense<f32[2]> [1.0, 2.5]}. */
    public static String format(Tensor t) {
        StringBuilder b = new StringBuilder();
        append(b, t, Long.MAX_VALUE);
        return b.toString();
    }

    /** Appends the literal of {@code t}; tensors of more than {@code elideAbove} elements print as {@code elided}. */
    static void append(StringBuilder b, Tensor t, long elideAbove) {
        b.append("dense<").append(t.type()).append("> ");
        if (t.size() > elideAbove) {
            b.append("elided");
            return;
        }
        String hex = t.dtype() == DType.STRING || t.size() <= LIST_LIMIT ? null : toHex(t);
        if (hex != null) {
            b.append("hex \"").append(hex).append('"');
            return;
        }
        b.append('[');
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) b.append(", ");
            b.append(element(t, i));
        }
        b.append(']');
    }

    private static String element(Tensor t, int i) {
        DType d = t.dtype();
        return switch (d.kind()) {
            case STRING -> Lexical.quote(t.getString(i));
            case BOOL -> t.getLong(i) != 0 ? "true" : "false";
            case UNSIGNED -> Long.toUnsignedString(t.getLong(i));
            case SIGNED -> Long.toString(t.getLong(i));
            case FLOAT -> {
                double v = t.getDouble(i);
                if (d == DType.F64) yield Lexical.formatDouble(v);
                if (!ElementBits.exactInFloat(v)) {
                    throw new IllegalArgumentException("element " + i + " of a " + t.type() + " tensor is " + v
                            + ", not a value of " + d + ": build tensors through Tensor's factories, which round");
                }
                yield Lexical.formatFloat((float) v);
            }
        };
    }

    /** The storage bytes of {@code t} in hex, or null when some element is not exactly a value of its type. */
    public static String toHex(Tensor t) {
        DType d = t.dtype();
        if (d == DType.STRING) throw new IllegalArgumentException("string tensors have no hex form");
        int w = d.bits();
        long[] bits = new long[t.size()];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = d.isFloat() ? ElementBits.encodeFloat(d, t.getDouble(i)) : ElementBits.encodeInteger(d, t.getLong(i));
            if (d.isFloat() && bits[i] == -1 && w < 64) return null;
        }
        byte[] bytes = new byte[Math.toIntExact(((long) bits.length * w + 7) / 8)];
        if (w % 8 == 0) {
            for (int i = 0; i < bits.length; i++) {
                for (int k = 0; k < w / 8; k++) bytes[i * (w / 8) + k] = (byte) (bits[i] >>> (8 * k));
            }
        } else {
            for (int i = 0; i < bits.length; i++) {
                long pos = (long) i * w;
                bytes[(int) (pos / 8)] |= (byte) (bits[i] << (pos % 8));
            }
        }
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /**
     * The tensor of type {@code type} whose storage bytes are {@code hex} (see the class comment).
     *
     * @throws IllegalArgumentException if the length or a digit is wrong, or the type is string
     */
    public static Tensor fromHex(TensorType type, String hex) {
        DType d = type.dtype();
        if (d == DType.STRING) throw new IllegalArgumentException("string tensors have no hex form; write a list of strings");
        int n = Math.toIntExact(type.size()), w = d.bits();
        long nbytes = ((long) n * w + 7) / 8;
        if (hex.length() != 2 * nbytes) {
            throw new IllegalArgumentException(type + " needs " + nbytes + " bytes (" + 2 * nbytes + " hex digits), got " + hex.length() + " hex digits");
        }
        byte[] bytes = new byte[(int) nbytes];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (digit(hex, 2 * i) << 4 | digit(hex, 2 * i + 1));
        long[] ints = new long[n];
        double[] floats = new double[d.isFloat() ? n : 0];
        for (int i = 0; i < n; i++) {
            long bits = 0;
            if (w % 8 == 0) {
                for (int k = 0; k < w / 8; k++) bits |= (bytes[i * (w / 8) + k] & 0xFFL) << (8 * k);
            } else {
                long pos = (long) i * w;
                bits = (bytes[(int) (pos / 8)] >>> (pos % 8)) & ((1 << w) - 1);
            }
            if (d.isFloat()) floats[i] = ElementBits.decodeFloat(d, bits);
            else ints[i] = ElementBits.decodeInteger(d, bits);
        }
        return d.isFloat() ? Tensor.ofDoubles(d, type.shape(), floats) : Tensor.ofLongs(d, type.shape(), ints);
    }

    private static int digit(String hex, int i) {
        int v = Character.digit(hex.charAt(i), 16);
        if (v < 0) throw new IllegalArgumentException("'" + hex.charAt(i) + "' at offset " + i + " is not a hex digit");
        return v;
    }

    /**
     * The tensor of type {@code type} whose elements are spelt by {@code tokens} as the list form writes them
     * (string elements still quoted).
     *
     * @throws IllegalArgumentException naming the first element that is not a value of the type, or a wrong count
     */
    public static Tensor fromLiterals(TensorType type, List<String> tokens) {
        DType d = type.dtype();
        int n = Math.toIntExact(type.size());
        if (tokens.size() != n) throw new IllegalArgumentException(type + " needs " + n + " elements, got " + tokens.size());
        if (d == DType.STRING) {
            String[] s = new String[n];
            for (int i = 0; i < n; i++) s[i] = Lexical.unquote(tokens.get(i));
            return Tensor.ofStrings(type.shape(), s);
        }
        if (d.isFloat()) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = d == DType.F64 ? Lexical.parseDouble(tokens.get(i)) : Lexical.parseFloat(tokens.get(i));
            return Tensor.ofDoubles(d, type.shape(), v);
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = integer(d, i, tokens.get(i));
        return Tensor.ofLongs(d, type.shape(), v);
    }

    private static long integer(DType d, int i, String token) {
        if (d == DType.BOOL) {
            return switch (token) {
                case "true" -> 1;
                case "false" -> 0;
                default -> throw new IllegalArgumentException("element " + i + " of a bool tensor must be true or false, got " + token);
            };
        }
        try {
            long v = d == DType.U64 && !token.startsWith("-") ? Long.parseUnsignedLong(token) : Long.parseLong(token);
            if (d == DType.U64 ? token.startsWith("-") : dev.tcc.ir.Numerics.wrap(d, v) != v) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("element " + i + " (" + token + ") is not a " + d + " value");
        }
    }
}
