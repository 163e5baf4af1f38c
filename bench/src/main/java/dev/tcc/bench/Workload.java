package dev.tcc.bench;

import java.util.Locale;

/**
 * The work of one benchmark invocation, for the report's effective rate: floating-point operations, or
 * (when there are none worth counting) bytes the kernel must move.
 */
public record Workload(double flops, double bytes) {
    /** No figure: the report shows the time only. */
    public static final Workload NONE = new Workload(0, 0);

    public static Workload flops(double f) { return new Workload(f, 0); }

    public static Workload bytes(double b) { return new Workload(0, b); }

    /** The effective rate of one invocation taking {@code millis}, with its unit; empty for {@link #NONE}. */
    public String rate(double millis) {
        if (flops > 0) return String.format(Locale.ROOT, "%.1f GFLOP/s", flops / millis / 1e6);
        if (bytes > 0) return String.format(Locale.ROOT, "%.1f GB/s", bytes / millis / 1e6);
        return "";
    }
}
