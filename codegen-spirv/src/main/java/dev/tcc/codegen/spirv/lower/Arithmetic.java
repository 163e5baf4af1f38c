package dev.tcc.codegen.spirv.lower;

import dev.tcc.codegen.spirv.asm.SpirvType;
import dev.tcc.codegen.spirv.grammar.GlslStd450;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BinaryOp;
import dev.tcc.ir.kernel.Expr;

/**
 * Unary and binary operators. The SPIR-V instruction depends on the operand class (float, signed, unsigned,
 * bool), so each operator has one row naming its instruction per class; {@code null} marks a class the IR
 * forbids for that operator.
 *
 * <p>Semantics kept from kernel IR: NaN makes every comparison false except {@code NE} (ordered compares,
 * unordered not-equal); float MIN/MAX return the other operand when one is NaN (GLSL NMin/NMax); shift counts
 * are taken modulo the bit width (masked, since SPIR-V leaves larger counts undefined); integer remainder takes
 * the dividend's sign, float remainder too (OpFRem, C's fmod). Vulkan's SPIR-V environment leaves OpSRem and
 * OpSMod undefined when either operand is negative (NVIDIA's driver does return wrong values: ONNX's wrap
 * padding read outside its input), so a signed remainder is computed from the truncating quotient.
 */
final class Arithmetic {
    private Arithmetic() {}

    /** One operator's instruction for float, signed, unsigned and bool operands. */
    private record Row(Op f, Op s, Op u, Op b) {
        Op pick(DType t) {
            Op op = t.isFloat() ? f : t == DType.BOOL ? b : t.isSigned() ? s : u;
            if (op == null) throw new IllegalStateException("no SPIR-V instruction for this operator on " + t);
            return op;
        }
    }

    private static Row row(BinaryOp op) {
        return switch (op) {
            case ADD -> new Row(Op.OpFAdd, Op.OpIAdd, Op.OpIAdd, null);
            case SUB -> new Row(Op.OpFSub, Op.OpISub, Op.OpISub, null);
            case MUL -> new Row(Op.OpFMul, Op.OpIMul, Op.OpIMul, null);
            case DIV -> new Row(Op.OpFDiv, Op.OpSDiv, Op.OpUDiv, null);
            case REM -> new Row(Op.OpFRem, Op.OpSRem, Op.OpUMod, null);
            case EQ -> new Row(Op.OpFOrdEqual, Op.OpIEqual, Op.OpIEqual, Op.OpLogicalEqual);
            case NE -> new Row(Op.OpFUnordNotEqual, Op.OpINotEqual, Op.OpINotEqual, Op.OpLogicalNotEqual);
            case LT -> new Row(Op.OpFOrdLessThan, Op.OpSLessThan, Op.OpULessThan, null);
            case LE -> new Row(Op.OpFOrdLessThanEqual, Op.OpSLessThanEqual, Op.OpULessThanEqual, null);
            case GT -> new Row(Op.OpFOrdGreaterThan, Op.OpSGreaterThan, Op.OpUGreaterThan, null);
            case GE -> new Row(Op.OpFOrdGreaterThanEqual, Op.OpSGreaterThanEqual, Op.OpUGreaterThanEqual, null);
            case AND -> new Row(null, null, null, Op.OpLogicalAnd);
            case OR -> new Row(null, null, null, Op.OpLogicalOr);
            case BIT_AND -> new Row(null, Op.OpBitwiseAnd, Op.OpBitwiseAnd, null);
            case BIT_OR -> new Row(null, Op.OpBitwiseOr, Op.OpBitwiseOr, null);
            case BIT_XOR -> new Row(null, Op.OpBitwiseXor, Op.OpBitwiseXor, null);
            case SHL -> new Row(null, Op.OpShiftLeftLogical, Op.OpShiftLeftLogical, null);
            case SHR -> new Row(null, Op.OpShiftRightArithmetic, Op.OpShiftRightLogical, null);
            case MIN, MAX -> throw new IllegalStateException(op + " is an extended instruction");
        };
    }

    static int binary(Lowering c, Expr.Binary b) {
        DType t = b.left().type();
        int left = c.expr(b.left());
        int right = c.expr(b.right());
        if (b.op() == BinaryOp.MIN || b.op() == BinaryOp.MAX) return minMax(c, b.op(), t, left, right);
        if (b.op() == BinaryOp.REM && t.isSigned() && !t.isFloat()) return signedRemainder(c, t, left, right);
        if (b.op() == BinaryOp.SHL || b.op() == BinaryOp.SHR) {
            right = c.f.result(Op.OpBitwiseAnd, Lowering.type(t), right, c.constant(TypeTable.intConstant(t, t.bits() - 1)));
        }
        return c.f.result(row(b.op()).pick(t), Lowering.type(b.type()), left, right);
    }

    /** {@code a - b * (a / b)}: OpSDiv truncates and is defined for negative operands; drivers share the quotient with a neighbouring division. */
    private static int signedRemainder(Lowering c, DType t, int a, int b) {
        SpirvType type = Lowering.type(t);
        int quotient = c.f.result(Op.OpSDiv, type, a, b);
        return c.f.result(Op.OpISub, type, a, c.f.result(Op.OpIMul, type, quotient, b));
    }

    private static int minMax(Lowering c, BinaryOp op, DType t, int a, int b) {
        boolean min = op == BinaryOp.MIN;
        GlslStd450 inst = t.isFloat() ? (min ? GlslStd450.NMin : GlslStd450.NMax)
                : t.isSigned() ? (min ? GlslStd450.SMin : GlslStd450.SMax)
                : (min ? GlslStd450.UMin : GlslStd450.UMax);
        return c.f.glsl(inst, Lowering.type(t), a, b);
    }

    static int unary(Lowering c, Expr.Unary u) {
        DType t = u.type();
        int x = c.expr(u.operand());
        return switch (u.op()) {
            case NEG -> c.f.result(t.isFloat() ? Op.OpFNegate : Op.OpSNegate, Lowering.type(t), x);
            case NOT -> c.f.result(Op.OpLogicalNot, Lowering.type(t), x);
            case BIT_NOT -> c.f.result(Op.OpNot, Lowering.type(t), x);
            case ABS -> t.isFloat() ? c.f.glsl(GlslStd450.FAbs, Lowering.type(t), x)
                    : t.isSigned() ? c.f.glsl(GlslStd450.SAbs, Lowering.type(t), x)
                    : x;
        };
    }
}
