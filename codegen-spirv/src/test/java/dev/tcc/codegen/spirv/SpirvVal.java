package dev.tcc.codegen.spirv;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs Khronos {@code spirv-val} on a module and fails the test with its message when the module is invalid.
 * A missing {@code spirv-val} fails too, never skips: CI must validate every module.
 */
public final class SpirvVal {
    /** The target environment tcc's Vulkan runtime asks for. */
    public static final String TARGET_ENV = "vulkan1.2";

    private SpirvVal() {}

    /** Validates {@code bytes} (what to call it in messages: {@code what}) for {@link #TARGET_ENV}. */
    public static void check(String what, byte[] bytes) {
        String exe = find();
        try {
            Path file = Files.createTempFile("tcc-" + what.replaceAll("[^A-Za-z0-9_]", "_") + "-", ".spv");
            try {
                Files.write(file, bytes);
                Process p = new ProcessBuilder(exe, "--target-env", TARGET_ENV, file.toString()).redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail("spirv-val did not finish within 60 s on " + what);
                }
                if (p.exitValue() != 0) fail("spirv-val --target-env " + TARGET_ENV + " rejects " + what + ":\n" + output);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            fail("could not run spirv-val on " + what + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while validating " + what);
        }
    }

    private static String find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "spirv-val");
            if (Files.isExecutable(p)) return p.toString();
        }
        return fail("spirv-val was not found on PATH; SPIR-V tests need it. Install it with scripts/install-deps.sh "
                + "(Debian package spirv-tools).");
    }
}
