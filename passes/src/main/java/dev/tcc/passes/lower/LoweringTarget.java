package dev.tcc.passes.lower;

/**
 * What lowering needs to know about the device it emits kernels for. The runtime builds one from its
 * device description; tests and {@code tcc compile} without a device use {@link #DEFAULT}.
 *
 * @param name              a label for messages (the device name)
 * @param fp64              the device computes in double precision ({@code cl_khr_fp64}); without it f64
 *                          tensors are rejected and integer ops that the graph IR defines "in double"
 *                          compute in f32
 * @param maxWorkgroupSize  the most work-items in one workgroup; templates stay within it
 * @param localMemBytes     workgroup memory per workgroup; templates that need more fall back to global
 *                          scratch buffers
 */
public record LoweringTarget(String name, boolean fp64, int maxWorkgroupSize, long localMemBytes) {

    /** A conservative OpenCL 1.2 GPU: f64, 256 work-items, 32 KiB of workgroup memory. */
    public static final LoweringTarget DEFAULT = new LoweringTarget("generic OpenCL device", true, 256, 32 * 1024);

    public LoweringTarget {
        if (maxWorkgroupSize < 1) throw new IllegalArgumentException("maxWorkgroupSize must be positive, got " + maxWorkgroupSize);
    }

    /** The largest power of two not above {@code want} that the device allows in one workgroup. */
    int workgroup(int want) {
        int w = Integer.highestOneBit(Math.max(1, Math.min(want, maxWorkgroupSize)));
        return Math.max(1, w);
    }
}
