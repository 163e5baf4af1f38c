package dev.tcc.codegen.spirv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares emitted text with a golden file under {@code src/test/resources/golden}. After an intended change,
 * regenerate with {@code mvn -B -ntp -pl codegen-spirv -am verify -Dtcc.golden.update=true} and review the diff.
 */
public final class Golden {
    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {}

    public static void check(String fileName, String actual) {
        Path file = DIR.resolve(fileName);
        try {
            if (Boolean.getBoolean("tcc.golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual);
            }
            assertThat(file).as("golden file %s (create it with -Dtcc.golden.update=true)", file).exists();
            assertThat(actual).as("output vs golden file %s (regenerate with -Dtcc.golden.update=true)", file)
                    .isEqualTo(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
