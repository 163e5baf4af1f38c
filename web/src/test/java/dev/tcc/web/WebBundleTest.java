package dev.tcc.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tcc.runtime.exec.Artefact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundle's files from a hand-written artefact: weight shards and random samples (no compiler, no GPU). */
class WebBundleTest {

    /** An artefact folder with weight buffers of the given byte sizes laid out back to back, and one f32 and one i64 input. */
    private static Path artefact(Path dir, long... sizes) throws IOException {
        JsonArray buffers = new JsonArray();
        long offset = 0;
        for (int i = 0; i < sizes.length; i++) {
            JsonObject b = new JsonObject();
            b.addProperty("name", "w" + i);
            b.addProperty("type", "f32");
            b.addProperty("elements", sizes[i] / 4);
            b.addProperty("bytes", sizes[i]);
            b.addProperty("role", "weight");
            b.addProperty("offset", offset);
            buffers.add(b);
            offset += sizes[i];
        }
        buffers.add(JsonParser.parseString("{\"name\":\"x\",\"type\":\"f32\",\"elements\":6,\"bytes\":24,\"role\":\"input\"}"));
        buffers.add(JsonParser.parseString("{\"name\":\"ids\",\"type\":\"i64\",\"elements\":3,\"bytes\":24,\"role\":\"input\"}"));
        byte[] weights = new byte[(int) offset];
        new Random(7).nextBytes(weights);
        Files.write(dir.resolve("weights.bin"), weights);
        JsonObject m = new JsonObject();
        m.add("buffers", buffers);
        m.add("inputs", JsonParser.parseString("[{\"name\":\"x\",\"type\":\"f32\",\"shape\":[2,3],\"buffer\":\"x\"},"
                + "{\"name\":\"ids\",\"type\":\"i64\",\"shape\":[1,3],\"buffer\":\"ids\"}]"));
        m.addProperty("weights", "weights.bin");
        JsonObject files = new JsonObject();
        files.addProperty("weights.bin", Artefact.sha256(weights));
        m.add("files", files);
        Files.writeString(dir.resolve("manifest.json"), m.toString());
        return dir;
    }

    private static JsonObject bundleJson(Path dir) throws IOException {
        return JsonParser.parseString(Files.readString(dir.resolve("bundle.json"))).getAsJsonObject();
    }

    @Test
    void weightsWithinTheLimitAreOneShardWeightsBinItself(@TempDir Path dir) throws IOException {
        WebBundle.Written w = WebBundle.write(artefact(dir, 400, 800), WebBundle.random(dir, 1), 4096);
        assertThat(w.shards()).isEqualTo(1);
        JsonObject shard = bundleJson(dir).getAsJsonArray("weights").get(0).getAsJsonObject();
        assertThat(shard.get("file").getAsString()).isEqualTo("weights.bin");
        assertThat(shard.get("bytes").getAsLong()).isEqualTo(1200);
        assertThat(dir.resolve("tcc.js")).isRegularFile();
        assertThat(dir.resolve("index.html")).isRegularFile();
    }

    @Test
    void largerWeightsAreCutOnBufferBoundariesWithinTheLimit(@TempDir Path dir) throws IOException {
        long[] sizes = {400, 800, 1600, 400, 400, 2000, 40};
        byte[] original = Files.readAllBytes(artefact(dir, sizes).resolve("weights.bin"));
        WebBundle.write(dir, WebBundle.random(dir, 1), 2048);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        long expectOffset = 0;
        List<Long> boundaries = new java.util.ArrayList<>(List.of(0L));
        for (long s : sizes) boundaries.add(boundaries.getLast() + s);
        for (var e : bundleJson(dir).getAsJsonArray("weights")) {
            JsonObject s = e.getAsJsonObject();
            byte[] bytes = Files.readAllBytes(dir.resolve(s.get("file").getAsString()));
            assertThat(s.get("offset").getAsLong()).isEqualTo(expectOffset).isIn(boundaries);
            assertThat(bytes).hasSize((int) s.get("bytes").getAsLong());
            assertThat(bytes.length).isLessThanOrEqualTo(2048);
            assertThat(Artefact.sha256(bytes)).isEqualTo(s.get("sha256").getAsString());
            joined.write(bytes);
            expectOffset += bytes.length;
        }
        assertThat(joined.toByteArray()).isEqualTo(original);
        assertThat(bundleJson(dir).getAsJsonArray("weights")).hasSize(4); // 400+800 | 1600+400 | 400 | 2000+40
        // the shards are the artefact's weight files now: listed in its manifest in order, and not stored twice
        JsonObject m = JsonParser.parseString(Files.readString(dir.resolve("manifest.json"))).getAsJsonObject();
        assertThat(m.getAsJsonArray("weights").asList()).extracting(JsonElement::getAsString)
                .containsExactly("web/weights-0.bin", "web/weights-1.bin", "web/weights-2.bin", "web/weights-3.bin");
        assertThat(m.getAsJsonObject("files").keySet()).containsExactlyInAnyOrder("web/weights-0.bin", "web/weights-1.bin", "web/weights-2.bin", "web/weights-3.bin");
        assertThat(dir.resolve("weights.bin")).doesNotExist();
    }

    @Test
    void randomSamplesAreSeededAndTyped(@TempDir Path dir) throws IOException {
        artefact(dir, 400);
        WebBundle.Samples a = WebBundle.random(dir, 3), b = WebBundle.random(dir, 3);
        assertThat(a.source()).isEqualTo("random, seed 3");
        assertThat(a.inputs()).extracting(WebBundle.Sample::name).containsExactly("x", "ids");
        assertThat(a.inputs().get(0).bytes()).hasSize(24).isEqualTo(b.inputs().get(0).bytes());
        assertThat(a.inputs().get(1).type()).isEqualTo("i64");
        byte[] ids = a.inputs().get(1).bytes();
        assertThat(ids).hasSize(24);
        for (int i = 0; i < 3; i++) {
            assertThat(ids[8 * i]).isBetween((byte) 0, (byte) 9);
            for (int k = 1; k < 8; k++) assertThat(ids[8 * i + k]).isZero();
        }
    }
}
