package dev.tcc.runtime.vulkan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Test-only GLSL compute shaders to SPIR-V through {@code glslangValidator -V --target-env vulkan1.2}, each
 * result checked by {@code spirv-val}. tcc writes its own SPIR-V; these shaders only exercise the runtime.
 */
final class Glsl {
    private Glsl() {}

    static final String INSTALL = "these tests need glslangValidator and spirv-val: bash scripts/install-deps.sh "
            + "(Debian: apt-get install glslang-tools spirv-tools)";
    private static final Map<String, int[]> CACHE = new ConcurrentHashMap<>();

    /** The SPIR-V words of a compute shader's GLSL source. */
    static int[] compute(String source) {
        return CACHE.computeIfAbsent(source, Glsl::compile).clone();
    }

    private static int[] compile(String source) {
        try {
            Path dir = Files.createTempDirectory("tcc-glsl");
            try {
                Path comp = dir.resolve("shader.comp");
                Path spv = dir.resolve("shader.spv");
                Files.writeString(comp, source);
                run(dir, "glslangValidator", "-V", "--target-env", "vulkan1.2", comp.toString(), "-o", spv.toString());
                run(dir, "spirv-val", "--target-env", "vulkan1.2", spv.toString());
                return Spirv.words(Files.readAllBytes(spv));
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) Files.delete(p);
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new AssertionError("could not compile a test shader (" + e.getMessage() + "); " + INSTALL, e);
        }
    }

    private static void run(Path dir, String... command) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed; " + INSTALL, e);
        }
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command[0] + " did not finish within 60 s");
            }
            if (p.exitValue() != 0) throw new AssertionError(String.join(" ", command) + " failed:\n" + out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command[0], e);
        }
    }
}
