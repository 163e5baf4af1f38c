package dev.tcc.runtime.exec;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.tcc.codegen.common.Codegen;
import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.MemoryPlan;
import dev.tcc.ir.program.Profile;
import dev.tcc.runtime.Backends;
import dev.tcc.runtime.DeviceException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A compiled model on disk ({@code tcc compile --target T -o DIR}), the same layout for every target:
 * {@code DIR/manifest.json}, {@code DIR/kernels/<kernel>.<ext>} (the target's kernel files, rendered by its
 * {@link Codegen}) and {@code DIR/weights.bin}. The manifest names the target and the {@link Profile} the
 * kernels were lowered for, and holds the graph inputs and outputs (names, element types, shapes, buffers),
 * every buffer (element type, size, role, offset of its contents in {@code weights.bin}), the memory plan
 * ({@code planned_peak_bytes}, {@code naive_bytes} and the slots temporaries share), the launches in
 * order (kernel name and file, the kernel's signature: parameters, workgroup arrays, grid; arguments,
 * anchor, fused ops, tuning choices) and the SHA-256 of every file, checked on reading. Reading needs no
 * ONNX importer and no graph IR: launches carry their signatures and rendered code.
 */
public final class Artefact {
    private Artefact() {}

    /** The manifest's {@code format} value. */
    public static final String FORMAT = "tcc-artefact";
    /** The manifest layout version this code writes and reads. */
    public static final int VERSION = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /**
     * Writes {@code p} into {@code dir} (created if needed) with kernel files rendered by {@code codegen} (launches
     * read from an artefact of the same target keep their code); writes nothing outside {@code dir}.
     */
    public static void write(KernelProgram p, Codegen codegen, Path dir) {
        try {
            Path root = dir.toAbsolutePath().normalize();
            Files.createDirectories(root.resolve("kernels"));
            JsonObject files = new JsonObject();
            JsonArray launches = new JsonArray();
            for (KernelProgram.Launch l : p.launches()) {
                byte[] bytes = switch (l.code()) {
                    case KernelProgram.Code.Ir ir -> codegen.render(ir.kernel(), p.profile());
                    case KernelProgram.Code.Rendered r -> r.bytes();
                };
                String file = "kernels/" + l.name() + "." + codegen.extension();
                Files.write(inside(root, file), bytes);
                files.addProperty(file, sha256(bytes));
                launches.add(launch(l, file));
            }
            Files.write(inside(root, "weights.bin"), p.weights());
            files.addProperty("weights.bin", sha256(p.weights()));
            JsonObject m = new JsonObject();
            m.addProperty("format", FORMAT);
            m.addProperty("version", VERSION);
            m.addProperty("target", codegen.target());
            m.addProperty("name", p.name());
            m.add("profile", profile(p.profile()));
            m.add("inputs", bindings(p.inputs()));
            m.add("outputs", bindings(p.outputs()));
            JsonArray buffers = new JsonArray();
            for (KernelProgram.Buffer b : p.buffers()) {
                JsonObject o = new JsonObject();
                o.addProperty("name", b.name());
                o.addProperty("type", b.storage().irName());
                o.addProperty("elements", b.elements());
                o.addProperty("bytes", b.bytes());
                o.addProperty("role", b.role().name().toLowerCase(Locale.ROOT));
                if (b.role() == KernelProgram.Role.WEIGHT) o.addProperty("offset", b.offset());
                buffers.add(o);
            }
            m.add("buffers", buffers);
            m.add("memory", memory(p));
            m.add("launches", launches);
            m.addProperty("weights", "weights.bin");
            m.add("files", files);
            Files.writeString(inside(root, "manifest.json"), GSON.toJson(m) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("writing artefact to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Reads the artefact in {@code dir}, checking its format and every file's SHA-256. */
    public static KernelProgram read(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        try {
            JsonObject m = JsonParser.parseString(Files.readString(inside(root, "manifest.json"))).getAsJsonObject();
            if (!FORMAT.equals(str(m, "format")) || m.get("version").getAsInt() != VERSION) {
                throw new ArtefactException(dir + " is not a tcc artefact of version " + VERSION + " (format " + m.get("format") + ", version " + m.get("version") + ")");
            }
            String target = str(m, "target");
            try {
                Backends.byName(target);
            } catch (DeviceException e) {
                throw new ArtefactException(root.resolve("manifest.json") + " names target '" + target + "', which this tcc cannot run ("
                        + Backends.names() + ")");
            }
            JsonObject files = m.getAsJsonObject("files");
            Map<String, byte[]> contents = new LinkedHashMap<>();
            for (String f : files.keySet()) {
                byte[] bytes = Files.readAllBytes(inside(root, f));
                if (!sha256(bytes).equals(files.get(f).getAsString())) {
                    throw new ArtefactException(root.resolve(f) + " does not match the SHA-256 in " + root.resolve("manifest.json")
                            + "; the artefact was modified or is incomplete: compile it again");
                }
                contents.put(f, bytes);
            }
            List<KernelProgram.Buffer> buffers = new ArrayList<>();
            for (JsonElement e : m.getAsJsonArray("buffers")) {
                JsonObject o = e.getAsJsonObject();
                KernelProgram.Role role = KernelProgram.Role.valueOf(str(o, "role").toUpperCase(Locale.ROOT));
                buffers.add(new KernelProgram.Buffer(str(o, "name"), DType.fromIrName(str(o, "type")), o.get("elements").getAsLong(), role,
                        o.has("offset") ? o.get("offset").getAsLong() : -1));
            }
            List<KernelProgram.Launch> launches = new ArrayList<>();
            for (JsonElement e : m.getAsJsonArray("launches")) {
                JsonObject o = e.getAsJsonObject();
                byte[] src = contents.get(str(o, "file"));
                if (src == null) throw new ArtefactException("launch " + str(o, "kernel") + " names file " + str(o, "file") + ", which the manifest does not list");
                launches.add(readLaunch(o, src));
            }
            byte[] weights = contents.get(str(m, "weights"));
            if (weights == null) throw new ArtefactException("the manifest does not list its weights file " + str(m, "weights"));
            return new KernelProgram(str(m, "name"), readProfile(m.getAsJsonObject("profile")), buffers, readBindings(m.getAsJsonArray("inputs")), readBindings(m.getAsJsonArray("outputs")),
                    launches, weights, readMemory(m.getAsJsonObject("memory")));
        } catch (IOException e) {
            throw new ArtefactException("reading artefact " + dir + ": " + e.getMessage(), e);
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException | UnsupportedOperationException e) {
            throw new ArtefactException(root.resolve("manifest.json") + " is malformed: " + e.getMessage(), e);
        }
    }

    /**
     * The manifest's {@code memory}: {@code planned_peak_bytes} (what the temporaries take with the plan),
     * {@code naive_bytes} (each temporary alone) and the slots (element type, elements, bytes, buffers sharing it).
     */
    private static JsonObject memory(KernelProgram p) {
        JsonObject o = new JsonObject();
        o.addProperty("planned_peak_bytes", p.memory().plannedBytes(p.buffers()));
        o.addProperty("naive_bytes", MemoryPlan.naiveBytes(p.buffers()));
        JsonArray slots = new JsonArray();
        for (MemoryPlan.Slot s : p.memory().slots()) {
            JsonObject so = new JsonObject();
            so.addProperty("type", s.storage().irName());
            so.addProperty("elements", s.elements());
            so.addProperty("bytes", s.bytes());
            JsonArray names = new JsonArray();
            s.buffers().forEach(names::add);
            so.add("buffers", names);
            slots.add(so);
        }
        o.add("slots", slots);
        return o;
    }

    /** The memory plan of a manifest; {@link MemoryPlan#NONE} when it has none (each buffer alone). */
    private static MemoryPlan readMemory(JsonObject o) {
        if (o == null || !o.has("slots")) return MemoryPlan.NONE;
        List<MemoryPlan.Slot> slots = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("slots")) {
            JsonObject so = e.getAsJsonObject();
            List<String> names = new ArrayList<>();
            for (JsonElement n : so.getAsJsonArray("buffers")) names.add(n.getAsString());
            slots.add(new MemoryPlan.Slot(DType.fromIrName(str(so, "type")), so.get("elements").getAsLong(), names));
        }
        return new MemoryPlan(slots, o.has("naive_bytes") ? o.get("naive_bytes").getAsLong() : -1);
    }

    /** A problem with an artefact on disk: what, where and what to do. */
    public static final class ArtefactException extends RuntimeException {
        public ArtefactException(String message) { super(message); }

        public ArtefactException(String message, Throwable cause) { super(message, cause); }
    }

    private static Path inside(Path root, String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root)) throw new ArtefactException("path " + relative + " leaves the artefact directory " + root);
        return p;
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) throw new ArtefactException("manifest entry is missing '" + key + "': " + o);
        return e.getAsString();
    }

    private static JsonArray bindings(List<KernelProgram.Binding> list) {
        JsonArray a = new JsonArray();
        for (KernelProgram.Binding b : list) {
            JsonObject o = new JsonObject();
            o.addProperty("name", b.name());
            o.addProperty("type", b.type().dtype().irName());
            o.add("shape", longs(b.type().shape().dims()));
            o.addProperty("buffer", b.buffer());
            a.add(o);
        }
        return a;
    }

    private static List<KernelProgram.Binding> readBindings(JsonArray a) {
        List<KernelProgram.Binding> r = new ArrayList<>();
        for (JsonElement e : a) {
            JsonObject o = e.getAsJsonObject();
            r.add(new KernelProgram.Binding(str(o, "name"), new TensorType(DType.fromIrName(str(o, "type")), Shape.of(toLongs(o.getAsJsonArray("shape")))),
                    str(o, "buffer")));
        }
        return r;
    }

    /** The target recorded in the artefact in {@code dir} (without checking the rest). */
    public static String target(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        try {
            return str(JsonParser.parseString(Files.readString(inside(root, "manifest.json"))).getAsJsonObject(), "target");
        } catch (IOException e) {
            throw new ArtefactException("reading artefact " + dir + ": " + e.getMessage(), e);
        } catch (JsonParseException | IllegalStateException e) {
            throw new ArtefactException(root.resolve("manifest.json") + " is malformed: " + e.getMessage(), e);
        }
    }

    private static JsonObject profile(Profile p) {
        JsonObject o = new JsonObject();
        o.addProperty("name", p.name());
        o.addProperty("fp64", p.fp64());
        o.addProperty("fp16", p.fp16());
        o.addProperty("maxWorkgroupSize", p.maxWorkgroupSize());
        o.addProperty("localMemBytes", p.localMemBytes());
        o.addProperty("maxBufferBytes", p.maxBufferBytes());
        return o;
    }

    private static Profile readProfile(JsonObject o) {
        if (o == null) throw new ArtefactException("manifest has no 'profile'; compile the model again with this tcc");
        return new Profile(str(o, "name"), o.get("fp64").getAsBoolean(), o.get("fp16").getAsBoolean(), o.get("maxWorkgroupSize").getAsInt(),
                o.get("localMemBytes").getAsLong(), o.get("maxBufferBytes").getAsLong());
    }

    private static JsonObject launch(KernelProgram.Launch l, String file) {
        Kernel.Signature k = l.signature();
        JsonObject o = new JsonObject();
        o.addProperty("kernel", k.name());
        o.addProperty("file", file);
        o.addProperty("anchor", l.anchor());
        JsonArray fused = new JsonArray();
        l.fused().forEach(fused::add);
        o.add("fused", fused);
        JsonArray params = new JsonArray();
        for (Param p : k.params()) {
            JsonObject q = new JsonObject();
            q.addProperty("name", p.name());
            switch (p) {
                case BufferParam b -> {
                    q.addProperty("kind", "buffer");
                    q.addProperty("type", b.elementType().irName());
                    q.addProperty("access", b.access().text());
                }
                case ScalarParam s -> {
                    q.addProperty("kind", "scalar");
                    q.addProperty("type", s.var().type().irName());
                }
            }
            params.add(q);
        }
        o.add("params", params);
        JsonArray arrays = new JsonArray();
        for (ArrayDecl a : k.arrays()) {
            JsonObject q = new JsonObject();
            q.addProperty("name", a.name());
            q.addProperty("type", a.elementType().irName());
            q.addProperty("length", a.length());
            q.addProperty("space", a.space().text());
            arrays.add(q);
        }
        o.add("arrays", arrays);
        JsonObject grid = new JsonObject();
        grid.add("groups", longs(k.grid().groups().stream().mapToLong(Long::longValue).toArray()));
        grid.add("workgroup", longs(k.grid().workgroupSize().stream().mapToLong(Integer::longValue).toArray()));
        o.add("grid", grid);
        JsonArray args = new JsonArray();
        for (KernelProgram.Arg a : l.args()) {
            JsonObject q = new JsonObject();
            switch (a) {
                case KernelProgram.Arg.BufferArg b -> q.addProperty("buffer", b.buffer());
                case KernelProgram.Arg.ScalarArg s -> {
                    q.addProperty("type", s.type().irName());
                    q.addProperty("scalar", s.value());
                }
            }
            args.add(q);
        }
        o.add("args", args);
        JsonObject tuning = new JsonObject();
        l.tuning().forEach(tuning::addProperty);
        o.add("tuning", tuning);
        return o;
    }

    private static KernelProgram.Launch readLaunch(JsonObject o, byte[] code) {
        String name = str(o, "kernel");
        JsonObject g = o.getAsJsonObject("grid");
        List<Long> groups = new ArrayList<>();
        for (JsonElement e : g.getAsJsonArray("groups")) groups.add(e.getAsLong());
        List<Integer> wg = new ArrayList<>();
        for (JsonElement e : g.getAsJsonArray("workgroup")) wg.add(e.getAsInt());
        List<Param> params = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("params")) {
            JsonObject p = e.getAsJsonObject();
            DType t = DType.fromIrName(str(p, "type"));
            params.add(str(p, "kind").equals("buffer")
                    ? new BufferParam(str(p, "name"), t, BufferParam.Access.valueOf(str(p, "access").toUpperCase(Locale.ROOT).replace('-', '_')))
                    : new ScalarParam(new Expr.Var(str(p, "name"), t)));
        }
        List<ArrayDecl> arrays = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("arrays")) {
            JsonObject a = e.getAsJsonObject();
            arrays.add(new ArrayDecl(str(a, "name"), DType.fromIrName(str(a, "type")), a.get("length").getAsInt(),
                    str(a, "space").equals("workgroup") ? ArrayDecl.Space.WORKGROUP : ArrayDecl.Space.PRIVATE));
        }
        Kernel.Signature k = new Kernel.Signature(name, params, arrays, new Grid(groups, wg));
        List<KernelProgram.Arg> args = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("args")) {
            JsonObject a = e.getAsJsonObject();
            if (a.has("buffer")) {
                args.add(new KernelProgram.Arg.BufferArg(a.get("buffer").getAsString()));
            } else {
                DType t = DType.fromIrName(str(a, "type"));
                Number v = t.isFloat() ? (Number) a.get("scalar").getAsDouble() : (Number) a.get("scalar").getAsLong();
                args.add(new KernelProgram.Arg.ScalarArg(t, v));
            }
        }
        List<String> fused = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("fused")) fused.add(e.getAsString());
        Map<String, String> tuning = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("tuning").entrySet()) tuning.put(e.getKey(), e.getValue().getAsString());
        return new KernelProgram.Launch(k, args, str(o, "anchor"), fused, tuning, new KernelProgram.Code.Rendered(code));
    }

    private static JsonArray longs(long[] v) {
        JsonArray a = new JsonArray();
        for (long x : v) a.add(x);
        return a;
    }

    private static long[] toLongs(JsonArray a) {
        long[] r = new long[a.size()];
        for (int i = 0; i < r.length; i++) r[i] = a.get(i).getAsLong();
        return r;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
