package dev.tcc.cli.exec;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.tcc.frontend.onnx.OnnxException;
import dev.tcc.frontend.onnx.TensorCodec;
import dev.tcc.frontend.onnx.proto.Onnx.TensorProto;
import com.google.protobuf.ByteString;
import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.program.DeviceTypes;
import dev.tcc.ir.program.HostTensor;

import java.nio.ByteBuffer;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tensor files on disk: reads ONNX {@code TensorProto} ({@code .pb}) and numpy ({@code .npy}) files, and
 * writes outputs as {@code .pb} files whose names are derived from the model's output names without ever
 * leaving the output folder.
 */
public final class TensorFiles {
    private TensorFiles() {}

    /** Reads a tensor; the format is recognised by the {@code .npy} magic, anything else is read as a TensorProto. */
    public static Tensor read(Path file) { return decode(bytes(file), file); }

    /**
     * Reads a tensor in device storage form. When the file holds the storage type itself (f32, f16, f64, the
     * integer types; little-endian, C order) its bytes are copied as they are, without decoding to numbers.
     */
    public static HostTensor readHost(Path file) {
        ByteBuffer whole = direct(file);
        if (Npy.isNpy(whole)) {
            Npy.Raw r = Npy.raw(whole, file.toString());
            if (r.dtype() != DType.BOOL && DeviceTypes.storage(r.dtype()) == r.dtype()) {
                return new HostTensor(new TensorType(r.dtype(), r.shape()), r.data()); // a view of the file's bytes: no copy
            }
        }
        byte[] bytes = new byte[whole.limit()];
        whole.get(0, bytes);
        if (!Npy.isNpy(bytes) && bytes.length > 0) {
            TensorProto t = proto(bytes, file);
            DType d = t.getDataType() == 0 ? null : DType.fromOnnx(t.getDataType());
            if (d != null && d != DType.BOOL && d != DType.STRING && t.hasRawData() && !t.hasDataLocation() && DeviceTypes.storage(d) == d) {
                Shape shape = Shape.of(t.getDimsList().stream().mapToLong(Long::longValue).toArray());
                ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer();
                if (raw.remaining() == HostTensor.bytes(new TensorType(d, shape))) return host(d, shape, raw);
            }
        }
        return HostTensor.of(decode(bytes, file));
    }

    /** The whole of {@code file} in a direct buffer, read with one copy from the file system. */
    private static ByteBuffer direct(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE - 64) throw new TccException(file + ": " + size + " bytes is more than one tensor file may hold (2 GiB)");
            ByteBuffer b = ByteBuffer.allocateDirect((int) size);
            while (b.hasRemaining() && ch.read(b) >= 0) { }
            return b.flip();
        } catch (NoSuchFileException e) {
            throw new TccException(file + ": no such file");
        } catch (IOException e) {
            throw new TccException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static HostTensor host(DType d, Shape shape, ByteBuffer data) {
        TensorType type = new TensorType(d, shape);
        ByteBuffer direct = ByteBuffer.allocateDirect(Math.toIntExact(HostTensor.bytes(type)));
        direct.put(data.duplicate().limit(data.position() + direct.capacity())).flip();
        return new HostTensor(type, direct);
    }

    private static byte[] bytes(Path file) {
        try {
            return dev.tcc.ir.SafeFiles.read(file, dev.tcc.ir.Limits.maxBytes() / 2);
        } catch (NoSuchFileException e) {
            throw new TccException(file + ": no such file");
        } catch (IOException e) {
            throw new TccException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static TensorProto proto(byte[] bytes, Path file) {
        try {
            return TensorProto.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new TccException(file + ": neither a .npy file nor a valid ONNX TensorProto (.pb): the data is truncated or corrupt");
        }
    }

    private static Tensor decode(byte[] bytes, Path file) {
        if (Npy.isNpy(bytes)) return Npy.read(bytes, file.toString());
        if (bytes.length == 0) throw new TccException(file + ": the file is empty; expected a TensorProto (.pb) or numpy (.npy) file");
        TensorProto t = proto(bytes, file);
        if (t.getDimsCount() == 0 && !t.hasRawData() && t.getDataType() == 0) {
            throw new TccException(file + ": not an ONNX TensorProto (no element type); expected a .pb tensor or a .npy array");
        }
        try {
            return TensorCodec.decode(t, null, file.toString());
        } catch (OnnxException e) {
            throw new TccException(e.getMessage(), e);
        }
    }

    /** Where one output went. */
    public record Written(String outputName, Path file) {}

    /**
     * Writes {@code tensors} into {@code dir} (created when missing) as {@code <name>.pb}, one per output
     * name, the names made safe by {@link #fileNames}. Refuses to write through a symbolic link.
     */
    public static List<Written> writeOutputs(Path dir, List<String> names, List<Tensor> tensors) {
        List<Payload> data = new ArrayList<>();
        for (int i = 0; i < tensors.size(); i++) {
            data.add(new Payload(TensorCodec.encode(tensors.get(i), names.get(i)).toByteArray(), ByteBuffer.allocate(0), ByteBuffer.allocate(0)));
        }
        return write(dir, names, data);
    }

    /**
     * {@link #writeOutputs} for tensors in device storage form: a tensor whose storage type is its own element type
     * (f32, f16, f64, integers) goes to the file's {@code raw_data} as it is.
     */
    public static List<Written> writeHostOutputs(Path dir, List<String> names, List<HostTensor> tensors) {
        List<Payload> data = new ArrayList<>();
        for (int i = 0; i < tensors.size(); i++) {
            HostTensor h = tensors.get(i);
            DType d = h.type().dtype();
            if (d != DType.BOOL && h.storage() == d) {
                // the TensorProto without its data, then field 9 (raw_data) written straight from the device's bytes
                TensorProto.Builder b = TensorProto.newBuilder().setName(names.get(i)).setDataType(d.onnxCode());
                for (long dim : h.type().shape().dims()) b.addDims(dim);
                ByteBuffer raw = h.data().duplicate().limit(Math.toIntExact(h.bytes()));
                ByteBuffer head = ByteBuffer.allocate(16);
                head.put((byte) ((9 << 3) | 2));
                for (long n = raw.remaining(); ; n >>>= 7) {
                    if (n < 0x80) { head.put((byte) n); break; }
                    head.put((byte) ((n & 0x7F) | 0x80));
                }
                data.add(new Payload(b.build().toByteArray(), head.flip(), raw));
            } else {
                data.add(new Payload(TensorCodec.encode(h.toTensor(), names.get(i)).toByteArray(), ByteBuffer.allocate(0), ByteBuffer.allocate(0)));
            }
        }
        return write(dir, names, data);
    }

    /** A file's bytes in parts: a serialised message, then (optionally) one length-delimited field written from a buffer. */
    private record Payload(byte[] message, ByteBuffer fieldHead, ByteBuffer fieldData) {}

    private static List<Written> write(Path dir, List<String> names, List<Payload> payloads) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new TccException(dir + ": cannot create the output folder: " + e.getMessage(), e);
        }
        Path base = dir.toAbsolutePath().normalize();
        List<String> files = fileNames(names);
        List<Written> out = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            Path f = base.resolve(files.get(i)).normalize();
            if (!f.getParent().equals(base)) throw new IllegalStateException("output file " + f + " would leave " + base); // fileNames forbids it
            Payload data = payloads.get(i);
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                for (ByteBuffer part : List.of(ByteBuffer.wrap(data.message()), data.fieldHead().duplicate(), data.fieldData().duplicate())) {
                    while (part.hasRemaining()) ch.write(part);
                }
            } catch (IOException e) {
                throw new TccException(f + ": cannot write output '" + names.get(i) + "': " + e.getMessage(), e);
            }
            out.add(new Written(names.get(i), f));
        }
        return out;
    }

    /**
     * File names for outputs: the output name with every character other than letters, digits, '.', '-'
     * and '_' replaced by '_', never starting with '.', at most 120 characters, with {@code .pb} appended;
     * an empty result becomes {@code output_<i>}, and names that collide (also ignoring case) get
     * {@code _<i>} appended. The result never contains a path separator and never names a parent folder.
     */
    public static List<String> fileNames(List<String> outputNames) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < outputNames.size(); i++) {
            StringBuilder b = new StringBuilder();
            for (char c : outputNames.get(i).toCharArray()) {
                b.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-' || c == '_' ? c : '_');
            }
            String s = b.length() > 120 ? b.substring(0, 120) : b.toString();
            if (s.isEmpty()) s = "output_" + i;
            if (s.startsWith(".")) s = "_" + s;
            String candidate = s;
            if (used.contains(candidate.toLowerCase(Locale.ROOT))) candidate = s + "_" + i;
            used.add(candidate.toLowerCase(Locale.ROOT));
            out.add(candidate + ".pb");
        }
        return out;
    }
}
