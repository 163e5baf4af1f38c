package dev.tcc.codegen.spirv.coop;

import java.util.List;

/**
 * How {@link CoopMatrixGemm} splits C among workgroups and subgroups. A workgroup computes a {@code tileM x tileN}
 * block of C with {@code subgroupsM x subgroupsN} subgroups of {@link CoopMatrixGemm#SUBGROUP_SIZE} invocations;
 * each subgroup owns a {@code tileM/subgroupsM x tileN/subgroupsN} part of it, held as a grid of 16x16 f32
 * accumulator matrices. The K loop advances {@code tileK} a step (a multiple of the 16 of one matrix product).
 *
 * <p>With {@code stages} 0 every subgroup loads its A and B fragments straight from the storage buffers (the
 * driver's caches catch the reuse between subgroups). With 1, the workgroup first copies the step's A block
 * ({@code tileM x tileK}) and B block ({@code tileK x tileN}) into shared memory in 16-byte pieces, one barrier
 * before the fragments are read from there, and the copy of the next step is fetched into registers while the
 * current one is multiplied; a second barrier keeps the next store from overwriting fragments still being read.
 * With 2, shared memory holds two steps: the next step's copy is stored into the other half while this one is
 * multiplied, so one barrier a step suffices (at twice the shared memory). Shared rows are padded by 8 halves
 * (16 bytes) so that the rows a fragment load reads do not start in the same memory bank.
 *
 * @param name       what benchmarks call the variant
 * @param tileM      rows of C per workgroup
 * @param tileN      columns of C per workgroup
 * @param tileK      K per loop step
 * @param subgroupsM subgroups down the workgroup tile
 * @param subgroupsN subgroups across the workgroup tile
 * @param stages     steps of A and B staged in shared memory at once: 0 (none, fragments read from the buffers), 1 or 2
 */
public record Tiling(String name, int tileM, int tileN, int tileK, int subgroupsM, int subgroupsN, int stages) {
    /** The side of one cooperative matrix (16x16 f16 fragments, 16x16 f32 accumulators). */
    public static final int FRAGMENT = 16;
    /** Halves in one 16-byte copy (a uvec4), the unit of the staged copies and of shared-memory addressing. */
    static final int HALVES_PER_COPY = 8;

    /** 64x64 per workgroup of 2x2 subgroups (2x2 accumulators each), fragments loaded from global memory. */
    public static final Tiling DIRECT_64X64 = new Tiling("direct_64x64_k16", 64, 64, 16, 2, 2, 0);
    /** 128x128 per workgroup of 2x2 subgroups (4x4 accumulators each), A and B staged in shared memory, K step 32. */
    public static final Tiling STAGED_128X128 = new Tiling("staged_128x128_k32", 128, 128, 32, 2, 2, 1);
    /** 128x256 per workgroup of 2x4 subgroups (4x4 accumulators each, 256 invocations), staged, K step 32. */
    public static final Tiling STAGED_128X256 = new Tiling("staged_128x256_k32", 128, 256, 32, 2, 4, 1);

    /*
     * Three more, timed on an H100 (2026-12-06): none beat the staged 128x256 tiling (200-207 TFLOP/s, 0.27-0.28x
     * cuBLAS's fp16 GEMM). K step 64 ran at 181-188, 256x128 at 184-193 and 16 warps on 128x256 at 173 (at 8192³;
     * at 4096³ the last two ran 2.5-4x slower per FLOP than at 8192³, repeatably).
     */
    /** 128x128 of 2x2 subgroups (4x4 accumulators each), staged, K step 64: 35 KiB of shared memory. */
    public static final Tiling STAGED_128X128_K64 = new Tiling("staged_128x128_k64", 128, 128, 64, 2, 2, 1);
    /** 256x128 of 4x2 subgroups (4x4 accumulators each, 256 invocations), staged, K step 32. */
    public static final Tiling STAGED_256X128 = new Tiling("staged_256x128_k32", 256, 128, 32, 4, 2, 1);
    /** 128x256 of 4x4 subgroups (2x4 accumulators each, 512 invocations), staged, K step 32. */
    public static final Tiling STAGED_128X256_16 = new Tiling("staged_128x256_k32_16sg", 128, 256, 32, 4, 4, 1);

    /*
     * Double-buffered: one barrier a step instead of two. Vulkan on NVIDIA offers 48 KiB of shared memory, so the
     * 128x256 and 256x128 tiles take K steps of 16 here (29 and 33 KiB); 128x128 keeps its K step of 32 (37 KiB). On an
     * H100 they were no faster than one stage: at best 186 TFLOP/s at 8192³ (128x256), and 2.5-4x slower at 4096³.
     */
    /** 128x128 of 2x2 subgroups, two stages of K step 32. */
    public static final Tiling DOUBLE_128X128 = new Tiling("double_128x128_k32", 128, 128, 32, 2, 2, 2);
    /** 128x256 of 2x4 subgroups, two stages of K step 16. */
    public static final Tiling DOUBLE_128X256 = new Tiling("double_128x256_k16", 128, 256, 16, 2, 4, 2);
    /** 256x128 of 4x2 subgroups, two stages of K step 16. */
    public static final Tiling DOUBLE_256X128 = new Tiling("double_256x128_k16", 256, 128, 16, 4, 2, 2);

    /** The variants a benchmark tries, simplest first. */
    public static List<Tiling> presets() {
        return List.of(DIRECT_64X64, STAGED_128X128, STAGED_128X256, STAGED_128X128_K64, STAGED_256X128, STAGED_128X256_16,
                DOUBLE_128X128, DOUBLE_128X256, DOUBLE_256X128);
    }

    public Tiling {
        if (tileM <= 0 || tileN <= 0 || tileK <= 0 || subgroupsM <= 0 || subgroupsN <= 0) {
            throw new IllegalArgumentException(name + ": tile sizes and subgroup counts must be positive");
        }
        if (tileM % (subgroupsM * FRAGMENT) != 0 || tileN % (subgroupsN * FRAGMENT) != 0 || tileK % FRAGMENT != 0) {
            throw new IllegalArgumentException(name + ": each subgroup's part of the " + tileM + "x" + tileN
                    + " tile and the K step " + tileK + " must be whole 16x16 fragments");
        }
        if (stages < 0 || stages > 2) throw new IllegalArgumentException(name + ": stages must be 0, 1 or 2, not " + stages);
        int invocations = subgroupsM * subgroupsN * CoopMatrixGemm.SUBGROUP_SIZE;
        if (invocations > 1024) throw new IllegalArgumentException(name + ": " + invocations + " invocations exceed 1024");
        if (stages > 0 && (copyRounds(tileM, tileK, invocations) < 1 || copyRounds(tileK, tileN, invocations) < 1)) {
            throw new IllegalArgumentException(name + ": the " + invocations + " invocations cannot copy the "
                    + tileM + "x" + tileK + " A block and the " + tileK + "x" + tileN + " B block in whole rounds");
        }
    }

    /**
     * How many 16-byte copies each invocation makes of a {@code rows x columns} block, or 0 when the block does not
     * split evenly: every round covers whole rows, so the invocations must be a multiple of the copies per row.
     */
    static int copyRounds(int rows, int columns, int invocations) {
        int perRow = columns / HALVES_PER_COPY;
        if (invocations % perRow != 0) return 0;
        int rowsPerRound = invocations / perRow;
        return rows % rowsPerRound == 0 ? rows / rowsPerRound : 0;
    }

    /** Whether A and B go through shared memory. */
    public boolean staged() { return stages > 0; }

    /** Invocations per workgroup. */
    public int invocations() { return subgroupsM * subgroupsN * CoopMatrixGemm.SUBGROUP_SIZE; }

    /** Rows of C per subgroup. */
    int partM() { return tileM / subgroupsM; }

    /** Columns of C per subgroup. */
    int partN() { return tileN / subgroupsN; }

    /** Accumulator rows (16-row fragments) per subgroup. */
    int fragmentsM() { return partM() / FRAGMENT; }

    /** Accumulator columns (16-column fragments) per subgroup. */
    int fragmentsN() { return partN() / FRAGMENT; }

    /** Row pitch of the staged A block in halves: one K step plus the padding. */
    int sharedPitchA() { return tileK + HALVES_PER_COPY; }

    /** Row pitch of the staged B block in halves: the tile's columns plus the padding. */
    int sharedPitchB() { return tileN + HALVES_PER_COPY; }

    /** Halves of one stage of the staged A block. */
    int stageHalvesA() { return tileM * sharedPitchA(); }

    /** Halves of one stage of the staged B block. */
    int stageHalvesB() { return tileK * sharedPitchB(); }

    /** Bytes of shared memory the variant uses (0 unless staged). */
    public int sharedBytes() { return 2 * stages * (stageHalvesA() + stageHalvesB()); }
}
