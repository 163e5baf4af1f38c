package dev.tcc.passes.prune;

import java.util.Locale;

/**
 * What to prune, as written on the command line:
 * <ul>
 *   <li>{@code magnitude:R} — unstructured: in every matmul and conv weight, the fraction R (0 to 1) of
 *       elements with the smallest magnitude become zero;</li>
 *   <li>{@code N:M} (e.g. {@code 2:4}) — structured sparsity: in every group of M consecutive weights along
 *       the reduction axis, the N largest magnitudes stay and the rest become zero;</li>
 *   <li>{@code channels:R} — channel pruning: the fraction R of the output channels / hidden units of every
 *       channel group that can be followed to its consumers is removed, shrinking the tensors and kernels; a
 *       residual stream is one group (its width shrinks through the whole model);</li>
 *   <li>{@code channels:R:inner} — the same, but residual streams and every graph output keep their width: only
 *       channels inside the blocks (hidden units, attention head dims, conv chains) go.</li>
 * </ul>
 * Only channel pruning makes dense kernels faster; the other two zero weights in tensors that keep their size.
 */
public record PruneSpec(Kind kind, double ratio, int n, int m) {
    /** The kind of pruning. */
    public enum Kind { MAGNITUDE, N_OF_M, CHANNELS, INNER_CHANNELS }

    /** The forms {@link #parse} accepts, for help texts and errors. */
    public static final String FORMS = "magnitude:R, N:M (e.g. 2:4), channels:R or channels:R:inner, with R a fraction in (0, 1)";

    /** Parses {@code magnitude:R}, {@code N:M}, {@code channels:R} or {@code channels:R:inner}. */
    public static PruneSpec parse(String spec) {
        String[] p = spec.trim().toLowerCase(Locale.ROOT).split(":", -1);
        if (p.length == 3 && p[0].equals("channels") && p[2].equals("inner")) {
            try {
                return new PruneSpec(Kind.INNER_CHANNELS, fraction(p[1], spec), 0, 0);
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        if (p.length == 2) {
            try {
                return switch (p[0]) {
                    case "magnitude" -> new PruneSpec(Kind.MAGNITUDE, fraction(p[1], spec), 0, 0);
                    case "channels" -> new PruneSpec(Kind.CHANNELS, fraction(p[1], spec), 0, 0);
                    default -> nOfM(Integer.parseInt(p[0]), Integer.parseInt(p[1]), spec);
                };
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new IllegalArgumentException("bad prune spec '" + spec + "': use " + FORMS);
    }

    private static double fraction(String s, String spec) {
        double r = Double.parseDouble(s);
        if (!(r > 0 && r < 1)) throw new IllegalArgumentException("bad prune spec '" + spec + "': the fraction must be in (0, 1)");
        return r;
    }

    private static PruneSpec nOfM(int n, int m, String spec) {
        if (n < 1 || m <= n) throw new IllegalArgumentException("bad prune spec '" + spec + "': N:M needs 1 <= N < M");
        return new PruneSpec(Kind.N_OF_M, 1 - (double) n / m, n, m);
    }

    @Override public String toString() {
        return switch (kind) {
            case MAGNITUDE -> "magnitude:" + ratio;
            case N_OF_M -> n + ":" + m;
            case CHANNELS -> "channels:" + ratio;
            case INNER_CHANNELS -> "channels:" + ratio + ":inner";
        };
    }
}
