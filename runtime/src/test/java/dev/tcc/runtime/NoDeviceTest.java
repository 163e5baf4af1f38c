package dev.tcc.runtime;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without a driver, discovery explains what to install. LWJGL loads the OpenCL library once per JVM,
 * so these cases run {@link PrintDevices} in a child JVM with the loader pointed elsewhere.
 */
class NoDeviceTest {

    /** Prints {@code Devices.discover().describe()}; the child-JVM entry point. */
    public static final class PrintDevices {
        public static void main(String[] args) { System.out.print(Devices.discover().describe()); }
    }

    private static String discoverInChild(Map<String, String> env, String... jvmArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-Dorg.lwjgl.system.memoryBackend=ffm",
                "-Dorg.lwjgl.vulkan.libname=/nonexistent/libvulkan.so.1",   // no Vulkan either: these cases have no device at all
                "-Dtcc.dawn.lib=/nonexistent/libwebgpu_wrapper.so"));         // nor WebGPU
        cmd.addAll(List.of(jvmArgs));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), PrintDevices.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void missingLoaderLibrarySaysWhatToInstall() throws Exception {
        String out = discoverInChild(Map.of(), "-Dorg.lwjgl.opencl.libname=/nonexistent/libOpenCL.so");
        assertThat(out).contains("no devices found", "libOpenCL.so could not be loaded",
                "apt-get install pocl-opencl-icd ocl-icd-opencl-dev");
    }

    @Test
    void noInstalledPlatformSaysWhatToInstall() throws Exception {
        Path empty = Files.createTempDirectory("no-icds");
        String out = discoverInChild(Map.of("OCL_ICD_VENDORS", empty.toString()));
        assertThat(out).contains("no devices found", "no platform", "apt-get install pocl-opencl-icd ocl-icd-opencl-dev");
    }

    @Test
    void unmatchedQueryListsWhatWasFound() {
        assertThatThrownBy(() -> Devices.open("no-such-device-anywhere"))
                .isInstanceOf(NoDeviceException.class).hasMessageContaining("no device matches 'no-such-device-anywhere'");
    }
}
