package dev.tcc.api;

/**
 * Where a {@link Model} runs: tcc's reference interpreter on the CPU, or a device back-end ({@code opencl})
 * with an optional device query (a part of the device's id, name or platform; empty picks the first GPU,
 * else the first device).
 *
 * @param name   {@code reference} or a back-end's name ({@code opencl})
 * @param device the device query; empty for the default device, ignored by {@code reference}
 */
public record Target(String name, String device) {
    public static final String REFERENCE_NAME = "reference";

    public Target {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a target needs a name (reference, opencl)");
        device = device == null ? "" : device;
    }

    /** The reference interpreter (plain Java, no device). */
    public static Target reference() { return new Target(REFERENCE_NAME, ""); }

    /** The default OpenCL device (the first GPU, else the first device; {@code TCC_DEVICE} when set). */
    public static Target opencl() { return opencl(System.getenv().getOrDefault("TCC_DEVICE", "")); }

    /** The OpenCL device whose id, name or platform contains {@code query} ({@code "pocl"}, {@code "nvidia"}). */
    public static Target opencl(String query) { return new Target("opencl", query); }

    /** {@code reference}, {@code opencl} or {@code opencl:QUERY}. */
    public static Target parse(String spec) {
        int c = spec.indexOf(':');
        return c < 0 ? new Target(spec.trim(), "") : new Target(spec.substring(0, c).trim(), spec.substring(c + 1).trim());
    }

    public boolean isReference() { return name.equals(REFERENCE_NAME); }

    @Override public String toString() { return device.isEmpty() ? name : name + ":" + device; }
}
