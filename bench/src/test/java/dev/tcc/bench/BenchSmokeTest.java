package dev.tcc.bench;

import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The suite in CI: one small GEMM through JMH exactly as {@code scripts/bench.sh} runs it (a forked JVM, the
 * setup's check of tcc against CLBlast failing the run on a mismatch), read back as the report reads it.
 */
class BenchSmokeTest {

    @Test
    void aSmallGemmRunsCheckedAgainstClBlastAndReports(@TempDir Path dir) throws RunnerException, IOException {
        List<Results.Comparison> rows = Results.read(runBriefly(GemmBench.class, "mkn", "64x96x80", dir));
        assertThat(rows).hasSize(1);
        Results.Comparison c = rows.getFirst();
        assertThat(c.peer()).isEqualTo("clblast");
        assertThat(c.tccMs()).isPositive();
        assertThat(c.peerMs()).isPositive();
        assertThat(c.work().flops()).isEqualTo(2.0 * 64 * 96 * 80);
        assertThat(Report.markdown(rows, "")).contains("| gemm 64x96x80 | clblast |");
    }

    @Test
    void int8WeightsRunCheckedAgainstF32AndReport(@TempDir Path dir) throws RunnerException, IOException {
        List<Results.Comparison> rows = Results.read(runBriefly(QuantBench.class, "schemeMkn", "int8-1x256x192", dir));
        assertThat(rows).singleElement().satisfies(c -> {
            assertThat(c.peer()).isEqualTo("f32");
            assertThat(c.work().flops()).isEqualTo(2.0 * 256 * 192);
        });
    }

    /**
     * Runs {@code suite}'s two benchmarks (tcc and its peer) with {@code param} set, one short iteration in a forked JVM,
     * failing on any error (a failed check in the setup too); returns the JSON result file.
     */
    private static Path runBriefly(Class<?> suite, String param, String value, Path dir) throws RunnerException {
        Path json = dir.resolve("results.json");
        Options o = new OptionsBuilder().include(suite.getName() + "\\.").param(param, value)
                .warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200)).forks(1)
                .shouldFailOnError(true).resultFormat(ResultFormatType.JSON).result(json.toString()).build();
        Collection<RunResult> runs = new Runner(o).run();
        assertThat(runs).hasSize(2);
        return json;
    }

    @Test
    void theCheckRejectsAResultBeyondTheTolerance() {
        Tensor peer = Tensor.ofDoubles(DType.F32, Shape.of(3), new double[] {1, -2, 1000});
        Tensor close = Tensor.ofDoubles(DType.F32, Shape.of(3), new double[] {1.0005, -2, 1000.5});
        Tensor off = Tensor.ofDoubles(DType.F32, Shape.of(3), new double[] {1, -2, 1002});
        Check.agree("close", List.of(close), List.of(peer), Check.RTOL, Check.ATOL);
        assertThatThrownBy(() -> Check.agree("off", List.of(off), List.of(peer), Check.RTOL, Check.ATOL)).hasMessageContaining("off: output 0");
    }
}
