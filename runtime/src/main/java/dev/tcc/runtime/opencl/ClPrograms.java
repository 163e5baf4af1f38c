package dev.tcc.runtime.opencl;

import dev.tcc.runtime.KernelBuildException;
import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import static org.lwjgl.opencl.CL10.*;

/**
 * Builds OpenCL programs and caches them by the SHA-256 of source and build options, so a kernel
 * rendered twice is compiled once per device. Programs live until {@link #close}.
 */
final class ClPrograms implements AutoCloseable {
    private final long context;
    private final long device;
    private final String deviceName;
    private final Map<String, Long> programs = new HashMap<>();
    private int builds;

    ClPrograms(long context, long device, String deviceName) {
        this.context = context;
        this.device = device;
        this.deviceName = deviceName;
    }

    /**
     * Builds are serialised across the process: PoCL's on-disk kernel cache races when two threads build
     * the same source at once ("unable to rename temporary ... to output file"), seen with parallel
     * conformance runs. Building is compile-bound anyway, so little is lost. Other processes can still race
     * on the same cache; such a build is retried.
     */
    private static final Object BUILD_LOCK = new Object();

    /** The built program for {@code source}, building it on first use. */
    long program(String kernelName, String source, String options) {
        String key = hash(options + "\n" + source);
        Long cached = programs.get(key);
        if (cached != null) return cached;
        long program = 0;
        int err = CL_SUCCESS;
        for (int attempt = 0; attempt < 3; attempt++) {
            program = create(kernelName, source);
            synchronized (BUILD_LOCK) {
                err = clBuildProgram(program, device, options, null, 0L);
            }
            if (err == CL_SUCCESS) break;
            String log = buildLog(program);
            clReleaseProgram(program);
            // PoCL's on-disk kernel cache races with other processes building the same source; building again works
            boolean cacheRace = log.contains("unable to rename temporary");
            if (!cacheRace || attempt == 2) throw new KernelBuildException(kernelName, deviceName + " (" + ClErrors.name(err) + ")", log, source);
        }
        builds++;
        programs.put(key, program);
        return program;
    }

    private long create(String kernelName, String source) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            IntBuffer err = s.mallocInt(1);
            long program = clCreateProgramWithSource(context, source, err);
            ClErrors.check(err.get(0), "clCreateProgramWithSource for kernel '" + kernelName + "'");
            return program;
        }
    }

    /** Programs built so far (cache misses). */
    int builds() { return builds; }

    private String buildLog(long program) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            PointerBuffer size = s.mallocPointer(1);
            if (clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, (ByteBuffer) null, size) != CL_SUCCESS) {
                return "(no build log available)";
            }
            ByteBuffer b = MemoryUtil.memAlloc((int) Math.max(1, size.get(0)));
            try {
                clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, b, null);
                return MemoryUtil.memUTF8(b, Math.max(0, b.remaining() - 1));
            } finally {
                MemoryUtil.memFree(b);
            }
        }
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public void close() {
        programs.values().forEach(p -> clReleaseProgram(p));
        programs.clear();
    }
}
