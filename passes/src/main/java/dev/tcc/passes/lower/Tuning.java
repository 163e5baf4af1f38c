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

    public static final Tuning DEFAULT = new Tuning(Pointwise.DEFAULT, MatMul.DEFAULT, Conv.DEFAULT, Rows.DEFAULT, new Rnn(256),
            new Attention(64, 4096));

    /** These parameters with {@code c} for convolutions. */
    public Tuning withConv(Conv c) { return new Tuning(pointwise, matmul, c, rows, rnn, attention); }

    /** These parameters with {@code m} for matrix products. */
    public Tuning withMatMul(MatMul m) { return new Tuning(pointwise, m, conv, rows, rnn, attention); }

    /**
     * {@link #DEFAULT} on an OpenCL device that reports itself a CPU (PoCL): batch-1 products with
     * {@link MatMul#SKINNY_WIDE}, 32 columns per work-item, which PoCL vectorises into whole 256-bit rows of int8 weights.
     * GEMV 1x4096·4096² there took 0.49-0.60 ms with int8 weights and 1.27-1.37 ms in f32, against 0.67-0.76 and
     * 1.27-1.39 ms with {@link MatMul#SKINNY} (four alternating pairs). It is not {@link #DEFAULT} because lavapipe and
     * Dawn compile its unrolled block for minutes.
     */
    public static final Tuning CPU_DEVICE = DEFAULT.withMatMul(new MatMul(MatMul.TILES, MatMul.SKINNY_WIDE, DEFAULT.matmul().skinnyM(),
            DEFAULT.matmul().minDim()));

    /** The least number of workgroups of a GEMM in the GPU defaults ({@link Tiles#minGroups}). */
    static final int GPU_GROUPS = 256;

    /**
     * The most workgroups across which the GPU defaults split the K of a GEMM ({@link Tiles#gk}). {@code TiledGemm.fit}
     * counts the splits toward {@link #GPU_GROUPS} before it shrinks the tiles, and keeps only as many as that takes: a
     * product with 256 tiles or more keeps none, one of a few dozen rows keeps tiles of 32 x 64 that reuse what they load.
     * On an H100 `tcc tune` chose 8 splits for every 77-row product of the CLIP text encoder on OpenCL and Vulkan
     * (77x3072·3072x768 on Vulkan in 0.045 ms against the unsplit default's 0.082).
     */
    static final int GPU_SPLITS = 8;

    /**
     * The defaults for targets whose devices are GPUs ({@code Codegen.gpuDefaults}): {@link #DEFAULT} with the split-K
     * GEMV tiling {@link MatMul#SPLIT_K_NARROW}, which a GPU needs to keep busy on batch-1 products (split-K was 60x faster
     * than {@link MatMul#SKINNY} on an NVIDIA H100, and faster on lavapipe too) but which a CPU OpenCL driver runs 26x slower;
     * one element per pointwise work-item (coalesced: the 16M add went from 0.41-0.45x to 0.91-0.99x of the copy
     * bandwidth on an H100); a workgroup per attention query row; and GEMM tiles whose K splits across up to
     * {@link #GPU_SPLITS} workgroups and that then shrink until a product has {@link #GPU_GROUPS} workgroups (the CLIP
     * text encoder went from 7.7 to 3.6 ms on the H100's OpenCL with the larger tiles of {@link #GPU_DEVICE} shrunk; with
     * the splits, its 77-row products ran on WebGPU in 0.052 and 0.039 ms against 0.091 and 0.054 unsplit).
     */
    public static final Tuning GPU_DEFAULT = gpu(MatMul.TILES.withMinGroups(GPU_GROUPS).withSplits(GPU_SPLITS));

    /**
     * {@link #GPU_DEFAULT} on a device that reports itself a GPU, where compile time is short: GEMMs and implicit-GEMM
     * convolutions in 128 x 128 x 16 tiles of 8 x 8 blocks spread over the tile in runs of 4 ({@link MatMul#SPREAD_4}),
     * K split and tiles shrunk for small products as in {@link #GPU_DEFAULT} (on an H200, untuned, 77x768·768x3072 in
     * 0.033 ms on Vulkan, 1.07x cuBLAS, and 77x3072·3072x768 in 0.045 ms, 0.89x). SGEMM 4096 on an H100 took 3.52 ms on Vulkan and 4.13 on OpenCL, against 3.80 and 6.09
     * with contiguous 8 x 8 blocks (whose scalar reads of the staged slabs NVIDIA's OpenCL compiler left unmerged: 256
     * shared loads, no vector load, in its PTX) and 7.10 and 11.6 ms with {@link MatMul#TILES}. Browsers, lavapipe and
     * SwiftShader compile such unrolled blocks for minutes, so portable code keeps {@link #GPU_DEFAULT}.
     */
    public static final Tuning GPU_DEVICE = gpu(MatMul.GPU_TILES.get(1).withMinGroups(GPU_GROUPS).withSplits(GPU_SPLITS));

    /**
     * The parameters lowering starts from wherever no tuning record or choice says otherwise; the one rule every
     * caller uses. {@link #GPU_DEVICE} on a device that reports itself a GPU; {@link #GPU_DEFAULT} for code that runs on
     * GPUs wherever it ships ({@code gpuCode}: WebGPU, Vulkan), portable or on a CPU driver such as lavapipe;
     * {@link #CPU_DEVICE} on a CPU device of the other targets (PoCL); else {@link #DEFAULT}.
     *
     * @param deviceType the device's type as its driver reports it ({@code "GPU"}, {@code "CPU"}), or null for portable code
     * @param gpuCode    whether the target's code runs on GPUs wherever it ships ({@code Codegen.gpuDefaults})
     */
    public static Tuning defaults(String deviceType, boolean gpuCode) {
        if ("GPU".equals(deviceType)) return GPU_DEVICE;
        if (gpuCode) return GPU_DEFAULT;
        return "CPU".equals(deviceType) ? CPU_DEVICE : DEFAULT;
    }

    /** Whether {@link #defaults} of the same arguments are GPU defaults ({@link #GPU_DEVICE} or {@link #GPU_DEFAULT}). */
    public static boolean gpuDefaults(String deviceType, boolean gpuCode) { return "GPU".equals(deviceType) || gpuCode; }

    private static Tuning gpu(Tiles gemm) {
        return new Tuning(new Pointwise(Pointwise.DEFAULT.workgroup(), 1, Pointwise.DEFAULT.run()), new MatMul(gemm, MatMul.SPLIT_K_NARROW, 4, 16),
                new Conv(ConvAlgorithm.AUTO, gemm, Conv.DEFAULT.minK(), Conv.DEFAULT.minN()), DEFAULT.rows(), DEFAULT.rnn(), new Attention(64, 4096, 64));
    }

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
                s.add(new Pointwise(w, 8, 64));
                s.add(new Pointwise(w, 16, 64));
            }
            return s;
        }
    }

    /**
     * The register-blocked tiling of a GEMM ({@code TiledGemm}): a workgroup computes a {@code bm x bn} tile of C,
     * each of its {@code (bm / tm) x (bn / tn)} work-items a contiguous {@code tm x tn} block held in private
     * accumulators, stepping along K by unrolled slabs of {@code bk}. All sizes are powers of two.
     *
     * @param bm     rows of C per workgroup
     * @param bn     columns of C per workgroup
     * @param bk     depth of the K slab per step (its loop is unrolled)
     * @param tm     rows of C per work-item
     * @param tn     columns of C per work-item (a work-item's B elements are contiguous: one vector load on a CPU)
     * @param pad    elements added to each staged (k-major) row of A, against bank conflicts
     * @param stageA stage the slab of A in workgroup memory; else every work-item reads its A elements directly
     * @param stageB stage the slab of B in workgroup memory; else every work-item reads its B elements directly
     * @param ks     work-items that share one block of C, each summing every {@code ks}-th slab of K, their partial
     *               sums added through workgroup memory at the end (split-K inside a workgroup, for the skinny
     *               products of batch-1 inference on a GPU, where one work-item per few columns leaves most of the
     *               device idle); 1 for none. With {@code ks > 1} operands are read directly (no staging)
     * @param minGroups the fewest workgroups a product should have: while it has fewer, the tile's larger side halves
     *               (with the work-item's block along it, down to 1), down to 16 x 16, so that a product of a few dozen
     *               rows still fills a GPU's cores; 0 for none. On an H100 the products of 77 tokens of the CLIP text
     *               encoder ran fastest at the 240 to 288 workgroups this gives at 256
     * @param gk     workgroups that share one tile of C, each summing its own range of K into a scratch buffer, which
     *               a second kernel adds up and finishes with the epilogue (split-K across workgroups: tiles large
     *               enough to reuse what they load, and still enough workgroups, for products of a few dozen rows);
     *               lowered to the fewest splits that give {@link #GPU_GROUPS} workgroups, so large products keep 1 (none). Not with
     *               {@code ks > 1}
     * @param run    how many adjacent rows and columns of its block a work-item owns in a row: its {@code tm x tn} block
     *               is spread over the tile in runs of {@code run}, one run of each work-item after another (run 1: rows
     *               {@code ty + i x bm/tm}, columns {@code tx + j x bn/tn}, so a warp reads consecutive words of a staged
     *               slab, free of bank conflicts, and stores whole lines of C); 0 for one contiguous block, which PoCL
     *               vectorises along a work-item's row
     */
    public record Tiles(int bm, int bn, int bk, int tm, int tn, int pad, boolean stageA, boolean stageB, int ks, int minGroups, int gk,
                        int run) {
        public Tiles {
            for (int v : new int[] {bm, bn, bk, tm, tn, ks, gk}) {
                if (v < 1 || Integer.bitCount(v) != 1) throw new IllegalArgumentException("tile sizes must be powers of two, got " + v);
            }
            if (run < 0 || run > 0 && Integer.bitCount(run) != 1) throw new IllegalArgumentException("run must be 0 or a power of two, got " + run);
            if (tm > bm || tn > bn) throw new IllegalArgumentException("a work-item's block " + tm + "x" + tn + " exceeds the tile " + bm + "x" + bn);
            if (pad < 0) throw new IllegalArgumentException("pad must not be negative, got " + pad);
            if (minGroups < 0) throw new IllegalArgumentException("minGroups must not be negative, got " + minGroups);
            if (gk > 1 && ks > 1) throw new IllegalArgumentException("split-K across workgroups (gk " + gk + ") and inside one (ks " + ks + ") do not combine");
        }

        /** A tiling without split-K ({@code ks} 1) or a least number of workgroups. */
        public Tiles(int bm, int bn, int bk, int tm, int tn, int pad, boolean stageA, boolean stageB) {
            this(bm, bn, bk, tm, tn, pad, stageA, stageB, 1, 0, 1);
        }

        /** A tiling without a least number of workgroups. */
        public Tiles(int bm, int bn, int bk, int tm, int tn, int pad, boolean stageA, boolean stageB, int ks) {
            this(bm, bn, bk, tm, tn, pad, stageA, stageB, ks, 0, 1);
        }

        /** A tiling without split-K across workgroups. */
        public Tiles(int bm, int bn, int bk, int tm, int tn, int pad, boolean stageA, boolean stageB, int ks, int minGroups) {
            this(bm, bn, bk, tm, tn, pad, stageA, stageB, ks, minGroups, 1);
        }

        /** A tiling whose work-items own contiguous blocks ({@code run} 0). */
        public Tiles(int bm, int bn, int bk, int tm, int tn, int pad, boolean stageA, boolean stageB, int ks, int minGroups, int gk) {
            this(bm, bn, bk, tm, tn, pad, stageA, stageB, ks, minGroups, gk, 0);
        }

        /** This tiling shrunk for products of fewer than {@code n} workgroups. */
        public Tiles withMinGroups(int n) { return new Tiles(bm, bn, bk, tm, tn, pad, stageA, stageB, ks, n, gk, run); }

        /** This tiling with K split across up to {@code n} workgroups ({@link #gk}; {@code TiledGemm.fit} lowers it to the fewest that fill the device). */
        public Tiles withSplits(int n) { return new Tiles(bm, bn, bk, tm, tn, pad, stageA, stageB, ks, minGroups, n, run); }

        /** This tiling with each work-item's block spread in runs of {@code r} ({@link #run}). */
        public Tiles withRun(int r) { return new Tiles(bm, bn, bk, tm, tn, pad, stageA, stageB, ks, minGroups, gk, r); }
    }

    /**
     * @param tiles   the tiling of products with more than {@code skinnyM} rows (default {@link #TILES}; {@link #POCL_FAST}
     *                for PoCL is a candidate of the space)
     * @param skinny  the tiling of products with at most {@code skinnyM} rows, e.g. batch-1 inference (GEMV): the rows
     *                of A staged, B read once, directly and along N (default 1 row, 1024 columns per workgroup, 16 per work-item)
     * @param skinnyM the most rows lowered with {@code skinny} (default 4)
     * @param minDim  matmuls with N or K below this, or with M below it and above {@code skinnyM}, compute each
     *                element as a dot product instead (default 16)
     */
    public record MatMul(Tiles tiles, Tiles skinny, int skinnyM, int minDim) {
        /**
         * The default tiling: small 2 x 4 blocks with both slabs staged, so that every target builds the kernel quickly
         * (lavapipe, SwiftShader and browsers compile unrolled 8 x 16 blocks for minutes). {@link #POCL_FAST}, the
         * fastest on PoCL, is in the {@link #space()} for {@code tcc tune} to choose.
         */
        public static final Tiles TILES = new Tiles(32, 64, 16, 2, 4, 1, true, true);
        /** 64 x 128 x 8 tiles, 8 x 16 per work-item, operands read directly: fastest on PoCL (one AVX-512 vector per row). */
        public static final Tiles POCL_FAST = new Tiles(64, 128, 8, 8, 16, 0, false, false);
        public static final Tiles SKINNY = new Tiles(1, 1024, 16, 1, 16, 0, true, false);
        /**
         * 32 columns per work-item, 32 int8 weights a 256-bit load: the fastest skinny tiling on PoCL for the GEMV
         * 1x4096·4096² (1.56 ms in f32 and 0.62 ms with int8 weights, against 2.18 and 1.14 ms with {@link #SKINNY}). Not
         * the default: lavapipe and Dawn compile its unrolled 32-wide block for minutes.
         */
        public static final Tiles SKINNY_WIDE = new Tiles(1, 2048, 16, 1, 32, 0, true, false);
        /**
         * 32 columns per workgroup, one per work-item, K split 8 ways: 128 workgroups of 8 warps for N = 4096 (one per SM
         * of an H100, 8 loads a work-item in flight), which read 1x4096·4096² at 0.55x the device-to-device copy rate.
         */
        public static final Tiles SKINNY_SPLIT_K = new Tiles(1, 32, 8, 1, 1, 0, false, false, 8);
        /**
         * 16 columns per workgroup, K split 16 ways (256 work-items, WebGPU's default limit; twice the workgroups of
         * {@link #SKINNY_SPLIT_K}): the GPU targets' GEMV default. On an H100, 1x4096·4096² in 0.0315 ms on OpenCL and
         * 0.0312 on Vulkan against 0.0419 with {@link #SKINNY_SPLIT_K} (tcc tune, 2026-12-06).
         */
        public static final Tiles SPLIT_K_NARROW = new Tiles(1, 16, 8, 1, 1, 0, false, false, 16);
        /*
         * Split-K GEMV tilings for the tuner: 16 rows a slab (16 loads in flight; 0.0405-0.0420 ms on the H100), or K split
         * 32 ways (1024 work-items, 32 warps an SM; the fastest on the H100's Vulkan, 0.0273 ms, but NVIDIA's OpenCL builds
         * it for at most 256 work-items and WebGPU allows 256 by default).
         */
        static final Tiles SPLIT_K_DEEP = new Tiles(1, 32, 16, 1, 1, 0, false, false, 8);
        static final Tiles SPLIT_K_WIDE_GROUP = new Tiles(1, 32, 8, 1, 1, 0, false, false, 32);
        /*
         * Four adjacent columns a work-item: one 32-bit word of int8 weights, which WGSL reads whole (it has no 8-bit
         * storage), where one column a work-item reads a word per byte; 32 columns a workgroup with K split 32 ways, or
         * 64 with 16. For the tuner; on an H100 the f32 GEMV ran them in 0.033-0.058 ms, behind SPLIT_K_NARROW; the
         * int8 GEMV has not been tuned with them there (WebGPU's int8 GEMV ran 1.25x cuBLAS's f32 GEMV untuned, Vulkan's 2.23x).
         */
        static final Tiles SPLIT_K_WORDS = new Tiles(1, 32, 8, 1, 4, 0, false, false, 32);
        static final Tiles SPLIT_K_WORDS_WIDE = new Tiles(1, 64, 8, 1, 4, 0, false, false, 16);
        public static final MatMul DEFAULT = new MatMul(TILES, SKINNY, 4, 16);

        /** Candidate tilings: the default first, then the other GEMM tilings, then skinny variants. */
        public static List<MatMul> space() {
            List<MatMul> s = new ArrayList<>();
            s.add(DEFAULT);
            for (Tiles t : gemmTiles()) if (!t.equals(TILES)) s.add(new MatMul(t, SKINNY, 4, 16));
            for (Tiles k : List.of(new Tiles(4, 256, 16, 4, 16, 0, true, false), new Tiles(2, 64, 8, 2, 4, 1, true, true),
                    new Tiles(1, 256, 32, 1, 4, 0, false, false), new Tiles(8, 128, 16, 1, 16, 0, true, false),
                    new Tiles(1, 64, 8, 1, 1, 0, false, false, 4), SKINNY_SPLIT_K, SPLIT_K_DEEP, SPLIT_K_WIDE_GROUP, SPLIT_K_NARROW,
                    SPLIT_K_WORDS, SPLIT_K_WORDS_WIDE,
                    new Tiles(1, 128, 8, 1, 2, 0, false, false, 4), SKINNY_WIDE,
                    new Tiles(1, 1024, 16, 1, 32, 0, true, false), new Tiles(1, 2048, 32, 1, 32, 0, true, false))) {
                s.add(new MatMul(TILES, k, 8, 8));
            }
            return s;
        }

        /**
         * The GEMM tilings tried for matmuls and implicit-GEMM convolutions: staging A, B, both or neither, blocks 1 x 1 to
         * 8 x 16; then {@link #GPU_TILES}.
         */
        static List<Tiles> gemmTiles() {
            List<Tiles> s = new ArrayList<>(List.of(TILES, new Tiles(16, 16, 16, 1, 1, 0, true, true), POCL_FAST,
                    new Tiles(64, 64, 64, 8, 16, 0, false, true), new Tiles(32, 128, 16, 4, 32, 0, false, false),
                    new Tiles(64, 64, 32, 4, 8, 1, true, true), new Tiles(64, 128, 32, 8, 16, 0, false, true),
                    new Tiles(32, 128, 64, 4, 32, 0, false, true)));
            s.addAll(GPU_TILES);
            return List.copyOf(s);
        }

        /*
         * K split across up to 8 workgroups, for products of a few dozen rows (the CLIP text encoder's 77 tokens): 64 x 64
         * tiles of 4 x 4 and 32 x 64 of 2 x 4, which reuse each loaded element 4 and 2.7 times where the 16 x 16 tiles of 1 x 1
         * that minGroups shrinks the GPU tiles to for them reuse it once. On an H100, once their splits counted toward
         * minGroups, `tcc tune` chose them for the 77-row products: 77x3072·3072x768 on Vulkan in 0.045 ms against 0.082.
         */
        static final Tiles SPLIT_64 = new Tiles(64, 64, 16, 4, 4, 1, true, true, 1, 0, 8);
        static final Tiles SPLIT_32 = new Tiles(32, 64, 16, 2, 4, 1, true, true, 1, 0, 8);
        /*
         * The GPU default's 128 x 128 x 16 tiles of 8 x 8 with each work-item's block spread over the tile ({@link Tiles#run}):
         * in runs of 4 (two 16-byte reads of each staged slab a step, as fast SGEMM kernels read them) or of 1 (consecutive
         * words across a warp). With contiguous 8 x 8 blocks, the 16 work-items of a row read B's slab at a stride of 8
         * words, 4-way bank conflicts unless the device compiler merges them into vector reads; NVIDIA's OpenCL ran this
         * tiling at 0.44-0.47x cuBLAS where its Vulkan ran it at 0.69-0.71x. Tuned on an H100 (SGEMM 4096): runs of 4
         * took 4.13 ms on OpenCL and 3.52 on Vulkan, runs of 1 5.87 and 3.86, contiguous blocks 6.09 and 3.80; runs of 4
         * are the GPU default ({@link Tuning#GPU_DEVICE}).
         */
        static final Tiles SPREAD_4 = new Tiles(128, 128, 16, 8, 8, 1, true, true, 1, 0, 1, 4);
        static final Tiles SPREAD_1 = new Tiles(128, 128, 16, 8, 8, 1, true, true, 1, 0, 1, 1);

        /**
         * The tilings a GPU is likely to run fastest, which the tuner tries first there: the large, fully staged blocks of
         * big products (256 or 128 work-items, 8 x 8 each), and 128 x 64 with only A staged (the exhaustive search's best
         * for SGEMM 4096 on an H100's OpenCL, 5.67 ms against 6.09 for 128 x 128), then small blocks that give products of
         * a few dozen rows (a transformer's tokens) enough workgroups to fill the device. Split-K GEMM blocks of 1024
         * work-items were tried on the H100 and dropped: the tuner rejected them at 4096³ on every target (the kernel
         * interpreter computes them correctly), and where Vulkan ran them (77 rows) they were 2.5x slower than the small
         * blocks.
         */
        public static final List<Tiles> GPU_TILES = List.of(new Tiles(128, 128, 8, 8, 8, 1, true, true),
                SPREAD_4, SPLIT_64, SPLIT_32, new Tiles(128, 128, 16, 8, 8, 1, true, true), SPREAD_1,
                new Tiles(64, 128, 16, 8, 8, 1, true, true), new Tiles(128, 64, 16, 8, 8, 1, true, false),
                new Tiles(32, 32, 16, 2, 2, 1, true, true), new Tiles(16, 64, 16, 1, 4, 1, true, true));

        /**
         * The batch-1 tilings a GPU is likely to run fastest, which the tuner tries first there: the split-K GEMV default
         * and its variants with more weight bytes in flight. In a search of 30 s on an H100 they came after the CPU's
         * skinny tilings, and the tuner stopped on patience before it reached them.
         */
        public static final List<Tiles> GPU_SKINNY = List.of(SPLIT_K_NARROW, SPLIT_K_WIDE_GROUP, SKINNY_SPLIT_K, SPLIT_K_DEEP,
                SPLIT_K_WORDS, SPLIT_K_WORDS_WIDE);
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
     * @param tiles     the implicit GEMM's tiling (default the matmul's {@link MatMul#TILES})
     * @param minK      under {@code AUTO}, the shortest reduction (input channels per group x kernel size) lowered as a GEMM (default 64)
     * @param minN      under {@code AUTO}, the fewest output positions (per image) lowered as a GEMM (default 64)
     */
    public record Conv(ConvAlgorithm algorithm, Tiles tiles, int minK, int minN) {
        public static final Tiles TILES = MatMul.TILES;
        public static final Conv DEFAULT = new Conv(ConvAlgorithm.AUTO, TILES, 64, 64);

        /** A convolution forced to {@code a}, other parameters default. */
        public static Conv forced(ConvAlgorithm a) { return new Conv(a, DEFAULT.tiles(), DEFAULT.minK(), DEFAULT.minN()); }

        public static List<Conv> space() {
            List<Conv> s = new ArrayList<>();
            s.add(forced(ConvAlgorithm.DIRECT));
            s.add(forced(ConvAlgorithm.IMPLICIT_GEMM));
            for (Tiles t : MatMul.gemmTiles()) if (!t.equals(TILES)) s.add(new Conv(ConvAlgorithm.IMPLICIT_GEMM, t, 64, 64));
            for (int k : new int[] {32, 64, 128}) s.add(new Conv(ConvAlgorithm.AUTO, TILES, k, 64));
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
     * @param split     the most work-items sharing one query row, its keys' scores in workgroup memory (a power of two);
     *                  1 (the default) or less for one work-item per row, which CPU drivers run best, while a GPU
     *                  needs the row's keys and output dims spread over a workgroup to keep busy
     */
    public record Attention(int workgroup, int maxKeys, int split) {
        /** One work-item per query row. */
        public Attention(int workgroup, int maxKeys) { this(workgroup, maxKeys, 1); }

        public static List<Attention> space() {
            return List.of(new Attention(32, 4096), new Attention(64, 4096), new Attention(128, 4096), new Attention(64, 4096, 32),
                    new Attention(64, 4096, 64), new Attention(64, 4096, 128));
        }
    }
}
