package dev.tcc.cli.exec;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.tcc.frontend.onnx.OnnxException;
import dev.tcc.frontend.onnx.TensorCodec;
import dev.tcc.frontend.onnx.proto.Onnx.TensorProto;
import dev.tcc.ir.Tensor;

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
    public static Tensor read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TccException(file + ": no such file");
        } catch (IOException e) {
            throw new TccException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (Npy.isNpy(bytes)) return Npy.read(bytes, file.toString());
        if (bytes.length == 0) throw new TccException(file + ": the file is empty; expected a TensorProto (.pb) or numpy (.npy) file");
        TensorProto t;
        try {
            t = TensorProto.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new TccException(file + ": neither a .npy file nor a valid ONNX TensorProto (.pb): the data is truncated or corrupt");
        }
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
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new TccException(dir + ": cannot create the output folder: " + e.getMessage(), e);
        }
        Path base = dir.toAbsolutePath().normalize();
        List<String> files = fileNames(names);
        List<Written> out = new ArrayList<>();
        for (int i = 0; i < tensors.size(); i++) {
            Path f = base.resolve(files.get(i)).normalize();
            if (!f.getParent().equals(base)) throw new IllegalStateException("output file " + f + " would leave " + base); // fileNames forbids it
            byte[] data = TensorCodec.encode(tensors.get(i), names.get(i)).toByteArray();
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
