package dev.tcc.api;

import dev.tcc.api.profile.DeviceClass;
import dev.tcc.api.profile.ModelProfile;
import dev.tcc.compiler.Compilation;
import dev.tcc.compiler.Compiler;
import dev.tcc.frontend.onnx.ImportOptions;
import dev.tcc.frontend.onnx.TestCase;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Node;
import dev.tcc.ir.Structured;
import dev.tcc.ir.TensorType;
import dev.tcc.runtime.Backends;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@link ModelProfile}'s FLOPs against an independent count on the twelve shared models, and its predictions. */
class ModelProfileTest {

    static Path model(String name) {
        String p = System.getProperty("tcc.shared");
        Path shared = p != null ? Path.of(p) : Path.of("../../shared");
        if (!Files.isDirectory(shared.resolve("models"))) shared = Path.of("../../shared");
        return shared.resolve("models").resolve(name);
    }

    static Compilation compile(Path dir) {
        TestCase c = TestCase.load(dir);
        var codegen = Backends.byName("opencl").codegen();
        Compiler.Options o = Compiler.Options.DEFAULT.withImports(ImportOptions.forInputs(c.inputs()));
        return Compiler.compile(dir.resolve("model.onnx"), codegen, codegen.portable(), o);
    }

    /**
     * The independent count, written from the shapes alone: 2·M·N·K per matrix product (batched),
     * 2 × the convolutions' multiply-adds (plus a bias add per output), 2·(d + d_v) per attention score, and one
     * operation per element of every elementwise op's output.
     */
    static long independent(Graph g) {
        long total = 0;
        for (Node n : g.nodes()) {
            TensorType out = n.outputs().isEmpty() ? null : n.outputs().getFirst().type();
            switch (n.op()) {
                case Linalg.MatMul m -> {
                    TensorType a = n.inputs().get(0).type();
                    long k = a.shape().dim(a.rank() - 1);
                    long mRows = out.rank() >= 2 ? out.shape().dim(out.rank() - 2) : 1, nCols = out.shape().dim(out.rank() - 1);
                    long batch = out.size() / Math.max(1, mRows * nCols);
                    total += 2 * batch * mRows * nCols * k;
                }
                case Linalg.Conv c -> {
                    TensorType w = n.inputs().get(1).type();
                    long macsPerOut = 1;
                    for (int i = 1; i < w.rank(); i++) macsPerOut *= w.shape().dim(i);
                    total += 2 * out.size() * macsPerOut + (n.inputs().size() > 2 ? out.size() : 0);
                }
                case Structured.Attention a -> {
                    TensorType q = n.inputs().get(0).type(), k = n.inputs().get(1).type(), v = n.inputs().get(2).type();
                    long scores = q.shape().dim(0) * q.shape().dim(1) * q.shape().dim(2) * k.shape().dim(2);
                    total += 2 * scores * (q.shape().dim(3) + v.shape().dim(3));
                }
                case Structured.Rnn r -> {
                    // ONNX's equations per step, batch row, direction and hidden unit: the gate products X·Wᵀ and
                    // H·Rᵀ (2 per multiply-add), then the bias adds and activations and the state update.
                    TensorType x = n.inputs().get(0).type();
                    long seq = x.shape().dim(0), batch = x.shape().dim(1), in = x.shape().dim(2), h = r.hiddenSize();
                    long gates = switch (r.kind()) { case RNN -> 1; case GRU -> 3; case LSTM -> 4; };
                    long pointwise = switch (r.kind()) {
                        case RNN -> 2 + 1;                 // two bias adds, tanh
                        case GRU -> 6 + 3 + 1 + 4;         // six bias adds, σ σ tanh, r⊙(·), (1−z)⊙h̃ + z⊙h
                        case LSTM -> 8 + 4 + 1 + 3;        // eight bias adds, σ σ σ tanh, tanh(c), f⊙c + i⊙g, o⊙·
                    };
                    total += seq * batch * r.directions() * h * (2 * gates * (in + h) + pointwise);
                }
                case Elementwise e -> total += out.size();
                default -> { }
            }
        }
        return total;
    }

    @ParameterizedTest
    @ValueSource(strings = {"mlp", "mlp_ts", "gru_classifier", "gru_classifier_ts", "mobilenet_v3_small", "mobilenet_v3_small_ts",
            "distilbert", "distilbert_ts", "llama_tiny", "llama_tiny_ts", "t5_encoder", "t5_encoder_ts"})
    void flopsAgreeWithAnIndependentCountWithinTwoPercent(String name) {
        Path dir = model(name);
        assertThat(dir).as("the shared models (../shared/models beside the checkout)").isDirectory();
        Compilation c = compile(dir);
        ModelProfile p = ModelProfile.of(c);
        long ours = p.flops(), theirs = independent(c.graph());
        System.out.printf("%-24s profile %,16d independent %,16d  ratio %.4f  kernels %d%n", name, ours, theirs, (double) ours / theirs, p.kernels().size());
        assertThat((double) ours).isCloseTo(theirs, within(0.02 * theirs));
        assertThat(p.kernels()).noneMatch(k -> k.name().equals("unassigned"));
        assertThat(p.parameters()).isPositive();
        assertThat(p.weightBytes()).isGreaterThanOrEqualTo(p.parameters());
    }

    @Test
    void predictionIsTheSumOfRooflineBoundsAndRespectsTheBudget() {
        ModelProfile p = ModelProfile.of(compile(Path.of("../examples/mlp").toAbsolutePath().normalize()));
        DeviceClass m1 = DeviceClass.named("apple-m");
        ModelProfile.Prediction pr = p.predict(m1, 0.150);
        double sum = 0;
        for (ModelProfile.KernelCost k : p.kernels()) sum += Math.max(k.flops() / m1.flopsPerSecond(), k.bytes() / m1.bytesPerSecond()) + m1.launchSeconds();
        assertThat(pr.seconds()).isGreaterThanOrEqualTo(sum - 1e-12);
        assertThat(pr.withinBudget()).isTrue();
        assertThat(p.predict(m1, 1e-9).withinBudget()).isFalse();
        assertThat(DeviceClass.table()).extracting(DeviceClass::name).containsExactly("phone", "laptop-igpu", "apple-m", "discrete-gpu");
        assertThat(DeviceClass.table()).allMatch(d -> !d.source().isBlank());
        assertThat(ModelProfile.parseBudget("150ms")).isEqualTo(0.150);
        assertThat(ModelProfile.parseBudget("0.2s")).isEqualTo(0.2);
    }
}
