package dev.tcc.codegen.opencl;

import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.SampleKernels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenCL C of representative kernels, compared as text with {@code src/test/resources/golden/*.cl}.
 * After an intended change, regenerate with {@code mvn -pl codegen-opencl -am test -Dtcc.updateGolden=true}
 * and review the diff.
 */
class GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Arguments> kernels() {
        return Stream.of(
                SampleKernels.broadcastMulAddRelu(3, 5, 64),
                SampleKernels.rowSum(4, 1000, 128),
                SampleKernels.tiledMatmul(64, 48, 40, 16),
                SampleKernels.halfAxpy(1000, 64),
                SampleKernels.integerOps(100, 64),
                SampleKernels.mixedTypes(100, 32)).map(k -> Arguments.of(k.name(), k));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void matchesGoldenFile(String name, Kernel kernel) throws IOException {
        String source = new OpenClRenderer().render(kernel);
        Path file = GOLDEN.resolve(kernel.name() + ".cl");
        if (Boolean.getBoolean("tcc.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, source);
        }
        assertThat(file).as("golden file %s (create it with -Dtcc.updateGolden=true)", file).exists();
        assertThat(source).as("rendered %s vs %s", kernel.name(), file).isEqualTo(Files.readString(file));
    }
}
