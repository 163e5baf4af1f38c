package dev.tcc.ir;

/**
 * The host memory tcc allows itself for tensor values (the interpreter's results, folded constants,
 * decoded initializers and inputs). Sizes are checked from types before anything is allocated, so a model
 * that asks for too much fails fast with an error naming what asked, instead of running out of heap after
 * minutes. Values live on the heap as 8-byte {@code double} or {@code long} elements whatever their type.
 */
public final class Limits {
    private Limits() {}

    /** Heap bytes one element takes in a {@link Tensor}. */
    public static final int BYTES_PER_ELEMENT = 8;

    private static volatile long maxBytes = defaultMaxBytes();

    /** The default: half the JVM's maximum heap (what {@code -Xmx} allows), leaving room for copies and the graph. */
    public static long defaultMaxBytes() { return Runtime.getRuntime().maxMemory() / 2; }

    /** The current limit in bytes. */
    public static long maxBytes() { return maxBytes; }

    /** Sets the limit ({@code tcc --max-memory}). */
    public static void setMaxBytes(long bytes) {
        if (bytes <= 0) throw new IllegalArgumentException("the memory limit must be positive, got " + bytes);
        maxBytes = bytes;
    }

    /**
     * Checks a tensor of {@code type} fits the limit and a Java array.
     *
     * @param what names who asks (a node, a file), for the message
     * @return the heap bytes it takes
     * @throws IrException naming {@code what}, the type and the limit
     */
    public static long check(TensorType type, String what) {
        long n;
        try {
            n = type.size();
        } catch (ArithmeticException e) {
            throw new IrException(what + ": " + e.getMessage());
        }
        return checkElements(n, type.toString(), what);
    }

    /** {@link #check} for {@code n} elements described by {@code desc}. */
    public static long checkElements(long n, String desc, String what) {
        if (n > Integer.MAX_VALUE - 8) {
            throw new IrException(what + ": " + desc + " has " + n + " elements; tcc holds at most 2^31-9 elements in one tensor");
        }
        long bytes = n * BYTES_PER_ELEMENT;
        if (bytes > maxBytes) throw new IrException(what + ": " + desc + " needs " + human(bytes) + ", more than " + limitText());
        return bytes;
    }

    /** Checks a running total of {@code bytes} against the limit. */
    public static void checkTotal(long bytes, String what) {
        if (bytes > maxBytes) throw new IrException(what + " needs " + human(bytes) + " in total, more than " + limitText());
    }

    private static String limitText() {
        return "tcc's memory limit of " + human(maxBytes) + " (--max-memory; the default is half the JVM heap, "
                + "raise it with JAVA_TOOL_OPTIONS=-Xmx...)";
    }

    /** {@code bytes} as KiB, MiB or GiB. */
    public static String human(long bytes) {
        if (bytes < 1024) return bytes + " B";
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
