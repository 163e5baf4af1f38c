package dev.tcc.cli;

import dev.tcc.ir.DType;
import dev.tcc.ir.Tensor;

import java.util.Locale;

/** Short human-readable descriptions of tensors and quantities for command output. */
final class Summaries {
    private Summaries() {}

    /** {@code f32[1,10] min -1.2 max 3.4 mean 0.51}; strings and empty tensors give the type only. */
    static String describe(Tensor t) {
        if (t.size() == 0 || t.dtype() == DType.STRING) return t.type().toString();
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, sum = 0;
        int nan = 0;
        for (int i = 0; i < t.size(); i++) {
            double v = t.getDouble(i);
            if (Double.isNaN(v)) { nan++; continue; }
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        String s = t.type() + (nan == t.size() ? "" : String.format(Locale.ROOT, " min %.6g max %.6g mean %.6g", min, max, sum / (t.size() - nan)));
        return nan > 0 ? s + " (" + nan + " NaN)" : s;
    }

    /** {@code 1.23G}: a count with a metric suffix and three significant digits. */
    static String si(long n) {
        if (Math.abs(n) < 1000) return Long.toString(n);
        String[] units = {"k", "M", "G", "T", "P"};
        double v = n;
        int u = -1;
        while (Math.abs(v) >= 1000 && u < units.length - 1) { v /= 1000; u++; }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f%s" : v >= 10 ? "%.1f%s" : "%.2f%s", v, units[u]);
    }

    /** {@code 9.7 MiB}: bytes with a binary suffix. */
    static String bytes(long n) {
        if (n < 1024) return n + " B";
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
