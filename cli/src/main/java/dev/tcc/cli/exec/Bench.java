package dev.tcc.cli.exec;

import com.google.gson.GsonBuilder;
import dev.tcc.ir.program.HostTensor;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.exec.Executor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times a loaded program as a user runs it: {@code warmup} untimed runs, then {@code runs} runs each timed on the
 * wall clock from the inputs going up to the outputs coming down; then {@code runs} passes timing every launch on
 * the device. A kernel's device time is its median over the passes; the program's device time is their sum.
 */
public final class Bench {
    private Bench() {}

    /** One kernel's line: launch name, anchor op, median device time and its tuning annotations. */
    public record KernelTime(String name, String anchor, double deviceMs, Map<String, String> tuning) {}

    /** What a benchmark measured. */
    public record Result(int runs, double wallMedianMs, double wallMinMs, double wallMaxMs, double deviceMs, List<KernelTime> kernels) {
        /** The JSON {@code tcc bench --json} writes. */
        public String json(String model, String target, String device) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("model", model);
            o.put("target", target);
            o.put("device", device);
            o.put("runs", runs);
            o.put("wall_ms", Map.of("median", wallMedianMs, "min", wallMinMs, "max", wallMaxMs));
            o.put("device_ms", Map.of("median", deviceMs));
            o.put("kernels", kernels.stream().map(k -> Map.of("name", k.name(), "anchor", k.anchor(), "device_ms", k.deviceMs(), "tuning", k.tuning())).toList());
            return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
        }

        /** A summary line and the {@code top} slowest kernels as a table. */
        public String table(int top) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "wall ms (inputs up, %d launches, outputs down): median %.3f  min %.3f  max %.3f  (%d runs)%n",
                    kernels.size(), wallMedianMs, wallMinMs, wallMaxMs, runs));
            b.append(String.format(Locale.ROOT, "device ms (sum of kernel medians): %.3f%n", deviceMs));
            List<KernelTime> slow = kernels.stream().sorted(Comparator.comparingDouble(KernelTime::deviceMs).reversed()).limit(top).toList();
            b.append(String.format(Locale.ROOT, "  %10s  %6s  %-8s  %-24s  %s%n", "device ms", "share", "tuning", "anchor", "kernel"));
            for (KernelTime k : slow) {
                b.append(String.format(Locale.ROOT, "  %10.4f  %5.1f%%  %-8s  %-24s  %s%n", k.deviceMs(), deviceMs > 0 ? 100 * k.deviceMs() / deviceMs : 0,
                        k.tuning().getOrDefault("source", "-"), k.anchor(), k.name()));
            }
            if (kernels.size() > top) b.append("  ... ").append(kernels.size() - top).append(" faster kernels not shown\n");
            return b.toString();
        }
    }

    /** Loads {@code p} onto {@code device} and times it on {@code inputs} (by graph input name, storage form). */
    public static Result run(KernelProgram p, Device device, Map<String, HostTensor> inputs, int warmup, int runs) {
        if (runs < 1) throw new TccException("--runs must be at least 1");
        try (Executor e = Executor.load(p, device)) {
            for (int i = 0; i < warmup; i++) e.runHost(inputs);
            double[] wall = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                e.runHost(inputs);
                wall[i] = (System.nanoTime() - t0) / 1e6;
            }
            long[][] perLaunch = new long[p.launches().size()][runs];
            for (int r = 0; r < runs; r++) {
                long[] t = e.timeLaunches();
                for (int k = 0; k < t.length; k++) perLaunch[k][r] = t[k];
            }
            List<KernelTime> kernels = new ArrayList<>();
            double sum = 0;
            for (int k = 0; k < perLaunch.length; k++) {
                KernelProgram.Launch l = p.launches().get(k);
                double ms = median(perLaunch[k]) / 1e6;
                sum += ms;
                kernels.add(new KernelTime(l.name(), l.anchor(), ms, l.tuning()));
            }
            double[] sorted = wall.clone();
            Arrays.sort(sorted);
            return new Result(runs, median(wall), sorted[0], sorted[runs - 1], sum, kernels);
        }
    }

    /** The median of {@code v} (the mean of the middle two for an even count). */
    public static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** The median of {@code v}. */
    public static double median(long[] v) { return median(Arrays.stream(v).asDoubleStream().toArray()); }
}
