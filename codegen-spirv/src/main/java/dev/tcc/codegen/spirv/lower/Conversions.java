package dev.tcc.codegen.spirv.lower;

import dev.tcc.codegen.spirv.asm.SpirvType;
import dev.tcc.codegen.spirv.grammar.GlslStd450;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.ir.DType;

/**
 * {@link dev.tcc.ir.kernel.Expr.Cast}, with kernel IR's rules: to bool is {@code x != 0} (NaN is true); bool is 0
 * or 1; integers wrap or extend by the source's signedness; float to integer truncates toward zero, saturates
 * and maps NaN to 0 (SPIR-V leaves out-of-range conversions undefined, so the value is clamped first and the
 * ends are selected explicitly).
 */
final class Conversions {
    private Conversions() {}

    static int cast(Lowering c, DType to, DType from, int x) {
        if (to == from) return x;
        if (to == DType.BOOL) {
            Op ne = from.isFloat() ? Op.OpFUnordNotEqual : Op.OpINotEqual;
            return c.f.result(ne, SpirvType.BOOL, x, c.zero(from));
        }
        if (from == DType.BOOL) return c.f.result(Op.OpSelect, Lowering.type(to), x, c.one(to), c.zero(to));
        if (from.isFloat() && to.isFloat()) return c.f.result(Op.OpFConvert, Lowering.type(to), x);
        if (to.isFloat()) return c.f.result(from.isSigned() ? Op.OpConvertSToF : Op.OpConvertUToF, Lowering.type(to), x);
        if (from.isFloat()) return floatToInt(c, to, from, x);
        return intToInt(c, to, from, x);
    }

    /**
     * Integer to integer: change the width keeping the source's signedness (OpSConvert sign-extends,
     * OpUConvert zero-extends; both truncate when narrowing), then reinterpret the bits if the target's
     * signedness differs.
     */
    static int intToInt(Lowering c, DType to, DType from, int x) {
        int widthFrom = from.bits();
        int widthTo = to.bits();
        SpirvType resized = new SpirvType.Int(widthTo, from.isSigned());
        int v = x;
        if (widthFrom != widthTo) v = c.f.result(from.isSigned() ? Op.OpSConvert : Op.OpUConvert, resized, v);
        if (from.isSigned() != to.isSigned()) v = c.f.result(Op.OpBitcast, Lowering.type(to), v);
        return v;
    }

    /**
     * Float to integer, saturating: {@code isnan(x) ? 0 : x >= 2^n ? MAX : convert(clamp(x, MIN, largest float
     * below 2^n))}, where {@code 2^n} is MAX + 1 (exact in every float type).
     */
    private static int floatToInt(Lowering c, DType to, DType from, int x) {
        int bits = to.bits();
        boolean signed = to.isSigned();
        double limit = Math.scalb(1.0, signed ? bits - 1 : bits);      // MAX + 1
        double low = signed ? -limit : 0;
        double high = from == DType.F32 ? Math.nextDown((float) limit) : Math.nextDown(limit);
        SpirvType ft = Lowering.type(from);
        int clamped = c.f.glsl(GlslStd450.NClamp, ft, x,
                c.constant(TypeTable.floatConstant(from, low)), c.constant(TypeTable.floatConstant(from, high)));
        int converted = c.f.result(signed ? Op.OpConvertFToS : Op.OpConvertFToU, Lowering.type(to), clamped);
        long max = signed ? (bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1) : (bits == 64 ? -1L : (1L << bits) - 1);
        int tooBig = c.f.result(Op.OpFOrdGreaterThanEqual, SpirvType.BOOL, x, c.constant(TypeTable.floatConstant(from, limit)));
        int saturated = c.f.result(Op.OpSelect, Lowering.type(to), tooBig, c.constant(TypeTable.intConstant(to, max)), converted);
        int nan = c.f.result(Op.OpIsNan, SpirvType.BOOL, x);
        return c.f.result(Op.OpSelect, Lowering.type(to), nan, c.zero(to), saturated);
    }
}
