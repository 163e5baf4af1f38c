package dev.tcc.cli.conformance;

import dev.tcc.cli.SharedData;
import dev.tcc.cli.targets.DeviceTarget;
import dev.tcc.runtime.vulkan.VulkanBackend;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Vulkan target on this machine's device (lavapipe in CI): the 12 real models and the fixed slice of ONNX
 * node cases ({@link OpenClConformanceTest}'s), each compiled to SPIR-V, run on the device and compared with the
 * expected outputs. A missing device fails these tests; it never skips them.
 */
@Tag("conformance")
class VulkanConformanceTest {
    private static ConformanceRunner.Summary run(List<Path> dirs) {
        var o = new ConformanceRunner.Options(new DeviceTarget(new VulkanBackend(), null), ConformanceSliceTest.verifyingDefaults(), null, null,
                Duration.ofSeconds(300), ConformanceSliceTest.jobs());
        return ConformanceRunner.run(dirs, o, r -> System.out.println(r.line()));
    }

    @Test
    void allTwelveModelsPassOnVulkan() {
        ConformanceRunner.Summary s = run(OpenClConformanceTest.MODELS.stream().map(m -> SharedData.models().resolve(m)).toList());
        List<String> notPassed = s.results().stream().filter(r -> r.status() != CaseResult.Status.PASS).map(CaseResult::line).toList();
        assertThat(notPassed).as("models not passing on Vulkan").isEmpty();
        assertThat(s.results()).hasSize(12);
    }

    @Test
    void theConformanceSlicePassesOnVulkan() throws IOException {
        List<Path> dirs = Stream.of(ConformanceSliceTest.slice().toArray(String[]::new)).map(SharedData::nodeCase).toList();
        ConformanceRunner.Summary s = run(dirs);
        System.out.println("Vulkan conformance slice: " + s.line());
        List<String> notPassed = s.results().stream().filter(r -> r.status() == CaseResult.Status.FAIL).map(CaseResult::line).toList();
        assertThat(notPassed).as("slice cases failing on Vulkan").isEmpty();
    }
}
