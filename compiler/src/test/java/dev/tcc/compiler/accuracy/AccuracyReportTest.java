package dev.tcc.compiler.accuracy;

import com.google.gson.JsonObject;
import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The accuracy report of {@code y = x · W} against itself and against a copy with a perturbed {@code W}. */
class AccuracyReportTest {
    private static final double[] W = {1, 2, 0, -1, 0.5, 3, 2, -2, 1, 0, 1, -0.5};
    private static final double[] X = {1, 0, 2, -1, 0.5, 1, -1, 2};

    /** {@code y = x[2,4] · w[4,3]}. */
    private static Graph matmul(double[] w) {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", new TensorType(DType.F32, Shape.of(2, 4)));
        Value c = b.constant("w", Tensor.ofDoubles(DType.F32, Shape.of(4, 3), w.clone()), "w");
        Value y = b.add1("mm", new Linalg.MatMul(), x, c);
        return b.build("mm", List.of(y), List.of("y"), true);
    }

    private static double[] product(double[] x, double[] w) {
        double[] y = new double[6];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 4; k++) y[i * 3 + j] += x[i * 4 + k] * w[k * 3 + j];
        return y;
    }

    private static Map<String, Tensor> sample() { return Map.of("x", Tensor.ofDoubles(DType.F32, Shape.of(2, 4), X.clone())); }

    @Test
    void aGraphAgainstItselfHasNoError() {
        AccuracyReport r = AccuracyReport.compare(matmul(W), matmul(W), sample(), 2, 7);
        assertThat(r.errors()).extracting(AccuracyReport.OutputError::inputs).containsExactly("sample", "random");
        assertThat(r.errors().get(1).sets()).isEqualTo(2);
        for (AccuracyReport.OutputError e : r.errors()) {
            assertThat(e.maxAbs()).isZero();
            assertThat(e.meanAbs()).isZero();
            assertThat(e.cosine()).isEqualTo(1.0);
            assertThat(e.top1Agreement()).isEqualTo(1.0);
        }
        assertThat(r.before()).isEqualTo(new AccuracyReport.Footprint(12 * 4, 2 * 2 * 3 * 4));
        assertThat(r.after()).isEqualTo(r.before());
    }

    @Test
    void aPerturbedCopyGivesTheDifferencesComputedByHand() {
        double[] w2 = W.clone();
        w2[1] += 0.25;  // column 1 of row 0
        w2[11] += 3;     // column 2 of row 3: flips the second row's top-1 class
        AccuracyReport r = AccuracyReport.compare(matmul(W), matmul(w2), sample(), 0, 7);
        double[] a = product(X, W), b = product(X, w2);
        double max = 0, sum = 0, dot = 0, na = 0, nb = 0;
        for (int i = 0; i < 6; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
            sum += Math.abs(a[i] - b[i]);
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        assertThat(r.errors()).hasSize(1);
        AccuracyReport.OutputError e = r.errors().get(0);
        assertThat(e.maxAbs()).isCloseTo(max, within(1e-6));
        assertThat(e.meanAbs()).isCloseTo(sum / 6, within(1e-6));
        assertThat(e.cosine()).isCloseTo(dot / Math.sqrt(na * nb), within(1e-6));
        assertThat(e.top1Agreement()).isEqualTo(argMaxAgreement(a, b)).isEqualTo(0.5);
        JsonObject j = r.toJson();
        assertThat(j.getAsJsonArray("outputs").get(0).getAsJsonObject().get("cosine").getAsDouble()).isEqualTo(e.cosine());
        assertThat(j.getAsJsonObject("after").get("weight_bytes").getAsLong()).isEqualTo(48);
        assertThat(r.table()).contains("y").contains("sample");
    }

    private static double argMaxAgreement(double[] a, double[] b) {
        int same = 0;
        for (int row = 0; row < 2; row++) if (argMax(a, row * 3) == argMax(b, row * 3)) same++;
        return same / 2.0;
    }

    private static int argMax(double[] v, int from) {
        int best = 0;
        for (int i = 1; i < 3; i++) if (v[from + i] > v[from + best]) best = i;
        return best;
    }
}
