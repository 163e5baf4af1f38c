package dev.tcc.compiler;

import dev.tcc.codegen.opencl.OpenClCodegen;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;
import dev.tcc.passes.KernelText;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.lower.SampleGraphs;
import dev.tcc.passes.lower.Tuning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template's kernels as reviewed text: each sample graph (one per template and variant, fixed seed) lowered
 * through the default lowering stages and kernel passes, as kernel IR ({@code .kir}) and as OpenCL C ({@code .cl}),
 * compared with {@code src/test/resources/golden/templates/}. A refactor that changes no behaviour changes no golden
 * file. After an intended change, regenerate with {@code mvn -pl compiler -am test -Dtest=TemplateGoldenTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtcc.updateGolden=true} and review the diff.
 */
class TemplateGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/templates");
    private static final OpenClCodegen OPENCL = new OpenClCodegen();

    static Stream<SampleGraphs.Case> cases() { return SampleGraphs.all(7).stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void kernelsMatchTheirGoldenFiles(SampleGraphs.Case c) throws IOException {
        KernelProgram p = PassRunner.defaults().lower(c.graph(), Profile.GENERIC, Tuning.DEFAULT).program();
        String kir = KernelText.print(p);
        StringBuilder cl = new StringBuilder();
        for (KernelProgram.Launch l : p.launches()) {
            cl.append(new String(OPENCL.render(l.kernel(), Profile.GENERIC), StandardCharsets.UTF_8)).append('\n');
        }
        check(GOLDEN.resolve(c.name() + ".kir"), kir);
        check(GOLDEN.resolve(c.name() + ".cl"), cl.toString());
    }

    private static void check(Path file, String text) throws IOException {
        if (Boolean.getBoolean("tcc.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        assertThat(file).as("golden file %s (create it with -Dtcc.updateGolden=true)", file).exists();
        assertThat(text).as("%s", file).isEqualTo(Files.readString(file));
    }
}
