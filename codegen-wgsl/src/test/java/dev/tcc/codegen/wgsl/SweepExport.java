package dev.tcc.codegen.wgsl;

import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.passes.lower.SampleGraphs;
import dev.tcc.passes.lower.Tuning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the lowered kernels of many seeds and tuning points (far more shapes than the golden files)
 * into {@code -Dtcc.wgsl.sweep=DIR}, one {@code .wgsl} per kernel, for a WGSL compiler to check outside
 * the build; refusals go to {@code refused.txt}.
 */
@EnabledIfSystemProperty(named = "tcc.wgsl.sweep", matches = ".+")
class SweepExport {
    @Test
    void export() throws IOException {
        Path dir = Path.of(System.getProperty("tcc.wgsl.sweep"));
        Files.createDirectories(dir);
        StringBuilder refused = new StringBuilder();
        WgslRenderer renderer = new WgslRenderer(WgslOptions.LAVAPIPE);
        for (long seed = 1; seed <= 4; seed++) {
            for (SampleGraphs.Case c : SampleGraphs.all(seed)) {
                for (int t = 0; t < 9; t++) {
                    Tuning tuning = new Tuning(Tuning.Pointwise.space().get(t % 3), Tuning.MatMul.space().get(t),
                            Tuning.Conv.space().get(t % 7), Tuning.Rows.space().get(t), Tuning.Rnn.space().get(t % 3),
                            Tuning.Attention.space().get(t % 3));
                    KernelProgram p = Lowering.lower(c.graph(), WgslCorpus.WEBGPU, tuning);
                    for (int i = 0; i < p.launches().size(); i++) {
                        Kernel k = p.launches().get(i).kernel();
                        String name = "s" + seed + "_t" + t + "_" + c.name() + "_" + i + "_" + k.name();
                        try {
                            Files.writeString(dir.resolve(name + ".wgsl"), renderer.source(k));
                        } catch (WgslException e) {
                            refused.append(name).append(": ").append(e.getMessage()).append('\n');
                        }
                    }
                }
            }
        }
        Files.writeString(dir.resolve("refused.txt"), refused);
    }
}
