package dev.tcc.codegen.spirv.lower;

import dev.tcc.codegen.spirv.asm.SpirvType;
import dev.tcc.codegen.spirv.grammar.Decoration;
import dev.tcc.codegen.spirv.grammar.FPRoundingMode;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Memory;

/**
 * Loads and stores of buffer and array elements, widening on load and narrowing on store as kernel IR says.
 *
 * <p>Storage buffers hold the stored type itself (f16, 8- and 16-bit integers, bool as a u8 of 0 or 1), which
 * the 8- and 16-bit storage capabilities allow without arithmetic on those types: a load converts to the value
 * type at once, a store converts just before. The f16 store is decorated FPRoundingMode RTE (round to nearest
 * even, as kernel IR requires).
 *
 * <p>Workgroup and private arrays hold the value type, so they need no capability; a store applies the
 * narrowing the stored type would (OpQuantizeToF16 for f16, sign or zero extension of the low bits for
 * integers), which makes every later load see what a narrow array would give.
 */
final class MemoryAccess {
    private MemoryAccess() {}

    static int load(Lowering c, Memory m, Expr index) {
        DType t = m.elementType();
        int pointer = pointer(c, m, c.expr(index));
        Lowering.MemoryVar var = c.memories.get(m);
        if (!var.buffer()) return c.f.load(TypeTable.arrayElement(t), pointer);
        int raw = c.f.load(TypeTable.bufferElement(t), pointer);
        return switch (t) {
            case F16 -> c.f.result(Op.OpFConvert, SpirvType.F32, raw);
            case I8, I16 -> c.f.result(Op.OpSConvert, SpirvType.I32, raw);
            case U8, U16 -> c.f.result(Op.OpUConvert, SpirvType.U32, raw);
            case BOOL -> c.f.result(Op.OpINotEqual, SpirvType.BOOL, c.f.result(Op.OpUConvert, SpirvType.U32, raw), c.zero(DType.U32));
            default -> raw;
        };
    }

    static void store(Lowering c, Memory m, Expr index, Expr value) {
        DType t = m.elementType();
        int pointer = pointer(c, m, c.expr(index));
        int v = c.expr(value);
        Lowering.MemoryVar var = c.memories.get(m);
        int stored = var.buffer() ? narrowForBuffer(c, t, v) : narrowInPlace(c, t, v);
        c.f.store(pointer, stored);
    }

    private static int narrowForBuffer(Lowering c, DType t, int v) {
        SpirvType element = TypeTable.bufferElement(t);
        return switch (t) {
            case F16 -> {
                int half = c.f.result(Op.OpFConvert, element, v);
                c.module.decorate(half, Decoration.FPRoundingMode, FPRoundingMode.RTE);
                yield half;
            }
            case I8, I16 -> c.f.result(Op.OpSConvert, element, v);
            case U8, U16 -> c.f.result(Op.OpUConvert, element, v);
            case BOOL -> c.f.result(Op.OpUConvert, element,
                    c.f.result(Op.OpSelect, SpirvType.U32, v, c.one(DType.U32), c.zero(DType.U32)));
            default -> v;
        };
    }

    private static int narrowInPlace(Lowering c, DType t, int v) {
        return switch (t) {
            case F16 -> c.f.result(Op.OpQuantizeToF16, SpirvType.F32, v);
            case I8, I16 -> c.f.result(Op.OpBitFieldSExtract, SpirvType.I32, v, c.zero(DType.I32),
                    c.constant(TypeTable.intConstant(DType.I32, t.bits())));
            case U8, U16 -> c.f.result(Op.OpBitwiseAnd, SpirvType.U32, v, c.constant(TypeTable.intConstant(DType.U32, (1L << t.bits()) - 1)));
            default -> v;
        };
    }

    /** A pointer to element {@code index} of {@code m}. */
    private static int pointer(Lowering c, Memory m, int index) {
        Lowering.MemoryVar var = c.memories.get(m);
        DType t = m.elementType();
        if (var.buffer()) {
            return c.f.accessChain(var.storageClass(), TypeTable.bufferElement(t), var.variable(), c.zero(DType.I32), index);
        }
        return c.f.accessChain(var.storageClass(), TypeTable.arrayElement(t), var.variable(), index);
    }
}
