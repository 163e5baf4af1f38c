package dev.tcc.codegen.spirv.exec;

import dev.tcc.codegen.spirv.asm.Instruction;
import dev.tcc.codegen.spirv.asm.Operand;
import dev.tcc.codegen.spirv.exec.SpirvValues.Kind;
import dev.tcc.codegen.spirv.exec.SpirvValues.Scalar;
import dev.tcc.codegen.spirv.exec.SpirvValues.Type;
import dev.tcc.codegen.spirv.grammar.GlslStd450;

import java.util.List;
import java.util.function.IntFunction;

import static dev.tcc.codegen.spirv.exec.SpirvValues.id;
import static dev.tcc.codegen.spirv.exec.SpirvValues.lit;
import static dev.tcc.codegen.spirv.exec.SpirvValues.normalise;

/**
 * The value instructions (arithmetic, comparisons, conversions, GLSL.std.450) as the SPIR-V specification
 * defines them, for the subset tcc emits. Operands are looked up by id; {@code typeOf} gives an id's type.
 */
final class SpirvOps {
    private final IntFunction<Object> value;
    private final IntFunction<Type> typeOf;

    SpirvOps(IntFunction<Object> value, IntFunction<Type> typeOf) {
        this.value = value;
        this.typeOf = typeOf;
    }

    Object eval(Instruction i, Scalar r) {
        List<Operand> ops = i.operands();
        return switch (i.op()) {
            case OpIAdd -> r(r, l(ops, 2) + l(ops, 3));
            case OpISub -> r(r, l(ops, 2) - l(ops, 3));
            case OpIMul -> r(r, l(ops, 2) * l(ops, 3));
            case OpSDiv -> l(ops, 3) == 0 ? 0L : r(r, s(ops, 2) / s(ops, 3));
            case OpSRem -> l(ops, 3) == 0 ? 0L : r(r, s(ops, 2) % s(ops, 3));
            case OpUDiv -> l(ops, 3) == 0 ? 0L : r(r, Long.divideUnsigned(u(ops, 2), u(ops, 3)));
            case OpUMod -> l(ops, 3) == 0 ? 0L : r(r, Long.remainderUnsigned(u(ops, 2), u(ops, 3)));
            case OpSNegate -> r(r, -l(ops, 2));
            case OpNot -> r(r, ~l(ops, 2));
            case OpBitwiseAnd -> r(r, l(ops, 2) & l(ops, 3));
            case OpBitwiseOr -> r(r, l(ops, 2) | l(ops, 3));
            case OpBitwiseXor -> r(r, l(ops, 2) ^ l(ops, 3));
            case OpShiftLeftLogical -> r(r, l(ops, 2) << shiftCount(ops, r));
            case OpShiftRightArithmetic -> r(r, s(ops, 2) >> shiftCount(ops, r));
            case OpShiftRightLogical -> r(r, u(ops, 2) >>> shiftCount(ops, r));
            case OpFAdd -> f(r, d(ops, 2) + d(ops, 3));
            case OpFSub -> f(r, d(ops, 2) - d(ops, 3));
            case OpFMul -> f(r, d(ops, 2) * d(ops, 3));
            case OpFDiv -> f(r, d(ops, 2) / d(ops, 3));
            case OpFRem -> f(r, d(ops, 2) % d(ops, 3));
            case OpFNegate -> f(r, -d(ops, 2));
            case OpIEqual -> l(ops, 2) == l(ops, 3);
            case OpINotEqual -> l(ops, 2) != l(ops, 3);
            case OpSLessThan -> s(ops, 2) < s(ops, 3);
            case OpSLessThanEqual -> s(ops, 2) <= s(ops, 3);
            case OpSGreaterThan -> s(ops, 2) > s(ops, 3);
            case OpSGreaterThanEqual -> s(ops, 2) >= s(ops, 3);
            case OpULessThan -> Long.compareUnsigned(u(ops, 2), u(ops, 3)) < 0;
            case OpULessThanEqual -> Long.compareUnsigned(u(ops, 2), u(ops, 3)) <= 0;
            case OpUGreaterThan -> Long.compareUnsigned(u(ops, 2), u(ops, 3)) > 0;
            case OpUGreaterThanEqual -> Long.compareUnsigned(u(ops, 2), u(ops, 3)) >= 0;
            case OpFOrdEqual -> d(ops, 2) == d(ops, 3);
            case OpFUnordNotEqual -> !(d(ops, 2) == d(ops, 3));
            case OpFOrdLessThan -> d(ops, 2) < d(ops, 3);
            case OpFOrdLessThanEqual -> d(ops, 2) <= d(ops, 3);
            case OpFOrdGreaterThan -> d(ops, 2) > d(ops, 3);
            case OpFOrdGreaterThanEqual -> d(ops, 2) >= d(ops, 3);
            case OpLogicalAnd -> b(ops, 2) && b(ops, 3);
            case OpLogicalOr -> b(ops, 2) || b(ops, 3);
            case OpLogicalNot -> !b(ops, 2);
            case OpLogicalEqual -> b(ops, 2) == b(ops, 3);
            case OpLogicalNotEqual -> b(ops, 2) != b(ops, 3);
            case OpIsNan -> Double.isNaN(d(ops, 2));
            case OpIsInf -> Double.isInfinite(d(ops, 2));
            case OpSelect -> b(ops, 2) ? value.apply(id(ops.get(3))) : value.apply(id(ops.get(4)));
            case OpSConvert -> r(r, s(ops, 2));
            case OpUConvert -> r(r, u(ops, 2));
            case OpBitcast -> r(r, l(ops, 2));
            case OpFConvert -> f(r, d(ops, 2));
            case OpQuantizeToF16 -> f(r, Float.float16ToFloat(Float.floatToFloat16((float) d(ops, 2))));
            case OpConvertSToF -> f(r, (double) s(ops, 2));
            case OpConvertUToF -> f(r, unsignedToDouble(u(ops, 2)));
            case OpConvertFToS -> r(r, (long) d(ops, 2));
            case OpConvertFToU -> r(r, d(ops, 2) >= 0x1p63 ? (long) (d(ops, 2) - 0x1p63) + Long.MIN_VALUE : (long) d(ops, 2));
            case OpBitFieldSExtract -> {
                long bits = l(ops, 2) >> l(ops, 3);
                yield r(r, normalise(bits, (int) l(ops, 4), true));
            }
            case OpExtInst -> glsl(GlslStd450Lookup.of(lit(ops.get(3))), ops.subList(4, ops.size()), r);
            default -> throw new UnsupportedOperationException("test interpreter: " + i.op() + " is not implemented");
        };
    }

    private Object glsl(GlslStd450 inst, List<Operand> args, Scalar r) {
        double x = r.kind() == Kind.FLOAT ? dv(args, 0) : 0;
        return switch (inst) {
            case NMin -> f(r, Double.isNaN(dv(args, 0)) ? dv(args, 1) : Double.isNaN(dv(args, 1)) ? x : Math.min(x, dv(args, 1)));
            case NMax -> f(r, Double.isNaN(dv(args, 0)) ? dv(args, 1) : Double.isNaN(dv(args, 1)) ? x : Math.max(x, dv(args, 1)));
            case NClamp -> {
                double lo = dv(args, 1), hi = dv(args, 2);
                double v = Double.isNaN(x) ? lo : Math.max(x, lo);
                yield f(r, Math.min(v, hi));
            }
            case SMin -> r(r, Math.min(sv(args, 0), sv(args, 1)));
            case SMax -> r(r, Math.max(sv(args, 0), sv(args, 1)));
            case UMin -> r(r, Long.compareUnsigned(uv(args, 0), uv(args, 1)) <= 0 ? uv(args, 0) : uv(args, 1));
            case UMax -> r(r, Long.compareUnsigned(uv(args, 0), uv(args, 1)) >= 0 ? uv(args, 0) : uv(args, 1));
            case SAbs -> r(r, Math.abs(sv(args, 0)));
            case FAbs -> f(r, Math.abs(x));
            case FSign -> f(r, Math.signum(x));
            case Sqrt -> f(r, Math.sqrt(x));
            case InverseSqrt -> f(r, 1 / Math.sqrt(x));
            case Exp -> f(r, Math.exp(x));
            case Exp2 -> f(r, Math.pow(2, x));
            case Log -> f(r, Math.log(x));
            case Log2 -> f(r, Math.log(x) / Math.log(2));
            case Sin -> f(r, Math.sin(x));
            case Cos -> f(r, Math.cos(x));
            case Tan -> f(r, Math.tan(x));
            case Tanh -> f(r, Math.tanh(x));
            case Asin -> f(r, Math.asin(x));
            case Acos -> f(r, Math.acos(x));
            case Atan -> f(r, Math.atan(x));
            case Sinh -> f(r, Math.sinh(x));
            case Cosh -> f(r, Math.cosh(x));
            case Asinh -> f(r, Double.isInfinite(x) ? x : Math.log(x + Math.sqrt(x * x + 1)));
            case Acosh -> f(r, Math.log(x + Math.sqrt(x * x - 1)));
            case Atanh -> f(r, 0.5 * Math.log((1 + x) / (1 - x)));
            case Floor -> f(r, Math.floor(x));
            case Ceil -> f(r, Math.ceil(x));
            case Trunc -> f(r, x < 0 ? Math.ceil(x) : Math.floor(x));
            case RoundEven -> f(r, Math.rint(x));
            case Pow -> f(r, Math.pow(x, dv(args, 1)));
            case Atan2 -> f(r, Math.atan2(x, dv(args, 1)));
            case Fma -> f(r, r.width() == 32 ? Math.fma((float) x, (float) dv(args, 1), (float) dv(args, 2)) : Math.fma(x, dv(args, 1), dv(args, 2)));
            default -> throw new UnsupportedOperationException("test interpreter: GLSL.std.450 " + inst + " is not implemented");
        };
    }

    /** The shift count, which tcc masks below the width (larger counts are undefined in SPIR-V). */
    private long shiftCount(List<Operand> ops, Scalar r) {
        long count = u(ops, 3);
        if (count >= r.width()) throw new IllegalStateException("shift count " + count + " >= width " + r.width() + " is undefined");
        return count;
    }

    private static Object r(Scalar t, long v) { return SpirvValues.scalar(t, 0, v); }

    private static Object f(Scalar t, double v) { return SpirvValues.scalar(t, v, 0); }

    private long l(List<Operand> ops, int k) { return (Long) value.apply(id(ops.get(k))); }

    /** The operand as a signed number of its own width. */
    private long s(List<Operand> ops, int k) { return signedOf(id(ops.get(k))); }

    /** The operand as an unsigned number of its own width. */
    private long u(List<Operand> ops, int k) { return unsignedOf(id(ops.get(k))); }

    private double d(List<Operand> ops, int k) { return (Double) value.apply(id(ops.get(k))); }

    private boolean b(List<Operand> ops, int k) { return (Boolean) value.apply(id(ops.get(k))); }

    private double dv(List<Operand> args, int k) { return d(args, k); }

    private long sv(List<Operand> args, int k) { return s(args, k); }

    private long uv(List<Operand> args, int k) { return u(args, k); }

    private long signedOf(int id) { return normalise((Long) value.apply(id), width(id), true); }

    private long unsignedOf(int id) { return normalise((Long) value.apply(id), width(id), false); }

    private int width(int id) { return ((Scalar) typeOf.apply(id)).width(); }

    private static double unsignedToDouble(long v) {
        return v >= 0 ? v : ((v >>> 1) | (v & 1)) * 2.0;
    }

    /** GLSL.std.450 instructions by number. */
    static final class GlslStd450Lookup {
        private static final java.util.Map<Integer, GlslStd450> BY_NUMBER = new java.util.HashMap<>();

        static {
            for (GlslStd450 g : GlslStd450.values()) BY_NUMBER.putIfAbsent(g.number(), g);
        }

        static GlslStd450 of(int number) { return BY_NUMBER.get(number); }
    }
}
