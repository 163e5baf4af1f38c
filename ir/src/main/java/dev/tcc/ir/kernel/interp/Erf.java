package dev.tcc.ir.kernel.interp;

/**
 * The error function in double precision (relative error near 1e-15), which {@code java.lang.Math}
 * lacks. Small arguments use the series {@code erf(x) = 2/sqrt(pi) exp(-x^2) sum_n 2^n x^(2n+1) /
 * (1*3*...*(2n+1))}, whose terms are all positive (no cancellation); larger ones the continued fraction
 * of {@code erfc}.
 */
final class Erf {
    private Erf() {}

    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
    private static final double ONE_OVER_SQRT_PI = 0.5641895835477563;

    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        double r;
        if (a < 2.5) {
            r = series(a);
        } else if (a < 6.5) {
            r = 1 - erfcFraction(a);
        } else {
            r = 1;
        }
        return Math.copySign(r, x);
    }

    private static double series(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200 && term > sum * 1e-17; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
        }
        return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
    }

    /** erfc(x) for x >= 2.5 by the continued fraction x + (1/2)/(x + 1/(x + (3/2)/(x + ...))), evaluated backward. */
    private static double erfcFraction(double x) {
        double f = x;
        for (int k = 80; k >= 1; k--) f = x + (k / 2.0) / f;
        return ONE_OVER_SQRT_PI * Math.exp(-x * x) / f;
    }
}
