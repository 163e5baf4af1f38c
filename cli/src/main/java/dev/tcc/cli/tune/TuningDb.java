package dev.tcc.cli.tune;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tcc.api.profile.DeviceClass;
import dev.tcc.passes.lower.KernelKey;
import dev.tcc.passes.lower.KernelTunings;
import dev.tcc.passes.lower.Tuning;
import dev.tcc.runtime.DeviceInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The tuning database: a portable JSON file of the best template parameters found per device and kernel.
 * Devices are keyed by a fingerprint (backend, vendor, name, driver version, compute units), kernels by their
 * {@link KernelKey} text. The file is replaced atomically (a temporary file in the same folder, then a move), so a
 * reader never sees half of it; a file that cannot be parsed is ignored with a one-line warning (and replaced on
 * the next save).
 *
 * <pre>{"format": "tcc-tuning", "version": 1, "devices": {FINGERPRINT: {"vendor", "name", "driver", "compute_units",
 *   "kernels": {KEY: {"tuning": {COMPONENT: {...}}, "default_ms", "tuned_ms", "candidates", "tuned_at"}},
 *   "figures": {"flops_per_second", "bytes_per_second", "launch_seconds", "source", "measured_at"}}}}</pre>
 * ({@code figures}: what {@code tcc bench --calibrate} measured, for {@code tcc profile}.)
 */
public final class TuningDb {
    static final String FORMAT = "tcc-tuning";
    static final int VERSION = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path file;
    private final JsonObject root;

    private TuningDb(Path file, JsonObject root) {
        this.file = file;
        this.root = root;
    }

    /** Where the database lives unless {@code --db} says otherwise: {@code ~/.tcc/tuning.json}. */
    public static Path defaultPath() { return Path.of(System.getProperty("user.home"), ".tcc", "tuning.json"); }

    /** The database in {@code file} (empty when there is none); an unreadable or corrupt file is reported to {@code warn} and ignored. */
    public static TuningDb load(Path file, Consumer<String> warn) {
        try {
            JsonElement e = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (e.isJsonObject() && FORMAT.equals(string(e.getAsJsonObject(), "format")) && e.getAsJsonObject().has("devices")
                    && e.getAsJsonObject().get("devices").isJsonObject()) {
                return new TuningDb(file, e.getAsJsonObject());
            }
            warn.accept("warning: ignoring tuning database " + file + ": not a " + FORMAT + " file");
        } catch (NoSuchFileException e) {
            // no database yet
        } catch (IOException | RuntimeException e) {
            warn.accept("warning: ignoring tuning database " + file + ": " + oneLine(e));
        }
        return new TuningDb(file, empty());
    }

    private static JsonObject empty() {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        o.addProperty("version", VERSION);
        o.add("devices", new JsonObject());
        return o;
    }

    /** The fingerprint records of {@code d} are filed under. */
    public static String fingerprint(DeviceInfo d) {
        return String.join("|", d.backend(), d.vendor(), d.name(), d.driverVersion(), Integer.toString(d.computeUnits()));
    }

    /** The tuned parameters for {@code key} on the device {@code fingerprint}, or null (no record, or a stale one). */
    public Tuning lookup(String fingerprint, KernelKey key) {
        JsonObject r = record(fingerprint, key);
        return r == null || !r.has("tuning") || !r.get("tuning").isJsonObject() ? null : TuningJson.read(key, r.getAsJsonObject("tuning"));
    }

    /** The device time {@code key} took with the default parameters when it was tuned on the device, or NaN. */
    public double defaultMs(String fingerprint, KernelKey key) {
        JsonObject r = record(fingerprint, key);
        return r != null && r.get("default_ms") instanceof JsonElement e && e.isJsonPrimitive() ? e.getAsDouble() : Double.NaN;
    }

    /** The stored record of {@code key} on the device, or null. */
    JsonObject record(String fingerprint, KernelKey key) {
        JsonObject kernels = kernels(fingerprint);
        JsonElement r = kernels == null ? null : kernels.get(key.text());
        return r != null && r.isJsonObject() ? r.getAsJsonObject() : null;
    }

    private JsonObject kernels(String fingerprint) {
        JsonElement d = root.getAsJsonObject("devices").get(fingerprint);
        if (d == null || !d.isJsonObject()) return null;
        JsonElement k = d.getAsJsonObject().get("kernels");
        return k != null && k.isJsonObject() ? k.getAsJsonObject() : null;
    }

    /** Records {@code best} for {@code key} on {@code device}, with the default's and the best's device times and how many candidates ran. */
    public void put(DeviceInfo device, KernelKey key, Tuning best, double defaultMs, double tunedMs, int candidates) {
        String fp = deviceRecord(device);
        JsonObject r = new JsonObject();
        r.add("tuning", TuningJson.write(key, best));
        r.addProperty("default_ms", defaultMs);
        r.addProperty("tuned_ms", tunedMs);
        r.addProperty("candidates", candidates);
        r.addProperty("tuned_at", Instant.now().toString());
        kernels(fp).add(key.text(), r);
    }

    /** The record of {@code device}, made (with no kernels) when missing; returns its fingerprint. */
    private String deviceRecord(DeviceInfo device) {
        JsonObject devices = root.getAsJsonObject("devices");
        String fp = fingerprint(device);
        if (kernels(fp) == null) {
            JsonObject d = new JsonObject();
            d.addProperty("backend", device.backend());
            d.addProperty("vendor", device.vendor());
            d.addProperty("name", device.name());
            d.addProperty("driver", device.driverVersion());
            d.addProperty("compute_units", device.computeUnits());
            d.add("kernels", new JsonObject());
            devices.add(fp, d);
        }
        return fp;
    }

    /** Records the figures {@code tcc bench --calibrate} measured on {@code device} (replacing earlier ones). */
    public void putFigures(DeviceInfo device, DeviceClass figures) {
        JsonObject f = new JsonObject();
        f.addProperty("flops_per_second", figures.flopsPerSecond());
        f.addProperty("bytes_per_second", figures.bytesPerSecond());
        f.addProperty("launch_seconds", figures.launchSeconds());
        f.addProperty("source", figures.source());
        f.addProperty("measured_at", Instant.now().toString());
        root.getAsJsonObject("devices").getAsJsonObject(deviceRecord(device)).add("figures", f);
    }

    /**
     * A device-class row for every device with measured figures, named {@code measured-BACKEND} (with {@code -2},
     * {@code -3}... when one backend has several devices); a malformed record is skipped.
     */
    public List<DeviceClass> figures() {
        List<DeviceClass> rows = new ArrayList<>();
        Map<String, Integer> perBackend = new HashMap<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("devices").entrySet()) {
            if (!e.getValue().isJsonObject() || !(e.getValue().getAsJsonObject().get("figures") instanceof JsonObject f)) continue;
            JsonObject d = e.getValue().getAsJsonObject();
            try {
                String backend = string(d, "backend");
                int n = perBackend.merge(backend, 1, Integer::sum);
                rows.add(new DeviceClass(DeviceClass.MEASURED_PREFIX + backend + (n > 1 ? "-" + n : ""), f.get("flops_per_second").getAsDouble(),
                        f.get("bytes_per_second").getAsDouble(), f.get("launch_seconds").getAsDouble(), string(d, "name"), string(f, "source")));
            } catch (RuntimeException malformed) {
                // a hand-edited record without numbers: not a row
            }
        }
        return rows;
    }

    /** Writes the database: a temporary file next to it, then an atomic move over it. */
    public void save() {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(tmp, GSON.toJson(root) + "\n", StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tuning database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() { return file; }

    /**
     * The parameters to lower with on the device {@code fingerprint}: each kernel's record where there is one
     * ({@code source} {@code tuned}), else the defaults. {@link Lookup#found} counts the distinct kernel keys found.
     */
    public Lookup tunings(String fingerprint) { return new Lookup(this, fingerprint); }

    /** The single device fingerprint of {@code backend} with records, or null when there are none or several. */
    public String onlyDevice(String backend) {
        String only = null;
        for (String fp : root.getAsJsonObject("devices").keySet()) {
            if (!fp.startsWith(backend + "|")) continue;
            if (only != null) return null;
            only = fp;
        }
        return only;
    }

    /** Per-kernel choices from the database, counting what it found. */
    public static final class Lookup implements KernelTunings {
        private final TuningDb db;
        private final String fingerprint;
        private final Set<String> found = new HashSet<>();

        Lookup(TuningDb db, String fingerprint) {
            this.db = db;
            this.fingerprint = fingerprint;
        }

        @Override public synchronized Tuning forKernel(KernelKey key) {
            Tuning t = fingerprint == null ? null : db.lookup(fingerprint, key);
            if (t == null) return Tuning.DEFAULT;
            found.add(key.text());
            return t;
        }

        @Override public String source(KernelKey key) { return fingerprint != null && db.lookup(fingerprint, key) != null ? "tuned" : "default"; }

        /** Distinct kernel keys that had a record so far. */
        public synchronized int found() { return found.size(); }
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
