package dev.tcc.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tcc profile}: the table, the JSON, and the exit status against a budget. */
class ProfileCommandTest {
    static final String MLP = Path.of("../examples/mlp/model.onnx").toAbsolutePath().normalize().toString();

    @Test
    void withinBudgetExitsZeroAndWritesTheJson(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("p.json");
        Cli r = Cli.run("profile", MLP, "--budget", "150ms", "--json", json.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("parameters:", "FLOPs:", "bytes moved:", "peak memory:", "phone", "laptop-igpu", "apple-m", "discrete-gpu",
                "within", "source:", "total");
        JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        for (String k : new String[] {"model", "parameters", "weight_bytes", "flops", "bytes_moved", "peak_memory_bytes", "devices"}) {
            assertThat(o.has(k)).as(k).isTrue();
        }
        assertThat(o.get("flops").getAsLong()).isEqualTo(1_368_144L);
        assertThat(o.getAsJsonArray("devices")).hasSize(4);
        JsonObject d = o.getAsJsonArray("devices").get(0).getAsJsonObject();
        assertThat(d.has("name") && d.has("predicted_ms") && d.get("within_budget").getAsBoolean()).isTrue();
    }

    @Test
    void overBudgetExitsTwo() {
        Cli r = Cli.run("profile", MLP, "--device", "phone", "--budget", "1us");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).contains("OVER").doesNotContain("discrete-gpu");
    }

    @Test
    void badBudgetOrDeviceIsOneLine() {
        Cli r = Cli.run("profile", MLP, "--budget", "soon");
        assertThat(r.status()).isNotIn(0, 2);
        assertThat(r.errLine()).contains("--budget").doesNotContain("\n");
        Cli d = Cli.run("profile", MLP, "--device", "toaster");
        assertThat(d.errLine()).contains("unknown device class 'toaster'", "apple-m");
    }
}
