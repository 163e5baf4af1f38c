package dev.tcc.codegen.wgsl;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WGSL of every corpus kernel ({@link WgslCorpus}), compared as text with
 * {@code src/test/resources/golden/NAME.wgsl}; a kernel the renderer refuses has its message in
 * {@code NAME.refused.txt} instead. After an intended change, regenerate with
 * {@code mvn -pl codegen-wgsl -am test -Dtcc.golden.update=true} and review the diff. Every {@code .wgsl}
 * file here compiles in Dawn without errors or warnings (checked outside the build for now).
 */
class GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static List<WgslCorpus.Rendered> rendered() { return WgslCorpus.rendered(); }

    private static boolean update() { return Boolean.getBoolean("tcc.golden.update") || Boolean.getBoolean("tcc.updateGolden"); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rendered")
    void matchesGoldenFile(WgslCorpus.Rendered r) throws IOException {
        boolean refused = r.wgsl() == null;
        Path file = GOLDEN.resolve(r.name() + (refused ? ".refused.txt" : ".wgsl"));
        Path other = GOLDEN.resolve(r.name() + (refused ? ".wgsl" : ".refused.txt"));
        String text = refused ? r.refusal() + "\n" : r.wgsl();
        if (update()) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, text);
            Files.deleteIfExists(other);
        }
        assertThat(other).as("%s is %s now", r.name(), refused ? "refused" : "rendered").doesNotExist();
        assertThat(file).as("golden file %s (create it with -Dtcc.golden.update=true)", file).exists();
        assertThat(text).as("rendered %s vs %s", r.name(), file).isEqualTo(Files.readString(file));
    }
}
