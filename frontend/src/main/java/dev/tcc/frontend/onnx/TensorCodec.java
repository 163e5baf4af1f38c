package dev.tcc.frontend.onnx;

import com.google.protobuf.ByteString;
import dev.tcc.frontend.onnx.proto.Onnx.StringStringEntryProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorProto;
import dev.tcc.ir.DType;
import dev.tcc.ir.MiniFloats;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Converts ONNX {@code TensorProto} messages to tcc {@link Tensor}s and back. Reads every storage form:
 * {@code raw_data} (little-endian, sub-byte types packed low bits first), the typed fields
 * ({@code float_data}, {@code int32_data}, {@code int64_data}, {@code double_data}, {@code uint64_data},
 * {@code string_data}) and external data in a file beside the model.
 */
public final class TensorCodec {
    private TensorCodec() {}

    /**
     * Decodes {@code t}. {@code modelDir} resolves external data (null when the tensor cannot have any,
     * e.g. a test-data file); {@code where} names the tensor's origin for error messages.
     */
    public static Tensor decode(TensorProto t, Path modelDir, String where) {
        DType dtype = DType.fromOnnx(t.getDataType());
        if (dtype == null) {
            throw new OnnxException(where + ": tensor '" + t.getName() + "' has element type " + t.getDataType()
                    + " (" + typeName(t.getDataType()) + "), which tcc does not support");
        }
        long[] dims = t.getDimsList().stream().mapToLong(Long::longValue).toArray();
        Shape shape;
        try {
            shape = new Shape(dims);
            shape.size();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new OnnxException(where + ": tensor '" + t.getName() + "' has invalid dims " + t.getDimsList());
        }
        if (shape.size() > Integer.MAX_VALUE) throw new OnnxException(where + ": tensor '" + t.getName() + "' is too large (" + shape + ")");
        int n = (int) shape.size();
        try {
            dev.tcc.ir.Limits.check(new dev.tcc.ir.TensorType(dtype, shape), where + ": tensor '" + t.getName() + "'");
        } catch (dev.tcc.ir.IrException e) {
            throw new OnnxException(e.getMessage());
        }
        if (dtype == DType.STRING) {
            if (t.getStringDataCount() != n) throw mismatch(where, t, n, t.getStringDataCount());
            String[] s = new String[n];
            for (int i = 0; i < n; i++) s[i] = t.getStringData(i).toStringUtf8();
            return Tensor.ofStrings(shape, s);
        }
        ByteString raw = null;
        if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL) raw = readExternal(t, modelDir, where, ((long) n * dtype.bits() + 7) / 8);
        else if (t.hasRawData()) raw = t.getRawData();
        if (raw != null) return fromRaw(dtype, shape, raw.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN), where, t);
        return fromTyped(dtype, shape, t, where);
    }

    private static OnnxException mismatch(String where, TensorProto t, long want, long got) {
        return new OnnxException(where + ": tensor '" + t.getName() + "' of shape " + t.getDimsList() + " needs " + want
                + " values but holds " + got + "; the file is corrupt or was written by a broken exporter");
    }

    private static Tensor fromRaw(DType dtype, Shape shape, ByteBuffer b, String where, TensorProto t) {
        int n = (int) shape.size();
        long needBytes = ((long) n * dtype.bits() + 7) / 8;
        if (b.remaining() != needBytes) throw mismatch(where, t, needBytes, b.remaining());
        if (dtype.bits() < 8) {
            int per = 8 / dtype.bits();
            int[] codes = new int[n];
            for (int i = 0; i < n; i++) {
                int byt = b.get(i / per) & 0xFF;
                codes[i] = (byt >> ((i % per) * dtype.bits())) & ((1 << dtype.bits()) - 1);
            }
            return fromCodes(dtype, shape, codes);
        }
        if (dtype.isFloat()) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = switch (dtype) {
                    case F64 -> b.getDouble(i * 8);
                    case F32 -> b.getFloat(i * 4);
                    case F16 -> Float.float16ToFloat(b.getShort(i * 2));
                    case BF16 -> Float.intBitsToFloat((b.getShort(i * 2) & 0xFFFF) << 16);
                    default -> MiniFloats.decode(dtype, b.get(i) & 0xFF);
                };
            }
            return Tensor.ofDoubles(dtype, shape, d);
        }
        long[] l = new long[n];
        for (int i = 0; i < n; i++) {
            l[i] = switch (dtype.bits()) {
                case 64 -> b.getLong(i * 8);
                case 32 -> dtype.isSigned() ? b.getInt(i * 4) : b.getInt(i * 4) & 0xFFFFFFFFL;
                case 16 -> dtype.isSigned() ? b.getShort(i * 2) : b.getShort(i * 2) & 0xFFFF;
                default -> dtype.isSigned() ? b.get(i) : b.get(i) & 0xFF;
            };
        }
        return Tensor.ofLongs(dtype, shape, l);
    }

    /** Values given as per-element codes (bit patterns) of a sub-byte or mini-float type. */
    private static Tensor fromCodes(DType dtype, Shape shape, int[] codes) {
        int n = codes.length;
        if (dtype.isFloat()) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) d[i] = MiniFloats.decode(dtype, codes[i]);
            return Tensor.ofDoubles(dtype, shape, d);
        }
        long[] l = new long[n];
        for (int i = 0; i < n; i++) l[i] = codes[i];
        return Tensor.ofLongs(dtype, shape, l); // wraps sign for i4/i2
    }

    private static Tensor fromTyped(DType dtype, Shape shape, TensorProto t, String where) {
        int n = (int) shape.size();
        switch (dtype) {
            case F32 -> {
                if (t.getFloatDataCount() != n) throw mismatch(where, t, n, t.getFloatDataCount());
                double[] d = new double[n];
                for (int i = 0; i < n; i++) d[i] = t.getFloatData(i);
                return Tensor.ofDoubles(dtype, shape, d);
            }
            case F64 -> {
                if (t.getDoubleDataCount() != n) throw mismatch(where, t, n, t.getDoubleDataCount());
                double[] d = new double[n];
                for (int i = 0; i < n; i++) d[i] = t.getDoubleData(i);
                return Tensor.ofDoubles(dtype, shape, d);
            }
            case I64 -> {
                if (t.getInt64DataCount() != n) throw mismatch(where, t, n, t.getInt64DataCount());
                long[] l = new long[n];
                for (int i = 0; i < n; i++) l[i] = t.getInt64Data(i);
                return Tensor.ofLongs(dtype, shape, l);
            }
            case U32, U64 -> {
                if (t.getUint64DataCount() != n) throw mismatch(where, t, n, t.getUint64DataCount());
                long[] l = new long[n];
                for (int i = 0; i < n; i++) l[i] = t.getUint64Data(i);
                return Tensor.ofLongs(dtype, shape, l);
            }
            case F16, BF16 -> {
                if (t.getInt32DataCount() != n) throw mismatch(where, t, n, t.getInt32DataCount());
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    int bits = t.getInt32Data(i) & 0xFFFF;
                    d[i] = dtype == DType.F16 ? Float.float16ToFloat((short) bits) : Float.intBitsToFloat(bits << 16);
                }
                return Tensor.ofDoubles(dtype, shape, d);
            }
            default -> {
                if (dtype.bits() < 8) {
                    int per = 8 / dtype.bits();
                    int want = (n + per - 1) / per;
                    if (t.getInt32DataCount() != want) throw mismatch(where, t, want, t.getInt32DataCount());
                    int[] codes = new int[n];
                    for (int i = 0; i < n; i++) {
                        codes[i] = (t.getInt32Data(i / per) >> ((i % per) * dtype.bits())) & ((1 << dtype.bits()) - 1);
                    }
                    return fromCodes(dtype, shape, codes);
                }
                if (t.getInt32DataCount() != n) throw mismatch(where, t, n, t.getInt32DataCount());
                int[] codes = new int[n];
                for (int i = 0; i < n; i++) codes[i] = t.getInt32Data(i);
                if (dtype.isFloat()) {
                    for (int i = 0; i < n; i++) codes[i] &= 0xFF;
                    return fromCodes(dtype, shape, codes);
                }
                long[] l = new long[n];
                for (int i = 0; i < n; i++) l[i] = codes[i];
                return Tensor.ofLongs(dtype, shape, l);
            }
        }
    }

    /** Reads external data, refusing any location outside the model's folder. */
    private static ByteString readExternal(TensorProto t, Path modelDir, String where, long needBytes) {
        String location = null;
        long offset = 0, length = -1;
        for (StringStringEntryProto e : t.getExternalDataList()) {
            switch (e.getKey()) {
                case "location" -> location = e.getValue();
                case "offset" -> offset = parseLong(e.getValue(), where, t);
                case "length" -> length = parseLong(e.getValue(), where, t);
                default -> { }
            }
        }
        if (location == null) throw new OnnxException(where + ": tensor '" + t.getName() + "' is marked EXTERNAL but names no location");
        if (modelDir == null) throw new OnnxException(where + ": tensor '" + t.getName() + "' refers to external data, which is not allowed here");
        Path base = modelDir.toAbsolutePath().normalize();
        Path file = base.resolve(location).normalize();
        if (Path.of(location).isAbsolute() || !file.startsWith(base)) {
            throw new OnnxException(where + ": tensor '" + t.getName() + "' has external data location '" + location
                    + "', which is outside the model's folder " + base + "; tcc reads external data only from the model's folder or below it");
        }
        try {
            if (!Files.isRegularFile(file.toRealPath()) || !file.toRealPath().startsWith(base.toRealPath())) {
                throw new OnnxException(where + ": external data file '" + location + "' of tensor '" + t.getName() + "' is not a regular file inside " + base);
            }
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
                long size = f.length();
                long len = length < 0 ? size - offset : length;
                if (offset < 0 || len < 0 || offset > size || len > size - offset || len > Integer.MAX_VALUE) {
                    throw new OnnxException(where + ": external data of tensor '" + t.getName() + "' (offset " + offset + ", length " + len
                            + ") lies outside file '" + location + "' of " + size + " bytes");
                }
                if (len != needBytes) {
                    throw new OnnxException(where + ": external data of tensor '" + t.getName() + "' of shape " + t.getDimsList() + " is " + len
                            + " bytes, but the tensor takes " + needBytes + "; the model or its data file is corrupt");
                }
                byte[] buf = new byte[(int) len];
                f.seek(offset);
                f.readFully(buf);
                return ByteString.copyFrom(buf);
            }
        } catch (IOException e) {
            throw new OnnxException(where + ": cannot read external data file '" + location + "' of tensor '" + t.getName() + "': " + e.getMessage(), e);
        }
    }

    private static long parseLong(String s, String where, TensorProto t) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new OnnxException(where + ": tensor '" + t.getName() + "' has a non-numeric external data field '" + s + "'");
        }
    }

    /** Encodes {@code x} as a TensorProto with {@code raw_data} (strings use {@code string_data}). */
    public static TensorProto encode(Tensor x, String name) {
        TensorProto.Builder b = TensorProto.newBuilder().setName(name).setDataType(x.dtype().onnxCode());
        for (long d : x.shape().dims()) b.addDims(d);
        int n = x.size();
        DType dt = x.dtype();
        if (dt == DType.STRING) {
            for (int i = 0; i < n; i++) b.addStringData(ByteString.copyFrom(x.getString(i), StandardCharsets.UTF_8));
            return b.build();
        }
        ByteBuffer buf = ByteBuffer.allocate((int) (((long) n * dt.bits() + 7) / 8)).order(ByteOrder.LITTLE_ENDIAN);
        if (dt.bits() < 8) {
            int per = 8 / dt.bits();
            for (int i = 0; i < n; i++) {
                int code = dt.isFloat() ? MiniFloats.encode(dt, x.getDouble(i), true) : (int) (x.getLong(i) & ((1 << dt.bits()) - 1));
                int at = i / per;
                buf.put(at, (byte) (buf.get(at) | (code << ((i % per) * dt.bits()))));
            }
        } else {
            for (int i = 0; i < n; i++) {
                switch (dt) {
                    case F64 -> buf.putDouble(x.getDouble(i));
                    case F32 -> buf.putFloat((float) x.getDouble(i));
                    case F16 -> buf.putShort(Float.floatToFloat16((float) x.getDouble(i)));
                    case BF16 -> buf.putShort((short) (Float.floatToRawIntBits((float) x.getDouble(i)) >>> 16));
                    case F8E4M3FN, F8E4M3FNUZ, F8E5M2, F8E5M2FNUZ, F8E8M0 -> buf.put((byte) MiniFloats.encode(dt, x.getDouble(i), true));
                    default -> {
                        long v = x.getLong(i);
                        switch (dt.bits()) {
                            case 64 -> buf.putLong(v);
                            case 32 -> buf.putInt((int) v);
                            case 16 -> buf.putShort((short) v);
                            default -> buf.put((byte) v);
                        }
                    }
                }
            }
        }
        return b.setRawData(ByteString.copyFrom(buf.array())).build();
    }

    static String typeName(int code) {
        TensorProto.DataType t = TensorProto.DataType.forNumber(code);
        return t == null ? "unknown" : t.name();
    }
}
