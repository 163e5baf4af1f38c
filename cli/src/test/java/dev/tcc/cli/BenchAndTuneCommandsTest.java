package dev.tcc.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        Path trace = tmp.resolve("trace.tsv");
        Cli t = Cli.run("tune", MLP, "--target", "opencl", "--budget", "120s", "--repeats", "1", "--db", db, "--trace", trace.toString());
        assertThat(t.status()).as(t.err()).isZero();
        assertThat(t.out()).contains("recorded 3 kernel keys in " + db + "\n");
        List<String> lines = Files.readAllLines(trace);
        assertThat(lines.getFirst()).isEqualTo("seconds\tkey\tcandidate\toutcome\tms\tbest_ms\twhy");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(l -> {
            String[] f = l.split("\t", -1);
            assertThat(f).hasSize(7);
            assertThat(f[3]).isIn("timed", "skipped", "rejected", "confirmed");
            assertThat(f[6].isEmpty()).isEqualTo(!f[3].equals("rejected"));
        });
        Path art = tmp.resolve("art");
        Cli c = Cli.run("compile", MLP, "--target", "opencl", "-o", art.toString(), "--db", db);
        assertThat(c.status()).as(c.err()).isZero();
        assertThat(c.out()).contains("3 kernel keys tuned from " + db);
        assertThat(Files.readString(art.resolve("manifest.json"))).contains("\"source\": \"tuned\"").contains("\"key\": \"matmul|matmul|");
        Cli b = Cli.run("bench", art.toString(), "--target", "opencl", "--runs", "1", "--warmup", "0");
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.out()).contains("tuned").contains("k2_matmul");
    }

    @Test
    void calibrateRecordsTheDeviceFiguresAndProfilePredictsWithThem() throws Exception {
        Path db = tmp.resolve("tuning.json");
        Cli c = Cli.run("bench", "--calibrate", "--target", "opencl", "--runs", "1", "--warmup", "0", "--db", db.toString());
        assertThat(c.status()).as(c.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9.]+) GFLOP/s \\(SGEMM 1024\\^3, ([0-9.]+) ms\\), ([0-9.]+) GB/s \\(add of 16777216 f32, ([0-9.]+) ms\\)")
                .matcher(c.out());
        assertThat(m.find()).as(c.out()).isTrue();
        // the printed rates (one decimal) follow from the printed times: 2 n^3 flops, and three 64 MiB streams for the add;
        // within the rate's rounding plus what rounding the time to its printed digits moves the rate
        assertThat(Double.parseDouble(m.group(1))).isCloseTo(2.0 * 1024 * 1024 * 1024 / (Double.parseDouble(m.group(2)) * 1e6),
                printedRate(Double.parseDouble(m.group(1)), m.group(2)));
        assertThat(Double.parseDouble(m.group(3))).isCloseTo(3.0 * 4 * (1 << 24) / (Double.parseDouble(m.group(4)) * 1e6),
                printedRate(Double.parseDouble(m.group(3)), m.group(4)));
        org.assertj.core.data.Offset<Double> printed = org.assertj.core.data.Offset.offset(0.051);
        JsonObject device = JsonParser.parseString(Files.readString(db)).getAsJsonObject().getAsJsonObject("devices").entrySet().iterator().next()
                .getValue().getAsJsonObject();
        JsonObject figures = device.getAsJsonObject("figures");
        assertThat(figures.keySet()).contains("flops_per_second", "bytes_per_second", "launch_seconds", "source", "measured_at");
        assertThat(figures.get("flops_per_second").getAsDouble() / 1e9).isCloseTo(Double.parseDouble(m.group(1)), printed);

        Path json = tmp.resolve("profile.json");
        Cli p = Cli.run("profile", MLP, "--db", db.toString(), "--device", "measured-opencl", "--json", json.toString());
        assertThat(p.status()).as(p.err()).isZero();
        assertThat(p.out()).contains("measured-opencl").contains(device.get("name").getAsString()).contains("measured by tcc bench --calibrate");
        JsonObject row = JsonParser.parseString(Files.readString(json)).getAsJsonObject().getAsJsonArray("devices").get(0).getAsJsonObject();
        assertThat(row.get("name").getAsString()).isEqualTo("measured-opencl");
        // every kernel's bound is at least one launch: the prediction is never below launches x launch time
        assertThat(row.get("predicted_ms").getAsDouble()).isGreaterThanOrEqualTo(3 * figures.get("launch_seconds").getAsDouble() * 1e3 * 0.999);
        Cli unknown = Cli.run("profile", MLP, "--db", tmp.resolve("none.json").toString(), "--device", "measured-opencl");
        assertThat(unknown.status()).isNotZero();
        assertThat(unknown.err()).contains("unknown device class 'measured-opencl'; known: phone, laptop-igpu, apple-m, discrete-gpu");
    }

    /**
     * How far a rate printed with one decimal may lie from the one recomputed from {@code time} as printed: half a unit
     * of the rate's last digit, plus the rate's share of half a unit of the time's last digit.
     */
    private static org.assertj.core.data.Offset<Double> printedRate(double rate, String time) {
        int decimals = time.contains(".") ? time.length() - time.indexOf('.') - 1 : 0;
        return org.assertj.core.data.Offset.offset(0.051 + rate * 0.5 * Math.pow(10, -decimals) / Double.parseDouble(time));
    }
}
