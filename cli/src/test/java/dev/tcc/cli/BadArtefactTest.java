package dev.tcc.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damaged artefacts (issue 14, cases 1, 2, 3, 6 and 9): each edit of a compiled {@code mlp} gives one clear error
 * line from {@code tcc run DIR} before any device work, never a JVM crash, a hang or a silently wrong result.
 */
class BadArtefactTest {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    private static final Path MLP = Path.of("../examples/mlp/model.onnx");
    private static final Path INPUT = Path.of("../examples/mlp/test_data_set_0/input_0.pb");
    @TempDir static Path shared;
    private static Path compiled;
    @TempDir Path tmp;

    @BeforeAll
    static void compile() {
        compiled = shared.resolve("mlp");
        Cli r = Cli.run("compile", MLP.toString(), "--target", "opencl", "-o", compiled.toString());
        assertThat(r.status()).as(r.err()).isZero();
    }

    /** A copy of the compiled artefact with {@code edit} applied to its manifest. */
    private Path edited(Consumer<JsonObject> edit) throws IOException {
        Path dir = copy();
        JsonObject m = JsonParser.parseString(Files.readString(dir.resolve("manifest.json"))).getAsJsonObject();
        edit.accept(m);
        Files.writeString(dir.resolve("manifest.json"), GSON.toJson(m));
        return dir;
    }

    private Path copy() throws IOException {
        Path dir = tmp.resolve("a");
        try (Stream<Path> s = Files.walk(compiled)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) Files.copy(p, dir.resolve(compiled.relativize(p).toString()));
        }
        return dir;
    }

    /** Runs the artefact and returns its one error line. */
    private static String fails(Path dir) {
        Cli r = Cli.run("run", dir.toString(), "--input", "x=" + INPUT);
        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(Tcc.EXIT_ERROR);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("tcc run: error: ").doesNotContain("internal error").doesNotContain("\tat ");
        return r.errLine();
    }

    private static JsonObject buffer(JsonObject m, String name) {
        for (JsonElement e : m.getAsJsonArray("buffers")) if (e.getAsJsonObject().get("name").getAsString().equals(name)) return e.getAsJsonObject();
        throw new AssertionError("no buffer " + name);
    }

    /** The index of the first argument of launch 0 that the kernel writes. */
    private static int written(JsonObject launch) {
        JsonArray params = launch.getAsJsonArray("params");
        for (int i = 0; i < params.size(); i++) {
            JsonElement a = params.get(i).getAsJsonObject().get("access");
            if (a != null && !a.getAsString().equals("read")) return i;
        }
        throw new AssertionError("launch writes nothing");
    }

    private static JsonObject launch0(JsonObject m) { return m.getAsJsonArray("launches").get(0).getAsJsonObject(); }

    @Test
    void case1TempBufferShrunkIsRefused() throws IOException {
        for (long n : new long[] {16, 0}) {
            assertThat(fails(edited(m -> { buffer(m, "relu").addProperty("elements", n); buffer(m, "relu").addProperty("bytes", 4 * n); })))
                    .contains("manifest.json was edited after tcc wrote it");
            clean();
        }
        assertThat(fails(edited(m -> buffer(m, "relu").addProperty("elements", -5))))
                .contains("'buffers[3].elements' must lie in [0, 9223372036854775807], found -5");
    }

    @Test
    void case1And2OutputBufferShrunkOrBytesWrong() throws IOException {
        assertThat(fails(edited(m -> { buffer(m, "linear_2_3").addProperty("elements", 16); buffer(m, "linear_2_3").addProperty("bytes", 64); })))
                .contains("output 'linear_2' of type f32[8,10] cannot live in buffer linear_2_3 (16 f32)");
        clean();
        assertThat(fails(edited(m -> buffer(m, "relu").addProperty("bytes", 5)))).contains("'buffers[3].bytes' is 5, but 2048 f32 elements take 8192");
    }

    @Test
    void case1And2LaunchWritingAnInputOrAWeightIsRefused() throws IOException {
        assertThat(fails(edited(m -> launch0(m).getAsJsonArray("args").get(written(launch0(m))).getAsJsonObject().addProperty("buffer", "x"))))
                .contains("launch k0_matmul argument 3 (out_relu) writes buffer x, which is an input buffer");
        clean();
        assertThat(fails(edited(m -> launch0(m).getAsJsonArray("args").get(written(launch0(m))).getAsJsonObject().addProperty("buffer", "linear"))))
                .contains("writes buffer linear, which is a weight buffer");
    }

    @Test
    void case2GridShrunkOrFractionalIsRefused() throws IOException {
        assertThat(fails(edited(m -> {
            JsonArray groups = launch0(m).getAsJsonObject("grid").getAsJsonArray("groups");
            long was = groups.get(0).getAsLong();
            groups.set(0, new com.google.gson.JsonPrimitive(was > 1 ? was - 1 : was + 1));   // any other whole count
        }))).contains("was edited after tcc wrote it");
        clean();
        assertThat(fails(edited(m -> launch0(m).getAsJsonObject("grid").getAsJsonArray("groups").set(0, new com.google.gson.JsonPrimitive(1.5)))))
                .contains("'launches[0].grid.groups[0]' must be a whole number, found 1.5");
    }

    @Test
    void case2NoOutputsIsRefused() throws IOException {
        assertThat(fails(edited(m -> m.add("outputs", new JsonArray())))).contains("'outputs' is empty");
    }

    @Test
    void case3FifoAndDevZeroAreNeverRead() throws IOException, InterruptedException {
        Path dir = copy();
        Files.delete(dir.resolve("weights.bin"));
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("weights.bin").toString()).start().waitFor()).isZero();
        assertThat(fails(dir)).contains("weights.bin is not a regular file (a FIFO, socket or device)");
        clean();
        dir = copy();
        Files.delete(dir.resolve("weights.bin"));
        Files.createSymbolicLink(dir.resolve("weights.bin"), Path.of("/dev/zero"));
        assertThat(fails(dir)).contains("weights.bin is a symbolic link");
    }

    @Test
    void weightFilesThatAreNotListedOrNotNamesAreRefused() throws IOException {
        JsonArray unlisted = new JsonArray();
        unlisted.add("weights.bin");
        unlisted.add("web/weights-1.bin");
        assertThat(fails(edited(m -> m.add("weights", unlisted))))
                .contains("'weights' names web/weights-1.bin, which the manifest's 'files' does not list");
        clean();
        assertThat(fails(edited(m -> m.addProperty("weights", 7)))).contains("'weights'");
        clean();
        assertThat(fails(edited(m -> m.add("weights", new JsonArray())))).contains("'weights' is an empty list");
    }

    @Test
    void case6WeightOffsetPastTheFile() throws IOException {
        assertThat(fails(edited(m -> buffer(m, "0.bias").addProperty("offset", 1_000_000_000))))
                .contains("weight buffer 0.bias (1024 bytes at 1000000000) lies outside the 340008 weight bytes");
    }

    @Test
    void case6JsonTypeErrors() throws IOException {
        assertThat(fails(edited(m -> { JsonArray a = new JsonArray(); a.add(1); a.add(2); m.add("files", a); })))
                .contains("'files' must be a JSON object, found an array");
        clean();
        assertThat(fails(edited(m -> m.getAsJsonArray("inputs").get(0).getAsJsonObject().add("shape", GSON.toJsonTree(new long[] {Long.MAX_VALUE, 64})))))
                .contains("'inputs[0].shape' has more than 2^63-1 elements");
        clean();
        assertThat(fails(edited(m -> buffer(m, "relu").addProperty("elements", "2048")))).contains("'buffers[3].elements' must be a number, found a string");
        clean();
        Path dir = copy();
        Files.writeString(dir.resolve("manifest.json"), "[".repeat(100_000));
        assertThat(fails(dir)).contains("is not valid JSON");
    }

    @Test
    void case9KernelFileLinkedOutsideIsRefused() throws IOException {
        Path dir = copy();
        Path kernel = dir.resolve("kernels/k0_matmul.cl");
        Path outside = Files.copy(kernel, tmp.resolve("outside.cl"));
        Files.delete(kernel);
        Files.createSymbolicLink(kernel, outside);
        assertThat(fails(dir)).contains("k0_matmul.cl is a symbolic link");
    }

    private void clean() throws IOException {
        Path dir = tmp.resolve("a");
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
