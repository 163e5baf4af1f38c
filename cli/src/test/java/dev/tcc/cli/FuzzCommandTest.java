package dev.tcc.cli;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The fuzz command for a short fixed budget per surface: no crash, hang or out-of-memory. */
class FuzzCommandTest {
    @ParameterizedTest
    @ValueSource(strings = {"importer", "ir-parser", "artefact"})
    @Timeout(120)
    void aShortRunFindsNothing(String surface) {
        Cli r = Cli.run("fuzz", "--surface", surface, "--count", "400", "--seconds", "20", "--seed", "14", "--corpus", "../examples",
                "--corpus", SharedData.nodeCase("test_add").toString(), "--corpus", SharedData.nodeCase("test_gather_0").toString());
        assertThat(r.status()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("0 crashes, 0 hangs, 0 out of memory");
    }
}
