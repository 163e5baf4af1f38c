package dev.tcc.compiler;

import dev.tcc.codegen.opencl.OpenClCodegen;
import dev.tcc.frontend.text.KernelParser;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.Pipeline;
import dev.tcc.passes.kernel.KernelChecks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real model of {@code ../shared/models} compiled for OpenCL's portable profile through the one compile
 * entry point: no kernel keeps a declared-but-unused local or a loop with a single trip, and the kernel IR that
 * {@code --dump-ir=after:simplify-kernels} prints parses back to the very kernels that were rendered.
 */
class ModelKernelsTest {
    private static Path model(String name) {
        Path shared = Path.of(System.getProperty("tcc.shared", "../../shared"));
        Path m = shared.resolve("models").resolve(name).resolve("model.onnx");
        assertThat(m).as("the shared models (../shared/models beside the checkout)").exists();
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"mlp", "mlp_ts", "gru_classifier", "gru_classifier_ts", "distilbert", "distilbert_ts", "t5_encoder",
            "t5_encoder_ts", "llama_tiny", "llama_tiny_ts", "mobilenet_v3_small", "mobilenet_v3_small_ts"})
    void kernelsAreSimplifiedAndTheirDumpParsesBack(String name) {
        List<String> dumps = new ArrayList<>();
        PassRunner runner = new PassRunner(Pipeline.defaults(), Pipeline.kernelDefaults(),
                new PassRunner.Options(true, List.of(PassRunner.DumpPoint.parse("after:simplify-kernels")), dumps::add));
        Compilation c = Compiler.compile(model(name), new OpenClCodegen(), Compiler.Options.DEFAULT.withRunner(runner));
        List<Kernel> kernels = c.program().launches().stream().map(KernelProgram.Launch::kernel).toList();
        for (Kernel k : kernels) assertThat(KernelChecks.leftovers(k)).as("%s kernel %s", name, k.name()).isEmpty();
        assertThat(dumps).hasSize(1);
        String text = dumps.getFirst();
        assertThat(text).startsWith("// IR after simplify-kernels\n");
        assertThat(KernelParser.parseAll(text)).as("the dumped kernel IR parses back").isEqualTo(kernels);
        assertThat(c.rendered().launches()).allSatisfy(l -> assertThat(l.code()).isInstanceOf(KernelProgram.Code.Rendered.class));
        assertThat(c.stats().stats()).extracting(PassRunner.PassStat::pass)
                .containsSubsequence("infer-shapes", "fold-constants", "eliminate-dead-code", "fuse", "lower", "simplify-kernels", "render");
        assertThat(Files.exists(model(name))).isTrue();
    }
}
