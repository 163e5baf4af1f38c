package dev.tcc.cli.conformance;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON report of {@code tcc conformance --json}: the target, the totals, and per case its name, folder,
 * status, reason, largest absolute and relative errors (null when nothing was compared) and time in seconds.
 */
public final class JsonReport {
    private JsonReport() {}

    public static String toJson(String target, ConformanceRunner.Summary s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("target", target);
        root.put("passed", s.count(CaseResult.Status.PASS));
        root.put("failed", s.count(CaseResult.Status.FAIL));
        root.put("skipped", s.count(CaseResult.Status.SKIP));
        root.put("seconds", round(s.nanos() / 1e9));
        List<Map<String, Object>> cases = new ArrayList<>();
        for (CaseResult r : s.results()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", r.name());
            c.put("path", r.dir().toString());
            c.put("status", r.status().name());
            c.put("reason", r.reason());
            c.put("max_abs_error", finite(r.maxAbsError()));
            c.put("max_rel_error", finite(r.maxRelError()));
            c.put("seconds", round(r.seconds()));
            cases.add(c);
        }
        root.put("cases", cases);
        Gson gson = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();
        return gson.toJson(root) + "\n";
    }

    public static void write(Path file, String target, ConformanceRunner.Summary s) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, toJson(target, s));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot write the JSON report: " + e.getMessage(), e);
        }
    }

    private static Double finite(double d) { return Double.isFinite(d) ? d : null; }

    private static double round(double seconds) { return Math.round(seconds * 1e4) / 1e4; }
}
