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
import java.io.OutputStream;
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
        byte[] bytes = bytes(file);
        if (Npy.isNpy(bytes)) {
            Npy.Raw r = Npy.raw(bytes, file.toString());
            if (r.dtype() != DType.BOOL && DeviceTypes.storage(r.dtype()) == r.dtype()) return host(r.dtype(), r.shape(), r.data());
        } else if (bytes.length > 0) {
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
        List<byte[]> data = new ArrayList<>();
        for (int i = 0; i < tensors.size(); i++) data.add(TensorCodec.encode(tensors.get(i), names.get(i)).toByteArray());
        return write(dir, names, data);
    }

    /**
     * {@link #writeOutputs} for tensors in device storage form: a tensor whose storage type is its own element type
     * (f32, f16, f64, integers) goes to the file's {@code raw_data} as it is.
     */
    public static List<Written> writeHostOutputs(Path dir, List<String> names, List<HostTensor> tensors) {
        List<byte[]> data = new ArrayList<>();
        for (int i = 0; i < tensors.size(); i++) {
            HostTensor h = tensors.get(i);
            DType d = h.type().dtype();
            if (d != DType.BOOL && h.storage() == d) {
                TensorProto.Builder b = TensorProto.newBuilder().setName(names.get(i)).setDataType(d.onnxCode())
                        .setRawData(ByteString.copyFrom(h.data().duplicate().limit(Math.toIntExact(h.bytes()))));
                for (long dim : h.type().shape().dims()) b.addDims(dim);
                data.add(b.build().toByteArray());
            } else {
                data.add(TensorCodec.encode(h.toTensor(), names.get(i)).toByteArray());
            }
        }
        return write(dir, names, data);
    }

    private static List<Written> write(Path dir, List<String> names, List<byte[]> payloads) {
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
            byte[] data = payloads.get(i);
            try (OutputStream os = Files.newOutputStream(f, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                os.write(data);
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
