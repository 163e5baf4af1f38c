package dev.tcc.frontend.onnx;

import dev.tcc.ir.Tensor;

/**
 * Compares outputs the way ONNX's backend test runner does: shape and element type exact, strings equal,
 * numbers within {@code |actual - expected| <= atol + rtol * |expected|}, NaN equal to NaN.
 */
public final class Compare {
    private Compare() {}

    /** The outcome: null reason means equal; max errors are over all elements. */
    public record Result(String reason, double maxAbsError, double maxRelError) {
        public boolean ok() { return reason == null; }
    }

    public static Result compare(Tensor actual, Tensor expected, double rtol, double atol) {
        if (!actual.shape().equals(expected.shape())) return new Result("shape " + actual.shape() + " != expected " + expected.shape(), Double.NaN, Double.NaN);
        if (actual.dtype() != expected.dtype()) return new Result("type " + actual.dtype() + " != expected " + expected.dtype(), Double.NaN, Double.NaN);
        int n = actual.size();
        if (actual.dtype() == dev.tcc.ir.DType.STRING) {
            for (int i = 0; i < n; i++) {
                if (!actual.getString(i).equals(expected.getString(i))) return new Result("string at " + i + " differs", Double.NaN, Double.NaN);
            }
            return new Result(null, 0, 0);
        }
        double maxAbs = 0, maxRel = 0;
        int bad = -1, badCount = 0;
        for (int i = 0; i < n; i++) {
            double a = actual.getDouble(i), e = expected.getDouble(i);
            if (Double.isNaN(a) && Double.isNaN(e)) continue;
            if (a == e) continue; // also equal infinities
            double err = Math.abs(a - e);
            if (Double.isNaN(err)) err = Double.POSITIVE_INFINITY;
            maxAbs = Math.max(maxAbs, err);
            if (e != 0) maxRel = Math.max(maxRel, err / Math.abs(e));
            if (!(err <= atol + rtol * Math.abs(e))) {
                if (bad < 0) bad = i;
                badCount++;
            }
        }
        if (bad >= 0) {
            return new Result(badCount + "/" + n + " elements differ; first at " + bad + ": got " + actual.getDouble(bad) + ", expected "
                    + expected.getDouble(bad) + String.format(" (max abs err %.3g, max rel err %.3g)", maxAbs, maxRel), maxAbs, maxRel);
        }
        return new Result(null, maxAbs, maxRel);
    }
}
