package dev.tcc.passes.lower;

import java.util.ArrayList;
import java.util.List;

/**
 * The tunable parameters of every kernel template, as typed records with defaults and the candidate values
 * an autotuner may try ({@code space()}). Lowering with {@link #DEFAULT} needs no measurement; templates
 * clamp every choice to what the target allows (workgroup size, workgroup memory).
 *
 * @param pointwise  elementwise chains and element formulas, a few contiguous elements per work-item; direct convolutions
 * @param matmul     tiled matmul
 * @param conv       convolution: direct formula or implicit GEMM
 * @param rows       reductions, softmax and layer normalisation
 * @param rnn        recurrent layers
 * @param attention  scaled dot-product attention
 */
public record Tuning(Pointwise pointwise, MatMul matmul, Conv conv, Rows rows, Rnn rnn, Attention attention) {

    public static final Tuning DEFAULT = new Tuning(Pointwise.DEFAULT, new MatMul(16, 16), Conv.DEFAULT, Rows.DEFAULT, new Rnn(256),
            new Attention(64, 4096));

    /** These parameters with {@code c} for convolutions. */
    public Tuning withConv(Conv c) { return new Tuning(pointwise, matmul, c, rows, rnn, attention); }

    /**
     * @param workgroup work-items per workgroup (default 256)
     * @param chunk     contiguous output elements each work-item computes in an inner loop, which CPU drivers
     *                  vectorise; 1 is one element per work-item (default 8)
     * @param run       direct convolutions: the longest run of adjacent outputs along the last axis (all spatial
     *                  axes for a 1 x 1 convolution) one work-item accumulates, reusing each weight it loads;
     *                  runs are the longest divisor of the axis up to this (default 64)
     */
    public record Pointwise(int workgroup, int chunk, int run) {
        public static final Pointwise DEFAULT = new Pointwise(256, 8, 64);

        public static List<Pointwise> space() {
            List<Pointwise> s = new ArrayList<>();
            for (int w : new int[] {64, 256}) {
                s.add(new Pointwise(w, 1, 1));
                s.add(new Pointwise(w, 4, 8));
                s.add(new Pointwise(w, 16, 64));
            }
            return s;
        }
    }

    /**
     * @param tile   edge of the square output tile and of the K slab staged in workgroup memory; the
     *               workgroup is {@code tile x tile} (default 16)
     * @param minDim matmuls with M, N or K below this compute each element as a dot product instead (default 16)
     */
    public record MatMul(int tile, int minDim) {
        public static List<MatMul> space() {
            List<MatMul> s = new ArrayList<>();
            for (int t : new int[] {8, 16, 32}) for (int m : new int[] {8, 16, 32}) s.add(new MatMul(t, m));
            return s;
        }
    }

    /** How a convolution is computed. */
    public enum ConvAlgorithm {
        /** Implicit GEMM when the reduction is at least {@code minK} long and the output has at least {@code minN} positions, else direct. */
        AUTO,
        /** One work-item per output element looping over its input channels and window ({@code pointwise} parameters). */
        DIRECT,
        /** A tiled matmul of the weights by the on-the-fly im2col of the input. */
        IMPLICIT_GEMM
    }

    /**
     * @param algorithm direct formula, implicit GEMM, or chosen by size (default {@code AUTO})
     * @param tile      edge of the implicit GEMM's square output tile and K slab (default 16)
     * @param minK      under {@code AUTO}, the shortest reduction (input channels per group x kernel size) lowered as a GEMM (default 64)
     * @param minN      under {@code AUTO}, the fewest output positions (per image) lowered as a GEMM (default 64)
     */
    public record Conv(ConvAlgorithm algorithm, int tile, int minK, int minN) {
        public static final Conv DEFAULT = new Conv(ConvAlgorithm.AUTO, 16, 64, 64);

        /** A convolution forced to {@code a}, other parameters default. */
        public static Conv forced(ConvAlgorithm a) { return new Conv(a, DEFAULT.tile(), DEFAULT.minK(), DEFAULT.minN()); }

        public static List<Conv> space() {
            List<Conv> s = new ArrayList<>();
            s.add(forced(ConvAlgorithm.DIRECT));
            for (int t : new int[] {8, 16, 32}) s.add(new Conv(ConvAlgorithm.IMPLICIT_GEMM, t, 64, 64));
            for (int k : new int[] {32, 64, 128}) s.add(new Conv(ConvAlgorithm.AUTO, 16, k, 64));
            return s;
        }
    }

    /**
     * @param workgroup       the most work-items sharing one row in group mode (a power of two; default 256)
     * @param groupThreshold  rows at least this long use a workgroup each, shorter ones a work-item each (default 128)
     * @param threadWorkgroup workgroup size in thread mode (default 64)
     * @param perItem         in group mode, the fewest row elements per work-item: the workgroup narrows to
     *                        about {@code length / perItem} (a power of two), so short rows pay for fewer
     *                        barrier rounds, and a row too short for two work-items runs in thread mode (default 16)
     */
    public record Rows(int workgroup, int groupThreshold, int threadWorkgroup, int perItem) {
        public static final Rows DEFAULT = new Rows(256, 128, 64, 16);

        public static List<Rows> space() {
            List<Rows> s = new ArrayList<>();
            for (int w : new int[] {64, 128, 256}) for (int g : new int[] {32, 128, 512}) s.add(new Rows(w, g, 64, w == 128 ? 1 : 16));
            return s;
        }
    }

    /** @param workgroup work-items of the single workgroup stepping through time (default 256) */
    public record Rnn(int workgroup) {
        public static List<Rnn> space() { return List.of(new Rnn(64), new Rnn(128), new Rnn(256)); }
    }

    /**
     * @param workgroup work-items per workgroup, one per query row (default 64)
     * @param maxKeys   the longest key sequence kept in a work-item's private array (default 4096)
     */
    public record Attention(int workgroup, int maxKeys) {
        public static List<Attention> space() { return List.of(new Attention(32, 4096), new Attention(64, 4096), new Attention(128, 4096)); }
    }
}
