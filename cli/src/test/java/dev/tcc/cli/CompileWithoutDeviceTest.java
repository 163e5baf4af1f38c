package dev.tcc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiling needs no device: {@code tcc compile} in a JVM whose OpenCL library cannot be found (as on a build server
 * without a driver) writes an artefact for the target's portable profile, and that artefact then runs on this
 * machine's OpenCL device (PoCL in CI) with the expected output.
 */
class CompileWithoutDeviceTest {
    @TempDir Path tmp;

    private static final Path MLP = Path.of("../examples/mlp");

    /** Runs tcc in a fresh JVM with OpenCL and Vulkan pointed at libraries that do not exist. */
    private static Process tccWithoutDevices(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dorg.lwjgl.system.memoryBackend=ffm",
                "-Dorg.lwjgl.opencl.libname=/nonexistent/libOpenCL.so",
                "-Dorg.lwjgl.vulkan.libname=/nonexistent/libvulkan.so.1", "-Dtcc.dawn.lib=/nonexistent/libwebgpu_wrapper.so", "-cp", System.getProperty("java.class.path"), "dev.tcc.cli.Tcc"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int finish(Process p) throws InterruptedException {
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("tcc finished").isTrue();
        return p.exitValue();
    }

    @Test
    void compilesWithNoDriverAndTheArtefactRunsOnADevice() throws Exception {
        Path devicesLog = tmp.resolve("devices.log");
        assertThat(finish(tccWithoutDevices(devicesLog, "devices"))).as("no device is visible in that JVM").isEqualTo(Tcc.EXIT_ERROR);
        assertThat(Files.readString(devicesLog, StandardCharsets.UTF_8)).contains("no devices found");

        Path art = tmp.resolve("mlp");
        Path compileLog = tmp.resolve("compile.log");
        int status = finish(tccWithoutDevices(compileLog, "compile", MLP.resolve("model.onnx").toString(), "--target", "opencl", "-o", art.toString()));
        String out = Files.readString(compileLog, StandardCharsets.UTF_8);
        assertThat(status).as(out).isZero();
        assertThat(out).contains("3 kernels (from 5 ONNX nodes) for opencl portable");
        assertThat(Files.readString(art.resolve("manifest.json"))).contains("\"name\": \"opencl portable\"");

        Path outDir = tmp.resolve("out");
        Cli r = Cli.run("run", art.toString(), "--input", "x=" + MLP.resolve("test_data_set_0/input_0.pb"), "--output-dir", outDir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        TestModels.assertDeviceOutputMatches(outDir.resolve("linear_2.pb"), MLP.resolve("test_data_set_0/output_0.pb"));
    }

    @Test
    void anArtefactForAMoreCapableDeviceIsRefusedClearly() throws Exception {
        Path art = tmp.resolve("mlp");
        assertThat(Cli.run("compile", MLP.resolve("model.onnx").toString(), "-o", art.toString()).status()).isZero();
        Path manifest = art.resolve("manifest.json");
        var m = com.google.gson.JsonParser.parseString(Files.readString(manifest)).getAsJsonObject();
        m.getAsJsonObject("profile").addProperty("maxWorkgroupSize", 1048576);
        // the digest is a checksum, not a signature: recomputed, the edit reads as an artefact for a more capable device
        m.remove("digest");
        String canonical = new com.google.gson.GsonBuilder().disableHtmlEscaping().create().toJson(m);
        m.addProperty("digest", java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        Files.writeString(manifest, m.toString());
        Cli r = Cli.run("run", art.toString(), "--input", "x=" + MLP.resolve("test_data_set_0/input_0.pb"));
        assertThat(r.status()).isEqualTo(Tcc.EXIT_ERROR);
        assertThat(r.errLine()).contains("was compiled for 'opencl portable'").contains("lacks 1048576 work-items per workgroup")
                .contains("compile it again for this device");
    }
}
