package dev.tcc.cli.exec;

import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numpy {@code .npy} files (format versions 1, 2 and 3): little-endian or byte-order-free dtypes
 * {@code f2 f4 f8 i1 i2 i4 i8 u1 u2 u4 u8 b1}, C order. Anything else (big-endian data, Fortran order,
 * object or structured dtypes) is refused with a message saying how to re-save the array.
 */
public final class Npy {
    private Npy() {}

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    /** True when {@code bytes} start with the {@code .npy} magic string. */
    public static boolean isNpy(byte[] bytes) {
        if (bytes.length < MAGIC.length) return false;
        for (int i = 0; i < MAGIC.length; i++) if (bytes[i] != MAGIC[i]) return false;
        return true;
    }

    /** A {@code .npy} array's element type, shape and little-endian data bytes (a view of the file's bytes). */
    public record Raw(DType dtype, Shape shape, ByteBuffer data) {}

    /** Decodes a whole {@code .npy} file; {@code file} names it in messages. */
    public static Tensor read(byte[] bytes, String file) {
        Raw r = raw(bytes, file);
        return decode(r.data(), r.dtype(), r.shape());
    }

    /** Parses a whole {@code .npy} file's header and checks its size; the data stays as bytes. */
    public static Raw raw(byte[] bytes, String file) { return raw(ByteBuffer.wrap(bytes), file); }

    /** True when {@code b} (from position 0) starts with the {@code .npy} magic. */
    public static boolean isNpy(ByteBuffer b) {
        if (b.limit() < MAGIC.length) return false;
        for (int i = 0; i < MAGIC.length; i++) if (b.get(i) != MAGIC[i]) return false;
        return true;
    }

    /**
     * {@link #raw(byte[], String)} over a whole file in {@code whole} (from position 0 to its limit); the data is a
     * view of {@code whole}, so a direct buffer read from the file reaches a device with no further copy.
     */
    public static Raw raw(ByteBuffer whole, String file) {
        if (!isNpy(whole)) throw new TccException(file + ": not a .npy file (no \\x93NUMPY magic)");
        ByteBuffer b = whole.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int length = b.limit();
        if (length < 10) throw new TccException(file + ": truncated .npy header");
        int major = b.get(6) & 0xFF;
        int headerLen, start;
        switch (major) {
            case 1 -> { headerLen = b.getShort(8) & 0xFFFF; start = 10; }
            case 2, 3 -> {
                if (length < 12) throw new TccException(file + ": truncated .npy header");
                long len = b.getInt(8) & 0xFFFFFFFFL;
                if (len > length) throw new TccException(file + ": truncated .npy header");
                headerLen = (int) len;
                start = 12;
            }
            default -> throw new TccException(file + ": .npy format version " + major + " is not supported (versions 1 to 3 are)");
        }
        if (start + headerLen > length) throw new TccException(file + ": truncated .npy header");
        byte[] head = new byte[headerLen];
        b.get(start, head);
        String header = new String(head, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        String descr = field(header, "descr", "'([^']*)'", file);
        String fortran = field(header, "fortran_order", "(True|False)", file);
        String shapeText = field(header, "shape", "\\(([^)]*)\\)", file);
        if (fortran.equals("True")) {
            throw new TccException(file + ": the array is stored in Fortran order; save it in C order (numpy.ascontiguousarray(a))");
        }
        DType dtype = dtype(descr, file);
        Shape shape = shape(shapeText, file);
        long n = shape.size();
        int item = dtype == DType.BOOL ? 1 : dtype.bits() / 8;
        long need = n * item;
        int dataStart = start + headerLen;
        if (length - dataStart != need) {
            throw new TccException(file + ": holds " + (length - dataStart) + " data bytes, but a " + descr + " array of shape "
                    + shape + " needs " + need + "; the file is truncated or corrupt");
        }
        return new Raw(dtype, shape, b.position(dataStart).slice().order(ByteOrder.LITTLE_ENDIAN));
    }

    private static String field(String header, String key, String valueRegex, String file) {
        Matcher m = Pattern.compile("'" + key + "'\\s*:\\s*" + valueRegex).matcher(header);
        if (!m.find()) throw new TccException(file + ": .npy header has no '" + key + "' entry: " + header.strip());
        return m.group(1);
    }

    private static DType dtype(String descr, String file) {
        if (descr.length() < 3) throw new TccException(file + ": unsupported .npy dtype '" + descr + "'");
        char order = descr.charAt(0);
        String code = descr.substring(1);
        if (order == '>' && !code.endsWith("1")) {
            throw new TccException(file + ": big-endian data ('" + descr + "') is not supported; save it little-endian (a.astype('<" + code + "'))");
        }
        if (order != '<' && order != '|' && order != '=' && order != '>') throw new TccException(file + ": unsupported .npy dtype '" + descr + "'");
        return switch (code) {
            case "f2" -> DType.F16;
            case "f4" -> DType.F32;
            case "f8" -> DType.F64;
            case "i1" -> DType.I8;
            case "i2" -> DType.I16;
            case "i4" -> DType.I32;
            case "i8" -> DType.I64;
            case "u1" -> DType.U8;
            case "u2" -> DType.U16;
            case "u4" -> DType.U32;
            case "u8" -> DType.U64;
            case "b1" -> DType.BOOL;
            default -> throw new TccException(file + ": unsupported .npy dtype '" + descr
                    + "'; tcc reads float16/32/64, int8/16/32/64, uint8/16/32/64 and bool arrays");
        };
    }

    private static Shape shape(String text, String file) {
        List<Long> dims = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            if (p.endsWith("L")) p = p.substring(0, p.length() - 1); // Python 2 longs
            try {
                dims.add(Long.parseLong(p));
            } catch (NumberFormatException e) {
                throw new TccException(file + ": bad shape (" + text + ") in .npy header");
            }
        }
        try {
            Shape s = new Shape(dims.stream().mapToLong(Long::longValue).toArray());
            if (s.size() > Integer.MAX_VALUE) throw new TccException(file + ": array of shape " + s + " is too large");
            return s;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new TccException(file + ": bad shape (" + text + ") in .npy header");
        }
    }

    private static Tensor decode(ByteBuffer b, DType dtype, Shape shape) {
        int n = (int) shape.size();
        if (dtype.isFloat()) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = switch (dtype) {
                    case F16 -> Float.float16ToFloat(b.getShort(2 * i));
                    case F32 -> b.getFloat(4 * i);
                    default -> b.getDouble(8 * i);
                };
            }
            return Tensor.ofDoubles(dtype, shape, d);
        }
        long[] l = new long[n];
        boolean signed = dtype.isSigned();
        for (int i = 0; i < n; i++) {
            l[i] = switch (dtype.bits()) {
                case 64 -> b.getLong(8 * i);
                case 32 -> signed ? b.getInt(4 * i) : b.getInt(4 * i) & 0xFFFFFFFFL;
                case 16 -> signed ? b.getShort(2 * i) : b.getShort(2 * i) & 0xFFFF;
                default -> signed ? b.get(i) : b.get(i) & 0xFF;
            };
            if (dtype == DType.BOOL) l[i] = l[i] != 0 ? 1 : 0;
        }
        return Tensor.ofLongs(dtype, shape, l);
    }
}
