package dev.tcc.ir.program;

import java.util.ArrayList;
import java.util.List;

/**
 * The capabilities a lowered program assumes of the device that runs it: what lowering needs to know, and
 * what a device must offer to load the result. A target's <i>portable</i> profile holds what its
 * specification guarantees on every conformant device, so a program lowered for it runs anywhere (that is
 * what {@code tcc compile} uses without {@code --device}); a device's own profile, built by the runtime from
 * what its driver reports, lets lowering specialise (more work-items, f64). An artefact records the profile
 * it was lowered for, and loading checks the device {@link #meets} it.
 *
 * @param name              a label for messages: {@code opencl portable} or the device name
 * @param fp64              double-precision arithmetic; without it f64 tensors are refused and integer ops
 *                          that the graph IR defines "in double" compute in f32
 * @param fp16              half-precision arithmetic; without it f16 is storage-only (computed in f32)
 * @param maxWorkgroupSize  the most work-items in one workgroup; templates stay within it
 * @param localMemBytes     workgroup memory per workgroup; templates that need more use global scratch buffers
 * @param maxBufferBytes    the largest single buffer
 */
public record Profile(String name, boolean fp64, boolean fp16, int maxWorkgroupSize, long localMemBytes, long maxBufferBytes) {

    /** A generic OpenCL 1.2 GPU with f64: 256 work-items, 32 KiB of workgroup memory (the lowering tests' default). */
    public static final Profile GENERIC = new Profile("generic OpenCL device", true, false, 256, 32 * 1024, 1L << 30);

    public Profile {
        if (maxWorkgroupSize < 1) throw new IllegalArgumentException("maxWorkgroupSize must be positive, got " + maxWorkgroupSize);
        if (localMemBytes < 0 || maxBufferBytes < 0) throw new IllegalArgumentException("memory sizes must not be negative");
    }

    /** The largest power of two not above {@code want} that the device allows in one workgroup. */
    public int workgroup(int want) {
        int w = Integer.highestOneBit(Math.max(1, Math.min(want, maxWorkgroupSize)));
        return Math.max(1, w);
    }

    /** This profile with another name (e.g. the device's, for messages). */
    public Profile named(String n) { return new Profile(n, fp64, fp16, maxWorkgroupSize, localMemBytes, maxBufferBytes); }

    /** This profile with half-precision arithmetic on or off, named {@code n}. */
    public Profile withFp16(boolean on, String n) { return new Profile(n, fp64, on, maxWorkgroupSize, localMemBytes, maxBufferBytes); }

    /**
     * What this (a device's) profile lacks of {@code required} (the one a program was lowered for), one phrase
     * each; empty when the device can run every program lowered for {@code required}.
     */
    public List<String> shortfalls(Profile required) {
        List<String> r = new ArrayList<>();
        if (required.fp64 && !fp64) r.add("double precision (f64)");
        if (required.fp16 && !fp16) r.add("half-precision arithmetic (f16)");
        if (maxWorkgroupSize < required.maxWorkgroupSize) {
            r.add(required.maxWorkgroupSize + " work-items per workgroup (it has " + maxWorkgroupSize + ")");
        }
        if (localMemBytes < required.localMemBytes) {
            r.add(required.localMemBytes + " bytes of workgroup memory (it has " + localMemBytes + ")");
        }
        if (maxBufferBytes < required.maxBufferBytes) {
            r.add("buffers of " + required.maxBufferBytes + " bytes (it allows " + maxBufferBytes + ")");
        }
        return r;
    }

    /** True when a device with this profile can run programs lowered for {@code required}. */
    public boolean meets(Profile required) { return shortfalls(required).isEmpty(); }
}
