package dev.tcc.codegen.spirv.coop;

import dev.tcc.codegen.spirv.asm.Constant;
import dev.tcc.codegen.spirv.asm.FunctionBuilder;
import dev.tcc.codegen.spirv.asm.Operand;
import dev.tcc.codegen.spirv.asm.SpirvType;
import dev.tcc.codegen.spirv.grammar.MemorySemantics;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.codegen.spirv.grammar.Scope;
import dev.tcc.codegen.spirv.grammar.StorageClass;

import java.util.List;
import java.util.function.IntConsumer;

import static dev.tcc.codegen.spirv.asm.Operand.id;
import static dev.tcc.codegen.spirv.coop.Tiling.FRAGMENT;
import static dev.tcc.codegen.spirv.coop.Tiling.HALVES_PER_COPY;

/**
 * The entry function of a {@link CoopMatrixGemm}: find the subgroup's part of C, zero its accumulators, run the K
 * loop (direct or staged, see {@link Tiling}), store the accumulators. Everything but the K loop is unrolled here in
 * Java: the accumulators are one Function variable each (never an indexed array, so the driver keeps them in
 * registers), and every address is a constant offset from a few values computed before the loop.
 */
final class GemmBody {
    private final GemmModule g;
    private final CoopMatrixGemm gemm;
    private final Tiling t;
    private final FunctionBuilder f;
    private final int[][] accumulators;
    /** The subgroup's first row and column of C. */
    private int row0;
    private int col0;

    GemmBody(GemmModule g, FunctionBuilder f) {
        this.g = g;
        this.gemm = g.gemm;
        this.t = gemm.tiling();
        this.f = f;
        this.accumulators = new int[t.fragmentsM()][t.fragmentsN()];
    }

    void write() {
        int workgroup = f.load(new SpirvType.Vector(SpirvType.U32, 3), g.workgroupId);
        int groupX = f.result(Op.OpCompositeExtract, SpirvType.U32, id(workgroup), Operand.lit(0));
        int groupY = f.result(Op.OpCompositeExtract, SpirvType.U32, id(workgroup), Operand.lit(1));
        int subgroup = f.load(SpirvType.U32, g.subgroupId);
        int subgroupRow = f.result(Op.OpUDiv, SpirvType.U32, subgroup, u32(t.subgroupsN()));
        int subgroupCol = f.result(Op.OpUMod, SpirvType.U32, subgroup, u32(t.subgroupsN()));
        row0 = sum(times(groupY, t.tileM()), times(subgroupRow, t.partM()));
        col0 = sum(times(groupX, t.tileN()), times(subgroupCol, t.partN()));
        int zero = f.constant(new Constant.Composite(GemmModule.ACCUMULATOR, List.of(Constant.f32(0))));
        for (int[] row : accumulators) {
            for (int j = 0; j < row.length; j++) {
                row[j] = f.variable(GemmModule.ACCUMULATOR);
                f.store(row[j], zero);
            }
        }
        if (t.staged()) new StagedLoop(groupX, groupY, subgroupRow, subgroupCol).write();
        else directLoop();
        storeC();
    }

    // ---- direct: fragments straight from the storage buffers --------------------------------------

    private void directLoop() {
        int[] rowsA = new int[t.fragmentsM()];   // element offset of each A fragment's first row, at k = 0
        for (int i = 0; i < rowsA.length; i++) rowsA[i] = times(plus(row0, FRAGMENT * i), gemm.k());
        kLoop(k0 -> {
            for (int step = 0; step < t.tileK(); step += FRAGMENT) {
                int k = plus(k0, step);
                int[] fragmentsA = new int[rowsA.length];
                for (int i = 0; i < rowsA.length; i++) {
                    fragmentsA[i] = loadFragment(g.a, StorageClass.StorageBuffer, sum(rowsA[i], k), gemm.k());
                }
                int rowB = times(k, gemm.n());
                for (int j = 0; j < t.fragmentsN(); j++) {
                    int fragmentB = loadFragment(g.b, StorageClass.StorageBuffer, sum(rowB, plus(col0, FRAGMENT * j)), gemm.n());
                    for (int i = 0; i < rowsA.length; i++) multiplyAdd(i, j, fragmentsA[i], fragmentB);
                }
            }
        });
    }

    // ---- staged: blocks of A and B copied through shared memory -----------------------------------

    /** The staged K loop; its fields are the per-invocation copy addresses, computed once before the loop. */
    private final class StagedLoop {
        private final Copy copyA;
        private final Copy copyB;
        /** uvec4 offset in the shared blocks of each A fragment row and each B fragment column of this subgroup. */
        private final int[] sharedRowsA = new int[t.fragmentsM()];
        private final int[] sharedColsB = new int[t.fragmentsN()];
        /** Row pitches of the shared A and B blocks in uvec4s. */
        private final int pitchA = t.sharedPitchA() / HALVES_PER_COPY;
        private final int pitchB = t.sharedPitchB() / HALVES_PER_COPY;

        StagedLoop(int groupX, int groupY, int subgroupRow, int subgroupCol) {
            int index = f.load(SpirvType.U32, g.localIndex);
            // A block: tileM rows of tileK from row groupY*tileM; B block: tileK rows of tileN from column groupX*tileN
            copyA = new Copy(g.a, index, t.tileM(), t.tileK(), gemm.k(), pitchA, times(groupY, t.tileM() * (gemm.k() / HALVES_PER_COPY)));
            copyB = new Copy(g.b, index, t.tileK(), t.tileN(), gemm.n(), pitchB, times(groupX, t.tileN() / HALVES_PER_COPY));
            for (int i = 0; i < sharedRowsA.length; i++) sharedRowsA[i] = times(plus(times(subgroupRow, t.partM()), FRAGMENT * i), pitchA);
            for (int j = 0; j < sharedColsB.length; j++) {
                sharedColsB[j] = plus(times(subgroupCol, t.partN() / HALVES_PER_COPY), FRAGMENT * j / HALVES_PER_COPY);
            }
        }

        void write() {
            copyA.fetch(u32(0));
            copyB.fetch(u32(0));
            if (t.stages() == 2) {
                copyA.store(g.sharedA, 0);
                copyB.store(g.sharedB, 0);
                barrier();
            }
            kLoop(k0 -> {
                int stageA = 0, stageB = 0;   // uvec4 offsets of this step's stage, 0 for none
                int step0 = 0;
                if (t.stages() == 1) {
                    barrier();   // the previous step's fragments have been read
                    copyA.store(g.sharedA, 0);
                    copyB.store(g.sharedB, 0);
                    barrier();
                } else {
                    // this step's blocks are in stage (k0 / tileK) % 2, stored there during the step before
                    step0 = f.result(Op.OpUDiv, SpirvType.U32, k0, u32(t.tileK()));
                    int stage = f.result(Op.OpUMod, SpirvType.U32, step0, u32(2));
                    stageA = times(stage, t.stageHalvesA() / HALVES_PER_COPY);
                    stageB = times(stage, t.stageHalvesB() / HALVES_PER_COPY);
                }
                // fetch the next step's blocks while this one is multiplied; the last step refetches step 0, unused
                int next = plus(k0, t.tileK());
                int more = f.result(Op.OpULessThan, SpirvType.BOOL, next, u32(gemm.k()));
                int fetchK = f.result(Op.OpSelect, SpirvType.U32, more, next, u32(0));
                // A advances by k columns (k/8 uvec4s), B by k rows of N/8 uvec4s
                copyA.fetch(f.result(Op.OpUDiv, SpirvType.U32, fetchK, u32(HALVES_PER_COPY)));
                copyB.fetch(times(fetchK, gemm.n() / HALVES_PER_COPY));
                for (int step = 0; step < t.tileK(); step += FRAGMENT) {
                    int[] fragmentsA = new int[sharedRowsA.length];
                    for (int i = 0; i < fragmentsA.length; i++) {
                        fragmentsA[i] = loadFragment(g.sharedA, StorageClass.Workgroup,
                                at(stageA, plus(sharedRowsA[i], step / HALVES_PER_COPY)), pitchA);
                    }
                    for (int j = 0; j < sharedColsB.length; j++) {
                        int fragmentB = loadFragment(g.sharedB, StorageClass.Workgroup, at(stageB, plus(sharedColsB[j], step * pitchB)), pitchB);
                        for (int i = 0; i < fragmentsA.length; i++) multiplyAdd(i, j, fragmentsA[i], fragmentB);
                    }
                }
                if (t.stages() == 2) {
                    // the next step's blocks into the other stage: its fragments were last read before the previous
                    // step's barrier; after the last step this stores the unused refetch of step 0 where nobody reads
                    int other = f.result(Op.OpUMod, SpirvType.U32, plus(step0, 1), u32(2));
                    copyA.store(g.sharedA, times(other, t.stageHalvesA() / HALVES_PER_COPY));
                    copyB.store(g.sharedB, times(other, t.stageHalvesB() / HALVES_PER_COPY));
                    barrier();
                }
            });
        }
    }

    /**
     * One invocation's share of copying a {@code rows x columns} block, 16 bytes at a time: in each round the
     * workgroup copies whole rows, this invocation the same column in each, and holds what it fetched in registers
     * (Function variables) until the block is stored to shared memory.
     */
    private final class Copy {
        private final int source;
        private final int rounds;
        private final int[] registers;
        /** uvec4 offsets in the source buffer (at k = 0) and in the shared block, one per round. */
        private final int[] global;
        private final int[] shared;

        /**
         * @param pitch      the shared block's row pitch in uvec4s
         * @param globalBase uvec4 offset of the block's first element at k = 0
         * @param globalRow  the source matrix's row length in halves
         */
        Copy(int source, int index, int rows, int columns, int globalRow, int pitch, int globalBase) {
            this.source = source;
            int perRow = columns / HALVES_PER_COPY;
            int rowsPerRound = t.invocations() / perRow;
            rounds = Tiling.copyRounds(rows, columns, t.invocations());
            registers = new int[rounds];
            global = new int[rounds];
            shared = new int[rounds];
            int row = f.result(Op.OpUDiv, SpirvType.U32, index, u32(perRow));
            int column = f.result(Op.OpUMod, SpirvType.U32, index, u32(perRow));
            int globalStart = sum(sum(globalBase, times(row, globalRow / HALVES_PER_COPY)), column);
            int sharedStart = sum(times(row, pitch), column);
            for (int r = 0; r < rounds; r++) {
                registers[r] = f.variable(GemmModule.UVEC4);
                global[r] = plus(globalStart, r * rowsPerRound * (globalRow / HALVES_PER_COPY));
                shared[r] = plus(sharedStart, r * rowsPerRound * pitch);
            }
        }

        /** Loads the block {@code offset} uvec4s on from where it starts at k = 0 into the registers. */
        void fetch(int offset) {
            for (int r = 0; r < rounds; r++) {
                int pointer = f.accessChain(StorageClass.StorageBuffer, GemmModule.UVEC4, source, u32(0), sum(global[r], offset));
                f.store(registers[r], f.load(GemmModule.UVEC4, pointer));
            }
        }

        /** Stores the registers into the shared block, {@code stage} (an id, or 0 for none) uvec4s on from its start. */
        void store(int block, int stage) {
            for (int r = 0; r < rounds; r++) {
                int pointer = f.accessChain(StorageClass.Workgroup, GemmModule.UVEC4, block, at(stage, shared[r]));
                f.store(pointer, f.load(GemmModule.UVEC4, registers[r]));
            }
        }
    }

    // ---- shared pieces ------------------------------------------------------------------------------

    /** {@code for (k = 0; k < K; k += tileK) body(k)}, with k in a Function variable. */
    private void kLoop(IntConsumer body) {
        int k = f.variable(SpirvType.U32);
        f.store(k, u32(0));
        f.loop(fb -> f.result(Op.OpULessThan, SpirvType.BOOL, f.load(SpirvType.U32, k), u32(gemm.k())),
                fb -> body.accept(f.load(SpirvType.U32, k)),
                fb -> f.store(k, plus(f.load(SpirvType.U32, k), t.tileK())));
    }

    /** A row-major f16 fragment whose first element is element {@code offset} of {@code array}. */
    private int loadFragment(int array, StorageClass storage, int offset, int stride) {
        SpirvType element = storage == StorageClass.Workgroup ? GemmModule.UVEC4 : g.inputElement;
        int pointer = storage == StorageClass.Workgroup
                ? f.accessChain(storage, element, array, offset)
                : f.accessChain(storage, element, array, u32(0), offset);
        return f.result(Op.OpCooperativeMatrixLoadNV, GemmModule.FRAGMENT, pointer, u32(stride), columnMajor());
    }

    private void multiplyAdd(int i, int j, int a, int b) {
        int sum = f.load(GemmModule.ACCUMULATOR, accumulators[i][j]);
        f.store(accumulators[i][j], f.result(Op.OpCooperativeMatrixMulAddNV, GemmModule.ACCUMULATOR, a, b, sum));
    }

    /** Stores every accumulator to its place in C (converted to f16 first for f16 output). */
    private void storeC() {
        for (int i = 0; i < accumulators.length; i++) {
            int row = times(plus(row0, FRAGMENT * i), gemm.n());
            for (int j = 0; j < accumulators[i].length; j++) {
                int value = f.load(GemmModule.ACCUMULATOR, accumulators[i][j]);
                if (gemm.output() == CoopMatrixGemm.Output.F16) value = f.result(Op.OpFConvert, GemmModule.FRAGMENT, value);
                int pointer = f.accessChain(StorageClass.StorageBuffer, g.outputElement, g.c, u32(0), sum(row, plus(col0, FRAGMENT * j)));
                f.op(Op.OpCooperativeMatrixStoreNV, id(pointer), id(value), id(u32(gemm.n())), id(columnMajor()));
            }
        }
    }

    /** The workgroup barrier of shared memory: execution and workgroup memory, acquire-release. */
    private void barrier() {
        int workgroup = u32(Scope.Workgroup.value());
        int semantics = u32(MemorySemantics.AcquireRelease.value() | MemorySemantics.WorkgroupMemory.value());
        f.op(Op.OpControlBarrier, id(workgroup), id(workgroup), id(semantics));
    }

    private int columnMajor() { return f.constant(Constant.bool(false)); }

    private int u32(int value) { return f.constant(Constant.u32(value)); }

    /** {@code a + constant} (u32). */
    private int plus(int a, int constant) { return constant == 0 ? a : sum(a, u32(constant)); }

    /** {@code a + b} (u32 ids). */
    private int sum(int a, int b) { return f.result(Op.OpIAdd, SpirvType.U32, a, b); }

    /** {@code offset + a}, or {@code a} where {@code offset} is 0 (no id). */
    private int at(int offset, int a) { return offset == 0 ? a : sum(offset, a); }

    /** {@code a * constant} (u32). */
    private int times(int a, int constant) { return constant == 1 ? a : f.result(Op.OpIMul, SpirvType.U32, a, u32(constant)); }
}
