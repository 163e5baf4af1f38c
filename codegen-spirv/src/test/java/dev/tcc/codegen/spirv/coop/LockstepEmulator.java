package dev.tcc.codegen.spirv.coop;

import dev.tcc.codegen.spirv.asm.Instruction;
import dev.tcc.codegen.spirv.asm.Operand;
import dev.tcc.codegen.spirv.asm.SpirvModule;
import dev.tcc.codegen.spirv.grammar.BuiltIn;
import dev.tcc.codegen.spirv.grammar.Decoration;
import dev.tcc.codegen.spirv.grammar.Op;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link CoopMatrixGemm} module on the CPU, so that its addressing is checked without a GPU. It knows exactly
 * the instructions {@link GemmBody} writes and runs a workgroup's invocations in lockstep, one instruction for all
 * of them before the next (the module's control flow is uniform), so a barrier needs no action. A cooperative
 * matrix is a whole 16x16 array, computed by the first invocation of each subgroup and shared by the others.
 *
 * <p>Memory is counted in halves for A, B and shared blocks (a uvec4 element is 8 of them), in floats for an f32 C.
 * A fragment load or store with a uvec4 pointer counts its offset and stride in uvec4s: that reading of
 * {@code SPV_NV_cooperative_matrix} is assumed here as it is in the kernel, and only a GPU can confirm it.
 */
final class LockstepEmulator {
    private record Ptr(Object memory, long index, int halves) {}

    private final Map<Integer, Instruction> defs = new HashMap<>();
    private final Map<Integer, Long> constants = new HashMap<>();
    private final Map<Integer, Integer> bindings = new HashMap<>();
    private final Map<Integer, BuiltIn> builtins = new HashMap<>();
    private final Map<Integer, Integer> labels = new HashMap<>();
    private final List<Instruction> body = new ArrayList<>();
    private final CoopMatrixGemm gemm;

    private LockstepEmulator(CoopMatrixGemm gemm) {
        this.gemm = gemm;
        SpirvModule module = gemm.module();
        boolean inFunction = false;
        for (Instruction i : module.instructions()) {
            if (i.resultId() != 0) defs.put(i.resultId(), i);
            if (i.op() == Op.OpFunction) inFunction = true;
            if (inFunction) {
                if (i.op() == Op.OpLabel) labels.put(i.resultId(), body.size());
                body.add(i);
            } else if (i.op() == Op.OpConstant) {
                constants.put(i.resultId(), Integer.toUnsignedLong(((Operand.Literal) i.operands().get(2)).word()));
            } else if (i.op() == Op.OpDecorate && enumerant(i, 1) == Decoration.Binding) {
                bindings.put(id(i, 0), ((Operand.Literal) i.operands().get(2)).word());
            } else if (i.op() == Op.OpDecorate && enumerant(i, 1) == Decoration.BuiltIn) {
                builtins.put(id(i, 0), (BuiltIn) enumerant(i, 2));
            }
        }
    }

    /** C (as floats) of {@code gemm} on A and B given as f16 bits; elements never written stay NaN. */
    static float[] run(CoopMatrixGemm gemm, short[] a, short[] b) {
        float[] c32 = new float[gemm.m() * gemm.n()];
        short[] c16 = new short[c32.length];
        Arrays.fill(c32, Float.NaN);
        Arrays.fill(c16, Float.floatToFloat16(Float.NaN));
        Object[] buffers = {a, b, gemm.output() == CoopMatrixGemm.Output.F32 ? c32 : c16};
        LockstepEmulator e = new LockstepEmulator(gemm);
        for (int y = 0; y < gemm.groupsY(); y++) {
            for (int x = 0; x < gemm.groupsX(); x++) e.workgroup(buffers, x, y);
        }
        if (gemm.output() == CoopMatrixGemm.Output.F16) for (int i = 0; i < c32.length; i++) c32[i] = Float.float16ToFloat(c16[i]);
        return c32;
    }

    private void workgroup(Object[] buffers, int x, int y) {
        int n = gemm.tiling().invocations();
        List<Map<Integer, Object>> values = new ArrayList<>();
        for (int i = 0; i < n; i++) values.add(new HashMap<>());
        Map<Integer, short[]> shared = new HashMap<>();
        int pc = 0;
        while (true) {
            Instruction ins = body.get(pc++);
            switch (ins.op()) {
                case OpFunction, OpLabel, OpLoopMerge, OpSelectionMerge, OpControlBarrier -> { }
                case OpReturn -> { return; }
                case OpBranch -> pc = labels.get(id(ins, 0));
                case OpBranchConditional -> pc = labels.get(id(ins, (Boolean) values.getFirst().get(id(ins, 0)) ? 1 : 2));
                default -> {
                    for (int inv = 0; inv < n; inv++) {
                        Map<Integer, Object> v = values.get(inv);
                        boolean follower = inv % CoopMatrixGemm.SUBGROUP_SIZE != 0;
                        if (follower && ins.op().name().startsWith("OpCooperativeMatrix")) {
                            if (ins.resultId() != 0) v.put(ins.resultId(), values.get(inv - inv % 32).get(ins.resultId()));
                            continue;   // the subgroup's first invocation did it for all
                        }
                        step(ins, v, buffers, shared, inv, x, y);
                    }
                }
            }
        }
    }

    private void step(Instruction ins, Map<Integer, Object> v, Object[] buffers, Map<Integer, short[]> shared, int inv, int x, int y) {
        switch (ins.op()) {
            case OpVariable -> v.put(ins.resultId(), new Ptr(new Object[1], 0, 0));
            case OpLoad -> v.put(ins.resultId(), load(id(ins, 2), v, inv, x, y));
            case OpStore -> store((Ptr) v.get(id(ins, 0)), value(id(ins, 1), v));
            case OpAccessChain -> v.put(ins.resultId(), accessChain(ins, v, buffers, shared));
            case OpCompositeExtract -> v.put(ins.resultId(), ((long[]) value(id(ins, 2), v))[((Operand.Literal) ins.operands().get(3)).word()]);
            case OpIAdd -> v.put(ins.resultId(), (num(ins, 2, v) + num(ins, 3, v)) & 0xffffffffL);
            case OpIMul -> v.put(ins.resultId(), (num(ins, 2, v) * num(ins, 3, v)) & 0xffffffffL);
            case OpUDiv -> v.put(ins.resultId(), num(ins, 2, v) / num(ins, 3, v));
            case OpUMod -> v.put(ins.resultId(), num(ins, 2, v) % num(ins, 3, v));
            case OpULessThan -> v.put(ins.resultId(), num(ins, 2, v) < num(ins, 3, v));
            case OpSelect -> v.put(ins.resultId(), (Boolean) value(id(ins, 2), v) ? value(id(ins, 3), v) : value(id(ins, 4), v));
            case OpCooperativeMatrixLoadNV -> v.put(ins.resultId(), loadMatrix((Ptr) v.get(id(ins, 2)), num(ins, 3, v)));
            case OpCooperativeMatrixMulAddNV -> v.put(ins.resultId(),
                    mulAdd((float[][]) value(id(ins, 2), v), (float[][]) value(id(ins, 3), v), (float[][]) value(id(ins, 4), v)));
            case OpFConvert -> v.put(ins.resultId(), toHalf((float[][]) value(id(ins, 2), v)));
            case OpCooperativeMatrixStoreNV -> storeMatrix((Ptr) v.get(id(ins, 0)), (float[][]) value(id(ins, 1), v), num(ins, 2, v));
            default -> throw new IllegalStateException("the emulator does not know " + ins.op());
        }
    }

    private Object load(int pointer, Map<Integer, Object> v, int inv, int x, int y) {
        BuiltIn b = builtins.get(pointer);
        if (b != null) {
            return switch (b) {
                case LocalInvocationIndex -> (long) inv;
                case SubgroupId -> (long) (inv / CoopMatrixGemm.SUBGROUP_SIZE);
                case WorkgroupId -> new long[] {x, y, 0};
                default -> throw new IllegalStateException("built-in " + b);
            };
        }
        Ptr p = (Ptr) v.get(pointer);
        if (p.memory() instanceof Object[] cell) return cell[0];
        short[] halves = (short[]) p.memory();
        int start = (int) (p.index() * p.halves());
        return Arrays.copyOfRange(halves, start, start + p.halves());
    }

    private static void store(Ptr p, Object value) {
        if (p.memory() instanceof Object[] cell) cell[0] = value;
        else System.arraycopy((short[]) value, 0, (short[]) p.memory(), (int) (p.index() * p.halves()), p.halves());
    }

    private Object accessChain(Instruction ins, Map<Integer, Object> v, Object[] buffers, Map<Integer, short[]> shared) {
        int base = id(ins, 2);
        long index = num(ins, ins.operands().size() - 1, v);
        int halves = elementHalves(id(ins, 0));
        Integer binding = bindings.get(base);
        if (binding != null) return new Ptr(buffers[binding], index, halves);
        if (v.get(base) instanceof Ptr p) throw new IllegalStateException("access chain into a function variable " + p);
        short[] block = shared.computeIfAbsent(base, k -> new short[sharedHalves(base)]);
        return new Ptr(block, index, halves);
    }

    /** Halves per element of the pointer type {@code pointerType}: 8 for uvec4, else 1 (f16, or one f32 of C). */
    private int elementHalves(int pointerType) {
        Instruction pointee = defs.get(id(defs.get(pointerType), 2));
        return pointee.op() == Op.OpTypeVector ? 8 : 1;
    }

    private int sharedHalves(int variable) {
        Instruction array = defs.get(id(defs.get(defs.get(variable).resultType()), 2));
        return (int) (8 * constants.get(id(array, 2)));
    }

    private static float[][] loadMatrix(Ptr p, long stride) {
        short[] halves = (short[]) p.memory();
        float[][] m = new float[16][16];
        for (int r = 0; r < 16; r++) {
            for (int c = 0; c < 16; c++) m[r][c] = Float.float16ToFloat(halves[(int) ((p.index() + r * stride) * p.halves() + c)]);
        }
        return m;
    }

    private static void storeMatrix(Ptr p, float[][] m, long stride) {
        for (int r = 0; r < 16; r++) {
            for (int c = 0; c < 16; c++) {
                int at = (int) ((p.index() + r * stride) * p.halves() + c);
                if (p.memory() instanceof float[] f) f[at] = m[r][c];
                else ((short[]) p.memory())[at] = Float.floatToFloat16(m[r][c]);
            }
        }
    }

    private static float[][] mulAdd(float[][] a, float[][] b, float[][] c) {
        float[][] d = new float[16][16];
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float s = c[i][j];
                for (int k = 0; k < 16; k++) s += a[i][k] * b[k][j];
                d[i][j] = s;
            }
        }
        return d;
    }

    private static float[][] toHalf(float[][] m) {
        float[][] h = new float[16][16];
        for (int i = 0; i < 16; i++) for (int j = 0; j < 16; j++) h[i][j] = Float.float16ToFloat(Float.floatToFloat16(m[i][j]));
        return h;
    }

    /** An id's value: the invocation's, a u32 constant, false, or the zero accumulator. */
    private Object value(int id, Map<Integer, Object> v) {
        Object x = v.get(id);
        if (x != null) return x;
        if (constants.containsKey(id)) return constants.get(id);
        Instruction def = defs.get(id);
        return switch (def.op()) {
            case OpConstantFalse -> false;
            case OpConstantTrue -> true;
            case OpConstantComposite -> new float[16][16];   // the accumulators' only composite: zero
            default -> throw new IllegalStateException("no value for %" + id + " (" + def.op() + ")");
        };
    }

    private long num(Instruction ins, int operand, Map<Integer, Object> v) { return (Long) value(id(ins, operand), v); }

    private static int id(Instruction i, int operand) { return ((Operand.Id) i.operands().get(operand)).id(); }

    private static Object enumerant(Instruction i, int operand) {
        return i.operands().get(operand) instanceof Operand.Enumerant e ? e.value() : null;
    }
}
