package dev.tcc.cli.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-case tolerances from a conformance manifest ({@code manifest.tsv}: a header row naming the columns
 * {@code test_name}, {@code suite}, {@code rtol}, {@code atol} among others, then one row per case).
 * Cases are looked up by suite and name (the suite is the name of the folder holding the case).
 */
public final class Manifest {
    private final Map<String, Tolerance> bySuiteAndName = new HashMap<>();
    private final Map<String, Tolerance> byName = new HashMap<>();
    private final Path file;

    private Manifest(Path file) { this.file = file; }

    public Path file() { return file; }

    /** The manifest in {@code start} or the closest of its parent folders that has one, or null. */
    public static Manifest find(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            Path f = p.resolve("manifest.tsv");
            if (Files.isRegularFile(f)) return load(f);
        }
        return null;
    }

    /** Reads {@code f}; rows without usable rtol/atol values are ignored. */
    public static Manifest load(Path f) {
        Manifest m = new Manifest(f);
        List<String> lines;
        try {
            lines = Files.readAllLines(f);
        } catch (IOException e) {
            throw new IllegalArgumentException(f + ": cannot read the manifest: " + e.getMessage(), e);
        }
        if (lines.isEmpty()) return m;
        List<String> head = List.of(lines.get(0).split("\t", -1));
        int name = head.indexOf("test_name"), suite = head.indexOf("suite"), rtol = head.indexOf("rtol"), atol = head.indexOf("atol");
        if (name < 0 || rtol < 0 || atol < 0) return m;
        for (String line : lines.subList(1, lines.size())) {
            String[] r = line.split("\t", -1);
            if (r.length <= Math.max(name, Math.max(rtol, atol))) continue;
            Tolerance t;
            try {
                t = new Tolerance(Double.parseDouble(r[rtol]), Double.parseDouble(r[atol]));
            } catch (NumberFormatException e) {
                continue;
            }
            if (suite >= 0 && suite < r.length) m.bySuiteAndName.put(r[suite] + "/" + r[name], t);
            m.byName.putIfAbsent(r[name], t);
        }
        return m;
    }

    /** The tolerance the manifest gives the case in {@code caseDir}, or null. */
    public Tolerance lookup(Path caseDir) {
        Path abs = caseDir.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        Path parent = abs.getParent();
        if (parent != null && parent.getFileName() != null) {
            Tolerance t = bySuiteAndName.get(parent.getFileName() + "/" + name);
            if (t != null) return t;
        }
        return byName.get(name);
    }
}
