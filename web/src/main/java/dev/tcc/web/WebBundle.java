package dev.tcc.web;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tcc.runtime.exec.Artefact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The browser bundle beside a WebGPU artefact: {@code tcc.js} (the runtime, an ES module without
 * dependencies), {@code index.html} (a demo page that runs the bundled samples), {@code bundle.json} and the
 * files it lists under {@code web/}. {@code tcc compile --target webgpu} writes it after the artefact, so a
 * static file server (or the file system, under Node) is all a page needs.
 *
 * <p>{@code bundle.json} holds what the artefact's manifest does not: the weight shards {@code tcc.js}
 * fetches (each a range of the weights cut on buffer boundaries and at most {@code maxStorageBufferBindingSize},
 * 128 MiB on every WebGPU device; a model whose weights fit is one shard, {@code weights.bin} itself, and a larger
 * one's weights move into {@code web/weights-N.bin}, which the JVM runtime then reads too: nothing is stored twice),
 * and the sample inputs and expected outputs, as little-endian bytes of
 * each tensor's storage type. Every file carries its SHA-256, which {@code tcc.js} checks and keys its cache by.
 */
public final class WebBundle {
    private WebBundle() {}

    /** Largest weight shard: WebGPU's default {@code maxStorageBufferBindingSize}. */
    public static final long SHARD_BYTES = 128L << 20;

    /** The {@code bundle.json} format name and version. */
    public static final String FORMAT = "tcc-web-bundle";
    public static final int VERSION = 1;

    /**
     * A tensor shipped with the bundle.
     *
     * @param name  the graph input or output name
     * @param type  the storage element type (the manifest's buffer type: {@code f32}, {@code i64}, ...)
     * @param dims  its shape
     * @param bytes its elements, little-endian, of the storage type
     */
    public record Sample(String name, String type, long[] dims, byte[] bytes) {}

    /**
     * The sample data: inputs for the demo, and the outputs expected for them (empty when unknown).
     *
     * @param source where they come from, shown by the demo ({@code test_data_set_0}, {@code random, seed 1})
     */
    public record Samples(String source, List<Sample> inputs, List<Sample> expected) {}

    /** What was written: total bytes of the folder, and of {@code tcc.js}. */
    public record Written(long bundleBytes, long runtimeBytes, int shards) {}

    /** Writes the bundle into {@code dir}, which holds a WebGPU artefact tcc just wrote. */
    public static Written write(Path dir, Samples samples, long shardBytes) {
        try {
            Path web = dir.resolve("web");
            if (!Files.isDirectory(web, LinkOption.NOFOLLOW_LINKS)) Files.createDirectory(web);
            JsonObject bundle = new JsonObject();
            bundle.addProperty("format", FORMAT);
            bundle.addProperty("version", VERSION);
            bundle.add("weights", shards(dir, shardBytes));
            JsonObject s = new JsonObject();
            s.addProperty("source", samples.source());
            s.add("inputs", samples(dir, "input", samples.inputs()));
            s.add("expected", samples(dir, "expected", samples.expected()));
            bundle.add("samples", s);
            create(dir.resolve("bundle.json"), (new GsonBuilder().setPrettyPrinting().create().toJson(bundle) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] runtime = resource("tcc.js");
            create(dir.resolve("tcc.js"), runtime);
            create(dir.resolve("index.html"), resource("index.html"));
            long total;
            try (var files = Files.walk(dir)) {
                total = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            return new Written(total, runtime.length, bundle.getAsJsonArray("weights").size());
        } catch (IOException e) {
            throw new UncheckedIOException("writing the browser bundle to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Seeded random inputs for the artefact in {@code dir}: floats uniform in [-1, 1), integers in [0, 10)
     * (small enough to index any embedding), booleans 0 or 1.
     */
    public static Samples random(Path dir, long seed) {
        JsonObject manifest = manifest(dir);
        Random r = new Random(seed);
        List<Sample> inputs = new ArrayList<>();
        for (JsonElement e : manifest.getAsJsonArray("inputs")) {
            JsonObject in = e.getAsJsonObject();
            String type = storageType(manifest, in.get("buffer").getAsString());
            long[] dims = new long[in.getAsJsonArray("shape").size()];
            for (int i = 0; i < dims.length; i++) dims[i] = in.getAsJsonArray("shape").get(i).getAsLong();
            long n = Arrays.stream(dims).reduce(1, Math::multiplyExact);
            int width = elementBytes(type);
            ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(n * width)).order(ByteOrder.LITTLE_ENDIAN);
            for (long i = 0; i < n; i++) {
                switch (type) {
                    case "f32" -> b.putFloat(r.nextFloat() * 2 - 1);
                    case "f16" -> b.putShort(Float.floatToFloat16(r.nextFloat() * 2 - 1));
                    case "bool" -> b.put((byte) r.nextInt(2));
                    default -> {
                        long v = r.nextInt(10);
                        for (int k = 0; k < width; k++) b.put((byte) (v >>> (8 * k)));
                    }
                }
            }
            inputs.add(new Sample(in.get("name").getAsString(), type, dims, b.array()));
        }
        return new Samples("random, seed " + seed, inputs, List.of());
    }

    /** The storage type of buffer {@code name} in the manifest. */
    public static String storageType(JsonObject manifest, String buffer) {
        for (JsonElement e : manifest.getAsJsonArray("buffers")) {
            JsonObject b = e.getAsJsonObject();
            if (b.get("name").getAsString().equals(buffer)) return b.get("type").getAsString();
        }
        throw new IllegalArgumentException("the manifest has no buffer " + buffer);
    }

    /** The artefact's manifest in {@code dir}. */
    public static JsonObject manifest(Path dir) {
        try {
            return JsonParser.parseString(Files.readString(dir.resolve("manifest.json"))).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + dir.resolve("manifest.json") + ": " + e.getMessage(), e);
        }
    }

    private static int elementBytes(String type) {
        return switch (type) {
            case "f64", "i64", "u64" -> 8;
            case "f32", "i32", "u32" -> 4;
            case "f16", "i16", "u16" -> 2;
            case "i8", "u8", "bool" -> 1;
            default -> throw new IllegalArgumentException("no browser representation for storage type " + type);
        };
    }

    /** The weight shards: the artefact's weight files, cut on buffer boundaries within {@code limit} ({@link Artefact#splitWeights}). */
    private static JsonArray shards(Path dir, long limit) {
        JsonArray shards = new JsonArray();
        for (Artefact.WeightFile w : Artefact.splitWeights(dir, limit)) shards.add(shard(w.file(), w.offset(), w.bytes(), w.sha256()));
        return shards;
    }

    private static JsonObject shard(String file, long offset, long bytes, String sha) {
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        o.addProperty("offset", offset);
        o.addProperty("bytes", bytes);
        o.addProperty("sha256", sha);
        return o;
    }

    private static JsonArray samples(Path dir, String kind, List<Sample> list) throws IOException {
        JsonArray a = new JsonArray();
        for (int i = 0; i < list.size(); i++) {
            Sample s = list.get(i);
            String file = "web/" + kind + "-" + i + ".bin";
            create(dir.resolve(file), s.bytes());
            JsonObject o = new JsonObject();
            o.addProperty("name", s.name());
            o.addProperty("type", s.type());
            JsonArray dims = new JsonArray();
            for (long d : s.dims()) dims.add(d);
            o.add("dims", dims);
            o.addProperty("file", file);
            o.addProperty("sha256", Artefact.sha256(s.bytes()));
            a.add(o);
        }
        return a;
    }

    /** The text of {@code tcc.js} or {@code index.html}, as shipped in this jar. */
    public static byte[] resource(String name) {
        try (InputStream in = WebBundle.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from tcc's jar; rebuild tcc");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void create(Path p, byte[] bytes) throws IOException {
        Files.write(p, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }
}
