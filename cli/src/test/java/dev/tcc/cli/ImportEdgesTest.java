package dev.tcc.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module edges of {@link ArchitectureTest} checked a second way, on the sources: a plain scan of the import
 * lines and of type tests, so that a rule holds even for code ArchUnit's class-file view might miss (constants,
 * annotations, pattern switches).
 */
class ImportEdgesTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    private static List<String> offending(String module, Pattern forbidden) {
        List<String> bad = new ArrayList<>();
        Path src = ROOT.resolve(module).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (forbidden.matcher(lines.get(i)).find()) bad.add(ROOT.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bad;
    }

    @Test
    void runtimeImportsNothingFromPassesFrontendOrCompiler() {
        assertThat(offending("runtime", Pattern.compile("^import( static)? dev\\.tcc\\.(passes|frontend|compiler)\\."))).isEmpty();
    }

    @Test
    void noCodegenModuleImportsPasses() {
        for (String m : List.of("codegen-common", "codegen-opencl")) {
            assertThat(offending(m, Pattern.compile("^import( static)? dev\\.tcc\\.(passes|frontend|runtime|compiler)\\."))).as(m).isEmpty();
        }
    }

    @Test
    void cliHasNoTypeTestOnAConcreteTarget() {
        assertThat(offending("cli", Pattern.compile("(instanceof|case)\\s+(DeviceTarget|ReferenceTarget|OpenCl\\w*Target)\\b"))).isEmpty();
    }
}
