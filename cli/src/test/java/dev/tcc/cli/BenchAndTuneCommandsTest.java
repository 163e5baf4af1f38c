package dev.tcc.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tcc bench} and {@code tcc tune} on this machine's OpenCL device (PoCL in CI) with the example MLP. */
class BenchAndTuneCommandsTest {
    @TempDir Path tmp;

    private static final String MLP = Path.of("../examples/mlp/model.onnx").toString();

    @Test
    void benchJsonHasExactlyTheDocumentedFields() throws Exception {
        Path json = tmp.resolve("bench.json");
        Cli r = Cli.run("bench", MLP, "--target", "opencl", "--runs", "3", "--warmup", "1", "--json", json.toString(), "--db", tmp.resolve("db.json").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("wall ms").contains("k0_matmul");
        JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertThat(o.keySet()).containsExactlyInAnyOrder("model", "target", "device", "runs", "wall_ms", "device_ms", "kernels");
        assertThat(o.get("target").getAsString()).isEqualTo("opencl");
        assertThat(o.get("runs").getAsInt()).isEqualTo(3);
        JsonObject wall = o.getAsJsonObject("wall_ms");
        assertThat(wall.keySet()).containsExactlyInAnyOrder("median", "min", "max");
        assertThat(wall.get("min").getAsDouble()).isPositive().isLessThanOrEqualTo(wall.get("median").getAsDouble());
        assertThat(wall.get("median").getAsDouble()).isLessThanOrEqualTo(wall.get("max").getAsDouble());
        assertThat(o.getAsJsonObject("device_ms").keySet()).containsExactly("median");
        assertThat(o.getAsJsonArray("kernels")).hasSize(3);
        double sum = 0;
        for (JsonElement e : o.getAsJsonArray("kernels")) {
            JsonObject k = e.getAsJsonObject();
            assertThat(k.keySet()).containsExactlyInAnyOrder("name", "anchor", "device_ms", "tuning");
            assertThat(k.getAsJsonObject("tuning").get("source").getAsString()).isEqualTo("default");
            sum += k.get("device_ms").getAsDouble();
        }
        assertThat(o.getAsJsonObject("device_ms").get("median").getAsDouble()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void tuneRecordsEveryKernelAndCompileAndBenchUseTheRecords() throws Exception {
        String db = tmp.resolve("tuning.json").toString();
        Cli late = Cli.run("tune", MLP, "--target", "opencl", "--budget", "1ms", "--db", db);
        assertThat(late.status()).as(late.err()).isZero();
        assertThat(late.out()).contains("3 kernel keys, searched in").contains("recorded 0 kernel keys in " + db + " (3 left at their defaults");
        Cli t = Cli.run("tune", MLP, "--target", "opencl", "--budget", "120s", "--repeats", "1", "--db", db);
        assertThat(t.status()).as(t.err()).isZero();
        assertThat(t.out()).contains("recorded 3 kernel keys in " + db + "\n");
        Path art = tmp.resolve("art");
        Cli c = Cli.run("compile", MLP, "--target", "opencl", "-o", art.toString(), "--db", db);
        assertThat(c.status()).as(c.err()).isZero();
        assertThat(c.out()).contains("3 kernel keys tuned from " + db);
        assertThat(Files.readString(art.resolve("manifest.json"))).contains("\"source\": \"tuned\"").contains("\"key\": \"matmul|matmul|");
        Cli b = Cli.run("bench", art.toString(), "--target", "opencl", "--runs", "1", "--warmup", "0");
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.out()).contains("tuned").contains("k2_matmul");
    }
}
