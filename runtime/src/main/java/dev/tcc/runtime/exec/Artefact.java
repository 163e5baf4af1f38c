package dev.tcc.runtime.exec;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.tcc.codegen.common.Codegen;
import dev.tcc.ir.IrException;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.MemoryPlan;
import dev.tcc.ir.program.Profile;
import dev.tcc.runtime.Backends;
import dev.tcc.runtime.DeviceException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compiled model on disk ({@code tcc compile --target T -o DIR}), the same layout for every target:
 * {@code DIR/manifest.json}, {@code DIR/kernels/<kernel>.<ext>} (the target's kernel files, rendered by its
 * {@link Codegen}) and {@code DIR/weights.bin} (or, for the browser, {@code DIR/web/weights-N.bin} of at most 128 MiB each,
 * see {@link #splitWeights}). The manifest names the target and the {@link Profile} the
 * kernels were lowered for, and holds the graph inputs and outputs (names, element types, shapes, buffers),
 * every buffer (element type, size, role, offset of its contents in the weights), the memory plan
 * ({@code planned_peak_bytes}, {@code naive_bytes} and the slots temporaries share), the launches in
 * order (kernel name and file, the kernel's signature: parameters, workgroup arrays, grid; arguments,
 * anchor, fused ops, tuning choices), optional kernel {@code variants} (a name, the profile a device must meet and
 * one kernel file per launch: an f16 artefact's f16-arithmetic kernels, say, which {@link Executor#load} runs on the
 * devices that meet it), the SHA-256 of every file and a {@code digest}, the SHA-256 of the manifest itself. Reading needs no ONNX importer and no graph IR: launches carry their signatures and code.
 *
 * <p>Trust model: an artefact is code. Reading validates it as a whole before any device work — files are
 * regular files inside the folder, size-checked before they are read, their hashes and the manifest's digest
 * match, every value has its type, and the program is consistent ({@link KernelProgram#verify}) — so
 * corruption and edits are reported, never run. A deliberately malicious artefact with matching hashes is
 * as trusted as any binary one chooses to run.
 */
public final class Artefact {
    private Artefact() {}

    /** The manifest's {@code format} value. */
    public static final String FORMAT = "tcc-artefact";
    /** The manifest layout version this code writes and reads (2 added the manifest digest). */
    public static final int VERSION = 2;

    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();

    /**
     * Writes {@code p} into {@code dir} (created if needed) with kernel files rendered by {@code codegen} (launches
     * read from an artefact of the same target keep their code); writes nothing outside {@code dir}, and refuses a
     * folder holding files that are not tcc's.
     */
    public static void write(KernelProgram p, Codegen codegen, Path dir) { write(p, codegen, dir, false); }

    /**
     * Writes {@code p} into {@code dir}, replacing an earlier artefact there; returns the entries of the earlier
     * one it removed. Never writes through a symbolic link.
     *
     * @param force write even when {@code dir} holds files that are not tcc's (they are left alone)
     */
    public static List<String> write(KernelProgram p, Codegen codegen, Path dir, boolean force) { return write(p, codegen, dir, force, Map.of()); }

    /**
     * {@link #write(KernelProgram, Codegen, Path, boolean)} with {@code extra} top-level entries in the manifest
     * (reports on the compile such as {@code "accuracy"}, for people and tools; covered by the digest, never read by
     * the runtime).
     */
    public static List<String> write(KernelProgram p, Codegen codegen, Path dir, boolean force, Map<String, JsonElement> extra) {
        if (dir.toString().isEmpty()) throw new ArtefactException("the output folder name is empty; name a folder (-o DIR)");
        Path root = dir.toAbsolutePath().normalize();
        List<String> removed = ArtefactFolder.prepare(root, force);
        try {
            JsonObject files = new JsonObject();
            List<String> kernelFiles = new ArrayList<>();
            for (KernelProgram.Launch l : p.launches()) kernelFiles.add(writeKernel(root, l.name(), l.code(), codegen, p.profile(), files));
            List<List<String>> variantFiles = new ArrayList<>();
            for (KernelProgram.Variant v : p.variants()) {
                List<String> vf = new ArrayList<>();
                for (int i = 0; i < p.launches().size(); i++) {
                    vf.add(writeKernel(root, p.launches().get(i).name() + "." + v.name(), v.code().get(i), codegen, v.profile(), files));
                }
                variantFiles.add(vf);
            }
            ArtefactFolder.create(ArtefactFiles.inside(root, "weights.bin"), p.weights());
            files.addProperty("weights.bin", sha256(p.weights()));
            JsonObject m = ManifestWriter.manifest(p, codegen.target(), kernelFiles, files);
            if (!p.variants().isEmpty()) m.add("variants", ManifestWriter.variants(p.variants(), variantFiles));
            extra.forEach(m::add);
            writeManifest(root, m);
            return removed;
        } catch (IOException e) {
            throw new ArtefactException("writing artefact to " + dir + ": " + e, e);
        }
    }

    /**
     * Writes the kernel file {@code kernels/<stem>.<ext>} of {@code code} (rendered for {@code profile} when it is kernel
     * IR), with a readable copy of a binary kernel, unless an earlier launch wrote that file; records its hash in
     * {@code files} and returns its name.
     */
    private static String writeKernel(Path root, String stem, KernelProgram.Code code, Codegen codegen, Profile profile, JsonObject files)
            throws IOException {
        byte[] bytes = switch (code) {
            case KernelProgram.Code.Ir ir -> codegen.render(ir.kernel(), profile);
            case KernelProgram.Code.Rendered r -> r.bytes();
        };
        String file = "kernels/" + stem + "." + codegen.extension();
        if (!files.has(file)) {
            ArtefactFolder.create(ArtefactFiles.inside(root, file), bytes);
            // a readable copy of a binary kernel (SPIR-V disassembly) for people only: not in the manifest, never read
            Optional<String> readable = codegen.readable(bytes);
            if (readable.isPresent()) {
                ArtefactFolder.create(ArtefactFiles.inside(root, "kernels/" + stem + "." + codegen.readableExtension()),
                        readable.get().getBytes(StandardCharsets.UTF_8));
            }
        }
        files.addProperty(file, sha256(bytes));
        return file;
    }

    /**
     * Reads and validates the artefact in {@code dir}: files, hashes, digest, value types and the program's
     * consistency, in that order, before anything touches a device.
     */
    public static KernelProgram read(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        String manifestFile = root.resolve("manifest.json").toString();
        Json m = manifest(root);
        Json version = m.get("version");
        if (!m.get("format").value().isJsonPrimitive() || !FORMAT.equals(m.get("format").value().getAsString())
                || !version.value().isJsonPrimitive() || version.integer(Long.MIN_VALUE, Long.MAX_VALUE) != VERSION) {
            throw new ArtefactException(dir + " is not a tcc artefact of version " + VERSION + " (format " + m.get("format").value()
                    + ", version " + version.value() + "); compile the model again with this tcc");
        }
        String target = m.get("target").string();
        try {
            Backends.byName(target);
        } catch (DeviceException e) {
            throw new ArtefactException(manifestFile + " names target '" + target + "', which this tcc cannot run (" + Backends.names() + ")");
        }
        Map<String, byte[]> contents = files(root, m);
        byte[] weights = weights(root, m);
        try {
            List<KernelProgram.Launch> launches = new ArrayList<>();
            for (Json o : m.get("launches").list()) {
                String file = o.get("file").string();
                byte[] src = contents.get(file);
                if (src == null) throw o.get("file").error("names " + file + ", which the manifest's 'files' does not list");
                launches.add(ManifestReader.launch(o, src));
            }
            KernelProgram p = new KernelProgram(m.get("name").string(), ManifestReader.profile(m.get("profile")),
                    ManifestReader.buffers(m.get("buffers")), ManifestReader.bindings(m.get("inputs")), ManifestReader.bindings(m.get("outputs")),
                    launches, weights, m.has("memory") ? ManifestReader.memory(m.get("memory")) : MemoryPlan.NONE,
                    m.has("checks") ? ManifestReader.checks(m.get("checks")) : List.of());
            if (m.has("variants")) p = p.withVariants(variants(m.get("variants"), contents, p.launches().size()));
            if (p.outputs().isEmpty()) throw m.get("outputs").error("is empty; a program must have an output");
            p.verify();
            JsonObject whole = m.object().deepCopy();
            String recorded = m.get("digest").string();
            whole.remove("digest");
            if (!digest(whole).equals(recorded)) {
                throw new ArtefactException(manifestFile + " was edited after tcc wrote it (its digest no longer matches: a buffer size, grid, "
                        + "argument or binding changed); compile the model again");
            }
            return p;
        } catch (IllegalStateException | IrException | IllegalArgumentException e) {
            throw new ArtefactException(manifestFile + " is inconsistent: " + e.getMessage() + "; compile the model again", e);
        }
    }

    /** The names of the files holding the weights, in order: {@code "weights"} is one name or a list of them. */
    private static List<String> weightFiles(Json m) {
        Json w = m.get("weights");
        if (!w.value().isJsonArray()) return List.of(w.string());
        if (w.list().isEmpty()) throw w.error("is an empty list; it names the weight files, weights.bin at least");
        return w.list().stream().map(Json::string).toList();
    }

    /**
     * The weights: the manifest's weight files, each listed in its {@code files} with a matching SHA-256, read in order
     * straight into one array (no file's bytes held twice).
     */
    private static byte[] weights(Path root, Json m) {
        List<String> names = weightFiles(m);
        Json files = m.get("files");
        long total = 0;
        for (String f : names) {
            if (!files.has(f)) throw m.get("weights").error("names " + f + ", which the manifest's 'files' does not list");
            total += ArtefactFiles.regularFile(root, ArtefactFiles.inside(root, f)).size();
        }
        if (total > ArtefactFiles.MAX_WEIGHT_BYTES) {
            throw m.get("weights").error("names files of " + total + " bytes in all, more than the " + ArtefactFiles.MAX_WEIGHT_BYTES
                    + " tcc reads; the artefact is damaged");
        }
        byte[] weights = new byte[(int) total];
        int at = 0;
        for (String f : names) {
            int n = ArtefactFiles.readInto(root, f, weights, at);
            if (!sha256(weights, at, n).equals(files.get(f).string())) throw modified(root, f);
            at += n;
        }
        if (at != weights.length) throw new ArtefactException(root + ": the weight files changed size while tcc read them");
        return weights;
    }

    /** One file of an artefact's weights: bytes {@code [offset, offset + bytes)} of the program's weights. */
    public record WeightFile(String file, long offset, long bytes, String sha256) {}

    /**
     * Stores the weights of the artefact tcc just wrote in {@code dir} in files of at most {@code limit} bytes, cut
     * between weight buffers (a buffer larger than {@code limit} gets a file of its own): {@code web/weights-N.bin}
     * replace {@code weights.bin} and the manifest lists them in order. Weights within {@code limit} stay in
     * {@code weights.bin}. For the browser, whose storage buffers bind at most 128 MiB: tcc.js fetches the same files
     * the JVM reads, so no weight is stored twice. Returns the weight files in order.
     */
    public static List<WeightFile> splitWeights(Path dir, long limit) {
        Path root = dir.toAbsolutePath().normalize();
        Json m = manifest(root);
        List<String> names = weightFiles(m);
        try {
            if (names.size() > 1) {
                List<WeightFile> parts = new ArrayList<>();
                long offset = 0;
                for (String f : names) {
                    long bytes = Files.size(ArtefactFiles.inside(root, f));
                    parts.add(new WeightFile(f, offset, bytes, m.get("files").get(f).string()));
                    offset += bytes;
                }
                return parts;
            }
            String whole = names.getFirst();
            Path wholePath = ArtefactFiles.inside(root, whole);
            long total = Files.size(wholePath);
            if (total <= limit) return List.of(new WeightFile(whole, 0, total, m.get("files").get(whole).string()));
            List<long[]> cuts = cuts(m.get("buffers"), total, limit);
            Path web = ArtefactFiles.inside(root, "web");
            if (!Files.isDirectory(web, LinkOption.NOFOLLOW_LINKS)) Files.createDirectory(web);
            List<WeightFile> parts = new ArrayList<>();
            JsonObject manifest = m.object().deepCopy();
            JsonObject files = manifest.getAsJsonObject("files");
            files.remove(whole);
            JsonArray list = new JsonArray();
            try (var in = Files.newByteChannel(wholePath, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                for (int i = 0; i < cuts.size(); i++) {
                    long[] c = cuts.get(i);
                    ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(c[1] - c[0]));
                    in.position(c[0]);
                    while (bytes.hasRemaining() && in.read(bytes) >= 0) { }
                    String file = "web/weights-" + i + ".bin";
                    ArtefactFolder.create(ArtefactFiles.inside(root, file), bytes.array());
                    String sha = sha256(bytes.array());
                    parts.add(new WeightFile(file, c[0], c[1] - c[0], sha));
                    files.addProperty(file, sha);
                    list.add(file);
                }
            }
            manifest.add("weights", list);
            manifest.remove("digest");
            Files.delete(root.resolve("manifest.json"));
            writeManifest(root, manifest);
            Files.delete(wholePath);
            return parts;
        } catch (IOException e) {
            throw new ArtefactException("splitting the weights of " + root + " into files of " + limit + " bytes: " + e, e);
        }
    }

    /**
     * Byte ranges {@code [start, end)} that cover {@code total} bytes of weights, cut only where a weight buffer of
     * {@code buffers} starts, each at most {@code limit} bytes unless one buffer alone is larger.
     */
    private static List<long[]> cuts(Json buffers, long total, long limit) {
        List<long[]> weights = new ArrayList<>(); // weight buffers as [offset, end), by offset
        for (Json b : buffers.list()) {
            if (b.get("role").string().equals("weight")) {
                long offset = b.get("offset").integer(0, total);
                weights.add(new long[] {offset, offset + b.get("bytes").integer(0, total - offset)});
            }
        }
        weights.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> cuts = new ArrayList<>();
        long start = 0;
        for (long[] r : weights) {
            if (r[1] - start > limit && r[0] > start) {
                cuts.add(new long[] {start, r[0]});
                start = r[0];
            }
        }
        cuts.add(new long[] {start, total});
        return cuts;
    }

    /** The manifest's kernel variants: name, profile and one listed kernel file per launch each. */
    private static List<KernelProgram.Variant> variants(Json list, Map<String, byte[]> contents, int launches) {
        List<KernelProgram.Variant> r = new ArrayList<>();
        for (Json o : list.list()) {
            List<KernelProgram.Code> code = new ArrayList<>();
            for (Json f : o.get("files").list()) {
                byte[] src = contents.get(f.string());
                if (src == null) throw f.error("names " + f.string() + ", which the manifest's 'files' does not list");
                code.add(new KernelProgram.Code.Rendered(src));
            }
            if (code.size() != launches) throw o.get("files").error("lists " + code.size() + " kernel files for " + launches + " launches");
            r.add(new KernelProgram.Variant(o.get("name").string(), ManifestReader.profile(o.get("profile")), code));
        }
        return r;
    }

    /** The target recorded in the artefact in {@code dir} (without checking the rest). */
    public static String target(Path dir) { return manifest(dir.toAbsolutePath().normalize()).get("target").string(); }

    /** A problem with an artefact on disk: what, where and what to do. */
    public static final class ArtefactException extends RuntimeException {
        public ArtefactException(String message) { super(message); }

        public ArtefactException(String message, Throwable cause) { super(message, cause); }
    }

    private static Json manifest(Path root) {
        if (!Files.isDirectory(root)) throw new ArtefactException(root + " is not a folder written by tcc compile");
        byte[] bytes = ArtefactFiles.read(root, "manifest.json", ArtefactFiles.MAX_MANIFEST_BYTES);
        String file = root.resolve("manifest.json").toString();
        try {
            JsonElement e = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
            Json m = Json.root(file, e);
            m.object();
            return m;
        } catch (JsonParseException | StackOverflowError e) {
            String why = e.getMessage() == null ? "nested too deeply" : e.getMessage();
            throw new ArtefactException(file + " is not valid JSON (" + (why.length() > 200 ? why.substring(0, 200) + "..." : why)
                    + "); the artefact is damaged: compile the model again");
        }
    }

    /** Every file the manifest lists, size-checked and read, with its SHA-256 checked. */
    private static Map<String, byte[]> files(Path root, Json m) {
        Json files = m.get("files");
        List<String> weightFiles = weightFiles(m);
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String f : files.keys()) {
            if (weightFiles.contains(f)) continue; // read into one array by weights()
            String hash = files.get(f).string();
            byte[] bytes = ArtefactFiles.read(root, f, ArtefactFiles.MAX_KERNEL_BYTES);
            if (!sha256(bytes, 0, bytes.length).equals(hash)) throw modified(root, f);
            contents.put(f, bytes);
        }
        return contents;
    }

    /** Creates {@code root/manifest.json} from {@code m} (without its digest) with the digest added. */
    private static void writeManifest(Path root, JsonObject m) throws IOException {
        m.addProperty("digest", digest(m));
        ArtefactFolder.create(root.resolve("manifest.json"), (PRETTY.toJson(m) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(JsonObject manifestWithoutDigest) {
        return sha256(COMPACT.toJson(manifestWithoutDigest).getBytes(StandardCharsets.UTF_8));
    }

    private static ArtefactException modified(Path root, String file) {
        return new ArtefactException(root.resolve(file) + " does not match the SHA-256 in " + root.resolve("manifest.json")
                + "; the artefact was modified or is incomplete: compile it again");
    }

    /** The lower-case hex SHA-256 of {@code bytes}, as manifests and web bundles record each file. */
    public static String sha256(byte[] bytes) { return sha256(bytes, 0, bytes.length); }

    private static String sha256(byte[] bytes, int offset, int length) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(bytes, offset, length);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
