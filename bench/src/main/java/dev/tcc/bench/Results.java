package dev.tcc.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A JMH JSON result file read as comparisons: for each benchmark class and parameter value, tcc's average
 * time beside each peer's (the methods other than {@code tcc}).
 */
public final class Results {
    private Results() {}

    /** The work per invocation of each benchmark class, by simple name. */
    private static final Map<String, Function<String, Workload>> WORK = Map.of(
            "GemmBench", GemmBench::work, "AddBench", AddBench::work, "OpBench", OpBench::work, "ModelBench", ModelBench::work,
            "QuantBench", QuantBench::work);

    /**
     * tcc against one peer on one case.
     *
     * @param suite  the benchmark class's simple name
     * @param param  the case (the class's parameter value)
     * @param peer   the peer's method name
     * @param tccMs  tcc's average milliseconds per invocation
     * @param peerMs the peer's
     * @param kernelMs the device time of tcc's kernels alone in one invocation, NaN when not recorded
     * @param defaultKernelMs with {@code -Dtcc.bench.tune}: the tuned kernels' device time with the default parameters, else NaN
     * @param work   the work of one invocation
     */
    public record Comparison(String suite, String param, String peer, double tccMs, double peerMs, double kernelMs, double defaultKernelMs, Workload work) {
        /** tcc's time over the peer's: above 1, tcc is slower. */
        public double ratio() { return tccMs / peerMs; }

        /** The case's label in tables and plots. */
        public String label() { return suite.replace("Bench", "").toLowerCase(java.util.Locale.ROOT) + " " + param; }
    }

    /**
     * Every comparison in {@code json}, in the file's order, with tcc's kernel times from the {@code kernel-ms}
     * folder beside it; a case whose tcc or peer score is missing is left out.
     */
    public static List<Comparison> read(Path json) throws IOException {
        Path kernels = BenchBase.kernelTimes(json.toAbsolutePath().getParent());
        Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
        JsonArray runs = JsonParser.parseString(Files.readString(json)).getAsJsonArray();
        for (JsonElement e : runs) {
            JsonObject run = e.getAsJsonObject();
            String[] name = run.get("benchmark").getAsString().split("\\.");
            String suite = name[name.length - 2], method = name[name.length - 1];
            String param = run.has("params") ? run.getAsJsonObject("params").entrySet().iterator().next().getValue().getAsString() : "";
            double ms = run.getAsJsonObject("primaryMetric").get("score").getAsDouble();
            scores.computeIfAbsent(suite + "\t" + param, k -> new LinkedHashMap<>()).put(method, ms);
        }
        List<Comparison> out = new ArrayList<>();
        for (var c : scores.entrySet()) {
            String[] key = c.getKey().split("\t", -1);
            Double tcc = c.getValue().get("tcc");
            if (tcc == null) continue;
            Workload work = WORK.getOrDefault(key[0], p -> Workload.NONE).apply(key[1]);
            Path kernel = kernels.resolve(key[0] + "." + key[1]);
            double kernelMs = millis(kernel);
            double defaultMs = millis(kernel.resolveSibling(kernel.getFileName() + BenchBase.DEFAULT_SUFFIX));
            for (var peer : c.getValue().entrySet()) {
                if (!peer.getKey().equals("tcc")) out.add(new Comparison(key[0], key[1], peer.getKey(), tcc, peer.getValue(), kernelMs, defaultMs, work));
            }
        }
        return out;
    }

    private static double millis(Path file) throws IOException {
        return Files.isRegularFile(file) ? Double.parseDouble(Files.readString(file).trim()) : Double.NaN;
    }
}
