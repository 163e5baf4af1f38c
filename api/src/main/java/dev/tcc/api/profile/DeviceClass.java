package dev.tcc.api.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A class of client device for latency prediction: peak fp32 FLOP/s, memory bandwidth and the fixed cost
 * of one kernel launch, with an example device and where the figures come from. The table ships with tcc
 * ({@code device-classes.tsv} beside this class).
 *
 * @param name          the class's name ({@code phone}, {@code laptop-igpu}, {@code apple-m}, {@code discrete-gpu})
 * @param flopsPerSecond peak fp32 FLOP/s (a multiply-add counts 2)
 * @param bytesPerSecond memory bandwidth in bytes per second
 * @param launchSeconds the fixed cost of one kernel launch
 * @param example       the device the figures are for
 * @param source        where the figures come from
 */
public record DeviceClass(String name, double flopsPerSecond, double bytesPerSecond, double launchSeconds, String example, String source) {
    /** How the names of rows measured on a device by {@code tcc bench --calibrate} begin ({@code measured-opencl}). */
    public static final String MEASURED_PREFIX = "measured-";

    /** The table that ships with tcc, in its order. */
    public static List<DeviceClass> table() {
        try (InputStream in = DeviceClass.class.getResourceAsStream("device-classes.tsv")) {
            if (in == null) throw new IllegalStateException("device-classes.tsv is missing from the class path");
            List<DeviceClass> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 6) throw new IllegalStateException("device-classes.tsv: expected 6 tab-separated fields in: " + line);
                rows.add(new DeviceClass(f[0], Double.parseDouble(f[1]) * 1e9, Double.parseDouble(f[2]) * 1e9, Double.parseDouble(f[3]) * 1e-6, f[4], f[5]));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row called {@code name}; an error listing the classes otherwise. */
    public static DeviceClass named(String name) { return named(name, table()); }

    /** The row of {@code rows} called {@code name}; an error listing them otherwise. */
    public static DeviceClass named(String name, List<DeviceClass> rows) {
        for (DeviceClass d : rows) if (d.name().equalsIgnoreCase(name.trim())) return d;
        throw new IllegalArgumentException("unknown device class '" + name + "'; known: "
                + String.join(", ", rows.stream().map(DeviceClass::name).toList()));
    }

    /** Roofline lower bound of one kernel in seconds: the slower of compute and memory traffic, plus the launch. */
    public double seconds(long flops, long bytes) {
        return Math.max(flops / flopsPerSecond, bytes / bytesPerSecond) + launchSeconds;
    }

    @Override public String toString() {
        return String.format(Locale.ROOT, "%s (%s: %.1f TFLOP/s, %.0f GB/s, %.0f us/launch)", name, example, flopsPerSecond / 1e12,
                bytesPerSecond / 1e9, launchSeconds * 1e6);
    }
}
