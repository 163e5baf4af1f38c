package dev.tcc.codegen.spirv.lower;

import dev.tcc.codegen.spirv.asm.SpirvType;
import dev.tcc.codegen.spirv.grammar.GlslStd450;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.MathFn;

/**
 * Math functions through the GLSL.std.450 extended instructions, one row per function. GLSL.std.450 defines the
 * transcendental functions (exp, log, pow, trigonometric and hyperbolic) for 16- and 32-bit floats only, so
 * for f64 they are computed in f32 and widened again: a precision loss against the interpreter that f64 tests
 * must tolerate. {@code erf} has no instruction and is the Abramowitz-Stegun 7.1.26 approximation (absolute
 * error below 1.5e-7).
 */
final class MathCalls {
    private MathCalls() {}

    /** The instruction of {@code fn} and whether it exists for 64-bit floats. */
    private record Row(GlslStd450 inst, boolean f64) {}

    private static Row row(MathFn fn) {
        return switch (fn) {
            case EXP -> new Row(GlslStd450.Exp, false);
            case EXP2 -> new Row(GlslStd450.Exp2, false);
            case LOG -> new Row(GlslStd450.Log, false);
            case LOG2 -> new Row(GlslStd450.Log2, false);
            case SQRT -> new Row(GlslStd450.Sqrt, true);
            case RSQRT -> new Row(GlslStd450.InverseSqrt, true);
            case SIN -> new Row(GlslStd450.Sin, false);
            case COS -> new Row(GlslStd450.Cos, false);
            case TAN -> new Row(GlslStd450.Tan, false);
            case ASIN -> new Row(GlslStd450.Asin, false);
            case ACOS -> new Row(GlslStd450.Acos, false);
            case ATAN -> new Row(GlslStd450.Atan, false);
            case SINH -> new Row(GlslStd450.Sinh, false);
            case COSH -> new Row(GlslStd450.Cosh, false);
            case TANH -> new Row(GlslStd450.Tanh, false);
            case ASINH -> new Row(GlslStd450.Asinh, false);
            case ACOSH -> new Row(GlslStd450.Acosh, false);
            case ATANH -> new Row(GlslStd450.Atanh, false);
            case FLOOR -> new Row(GlslStd450.Floor, true);
            case CEIL -> new Row(GlslStd450.Ceil, true);
            case TRUNC -> new Row(GlslStd450.Trunc, true);
            case RINT -> new Row(GlslStd450.RoundEven, true);
            case POW -> new Row(GlslStd450.Pow, false);
            case ATAN2 -> new Row(GlslStd450.Atan2, false);
            case FMA -> new Row(GlslStd450.Fma, true);
            case ERF, ISNAN, ISINF -> null;
        };
    }

    static int call(Lowering c, Expr.Call call) {
        DType t = call.args().getFirst().type();
        int[] args = call.args().stream().mapToInt(c::expr).toArray();
        return switch (call.fn()) {
            case ISNAN -> c.f.result(Op.OpIsNan, SpirvType.BOOL, args[0]);
            case ISINF -> c.f.result(Op.OpIsInf, SpirvType.BOOL, args[0]);
            case ERF -> inF32(c, t, args, a -> erf(c, a[0]));
            case TANH -> inF32(c, t, args, a -> nearZero(c, a[0], GlslStd450.Tanh, TANH_SERIES));
            case SINH -> inF32(c, t, args, a -> nearZero(c, a[0], GlslStd450.Sinh, SINH_SERIES));
            default -> {
                Row r = row(call.fn());
                if (t == DType.F64 && !r.f64()) yield inF32(c, t, args, a -> c.f.glsl(r.inst(), SpirvType.F32, a));
                yield c.f.glsl(r.inst(), Lowering.type(t), args);
            }
        };
    }

    /** Applies {@code fn} to f32 arguments: narrows f64 arguments first and widens the result back. */
    private static int inF32(Lowering c, DType t, int[] args, java.util.function.ToIntFunction<int[]> fn) {
        if (t == DType.F32) return fn.applyAsInt(args);
        int[] narrow = new int[args.length];
        for (int i = 0; i < args.length; i++) narrow[i] = c.f.result(Op.OpFConvert, SpirvType.F32, args[i]);
        return c.f.result(Op.OpFConvert, SpirvType.F64, fn.applyAsInt(narrow));
    }

    private static final double[] ERF_COEFFICIENTS = {0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429};
    private static final double ERF_P = 0.3275911;

    /** {@code sign(x) * (1 - poly(t) * exp(-x*x))} with {@code t = 1 / (1 + p|x|)}, in f32. */
    private static int erf(Lowering c, int x) {
        var f = c.f;
        SpirvType ft = SpirvType.F32;
        int a = f.glsl(GlslStd450.FAbs, ft, x);
        int t = f.result(Op.OpFDiv, ft, c.one(DType.F32),
                f.glsl(GlslStd450.Fma, ft, f32(c, ERF_P), a, c.one(DType.F32)));
        int poly = f32(c, ERF_COEFFICIENTS[4]);
        for (int k = 3; k >= 0; k--) poly = f.glsl(GlslStd450.Fma, ft, poly, t, f32(c, ERF_COEFFICIENTS[k]));
        poly = f.result(Op.OpFMul, ft, poly, t);
        int negSquare = f.result(Op.OpFNegate, ft, f.result(Op.OpFMul, ft, a, a));
        int tail = f.result(Op.OpFMul, ft, poly, f.glsl(GlslStd450.Exp, ft, negSquare));
        int magnitude = f.result(Op.OpFSub, ft, c.one(DType.F32), tail);
        return f.result(Op.OpFMul, ft, magnitude, f.glsl(GlslStd450.FSign, ft, x));
    }

    /**
     * Odd Taylor series {@code x * (c0 + c1 x^2 + c2 x^4 + c3 x^6)} of tanh and sinh, used for |x| below
     * {@link #SERIES_BELOW}: drivers may compute both from exp (the Vulkan spec allows it), and {@code exp(2x) - 1}
     * then cancels, leaving a relative error near 1e-3 for small x (lavapipe does); the series is exact to f32 there.
     */
    private static final double[] TANH_SERIES = {1, -1.0 / 3, 2.0 / 15, -17.0 / 315};
    private static final double[] SINH_SERIES = {1, 1.0 / 6, 1.0 / 120, 1.0 / 5040};
    private static final double SERIES_BELOW = 0.125;

    /** {@code inst(x)}, or the odd series with {@code coefficients} where |x| is below {@link #SERIES_BELOW}; in f32. */
    private static int nearZero(Lowering c, int x, GlslStd450 inst, double[] coefficients) {
        var f = c.f;
        SpirvType ft = SpirvType.F32;
        int square = f.result(Op.OpFMul, ft, x, x);
        int poly = f32(c, coefficients[3]);
        for (int k = 2; k >= 0; k--) poly = f.glsl(GlslStd450.Fma, ft, poly, square, f32(c, coefficients[k]));
        int series = f.result(Op.OpFMul, ft, x, poly);
        int small = f.result(Op.OpFOrdLessThan, SpirvType.BOOL, f.glsl(GlslStd450.FAbs, ft, x), f32(c, SERIES_BELOW));
        return f.result(Op.OpSelect, ft, small, series, f.glsl(inst, ft, x));
    }

    private static int f32(Lowering c, double v) { return c.constant(TypeTable.floatConstant(DType.F32, v)); }
}
