package dev.tcc.runtime.webgpu;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a Vulkan driver Dawn accepts, opening a device fails with one line saying what to install (and never
 * falls back to Dawn's Null back-end). Runs in a child JVM whose Vulkan loader is pointed at no driver.
 */
class DawnMissingDriverTest {
    /** The child JVM: prints the exception {@link WebGpuDevice#open} throws. */
    public static void main(String[] args) {
        try (WebGpuDevice d = WebGpuDevice.open()) {
            System.out.println("OPENED " + d.describe());
        } catch (RuntimeException e) {
            System.out.println("THROWN " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Test
    void noDriverNamesWhatToInstall() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), DawnMissingDriverTest.class.getName());
        pb.environment().put("VK_ICD_FILENAMES", "/nonexistent/no_driver.json");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).contains("THROWN DawnMissingException: Dawn found no Vulkan adapter")
                .contains("mesa-vulkan-drivers")
                .doesNotContain("OPENED");
    }
}
