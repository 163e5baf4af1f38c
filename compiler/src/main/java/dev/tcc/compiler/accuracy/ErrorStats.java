package dev.tcc.compiler.accuracy;

import dev.tcc.ir.Tensor;

/**
 * Accumulates the difference between one reference output and the changed graph's output over several input
 * sets: the largest and the mean absolute difference over every element, the smallest cosine similarity of one
 * set, and, for class scores, how many rows have the same arg-max.
 */
final class ErrorStats {
    private final boolean classScores;
    private double maxAbs;
    private double sumAbs;
    private long elements;
    private double minCosine = 1;
    private long rows;
    private long sameTop1;
    private int sets;

    /** @param classScores whether the output looks like class scores: a float tensor whose last dimension is at least 2 */
    ErrorStats(boolean classScores) { this.classScores = classScores; }

    /** Output {@code ref} looks like class scores: floats with a last dimension of 2 or more. */
    static boolean looksLikeClassScores(Tensor ref) {
        return ref.dtype().isFloat() && ref.shape().rank() >= 1 && ref.shape().dim(ref.shape().rank() - 1) >= 2;
    }

    /** Adds one input set's outputs. */
    void add(Tensor ref, Tensor got) {
        if (!ref.shape().equals(got.shape())) {
            throw new IllegalArgumentException("output shapes differ: " + ref.shape() + " and " + got.shape());
        }
        double[] a = ref.toDoubles(), b = got.toDoubles();
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(a[i] - b[i]);
            maxAbs = Math.max(maxAbs, Double.isNaN(d) ? Double.POSITIVE_INFINITY : d);
            sumAbs += d;
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        elements += a.length;
        minCosine = Math.min(minCosine, cosine(dot, na, nb));
        if (classScores) countTop1(a, b, (int) ref.shape().dim(ref.shape().rank() - 1));
        sets++;
    }

    /** Cosine similarity; two zero vectors are identical (1), one zero vector against another is 0. */
    private static double cosine(double dot, double na, double nb) {
        if (na == 0 && nb == 0) return 1;
        if (na == 0 || nb == 0) return 0;
        return Math.min(1, dot / Math.sqrt(na * nb));
    }

    private void countTop1(double[] a, double[] b, int classes) {
        for (int r = 0; r + classes <= a.length; r += classes) {
            rows++;
            if (argMax(a, r, classes) == argMax(b, r, classes)) sameTop1++;
        }
    }

    private static int argMax(double[] x, int from, int n) {
        int best = 0;
        for (int i = 1; i < n; i++) if (x[from + i] > x[from + best]) best = i;
        return best;
    }

    /** The figures for output {@code output} on input sets of kind {@code inputs}. */
    AccuracyReport.OutputError result(String output, String inputs) {
        Double top1 = classScores && rows > 0 ? (double) sameTop1 / rows : null;
        return new AccuracyReport.OutputError(output, inputs, sets, maxAbs, elements == 0 ? 0 : sumAbs / elements, minCosine, top1);
    }
}
