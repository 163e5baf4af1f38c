package dev.tcc.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tcc demo} runs the bundled example end to end and checks it against ONNX Runtime's output. */
class DemoCommandTest {
    @Test
    void demoRunsTheBundledExampleOnTheReferenceTarget() {
        Cli r = Cli.run("demo", "--target", "reference");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("target  : reference").contains("output  : linear_2 f32[8,10]")
                .contains("check   : OK against ONNX Runtime's output");
    }

    @Test
    void demoWithAnUnknownTargetSaysWhichExist() {
        Cli r = Cli.run("demo", "--target", "tpu");
        assertThat(r.status()).isEqualTo(Tcc.EXIT_ERROR);
        assertThat(r.errLine()).contains("unknown target 'tpu'").contains("reference");
    }
}
