package dev.tcc.passes.lower;

import dev.tcc.ir.program.DeviceTypes;
import dev.tcc.ir.DType;
import dev.tcc.ir.MiniFloats;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.MathFn;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * Rounding of f32/f64 kernel values to the float formats narrower than f32 (f16, bf16, the f8 formats,
 * f4e2m1), by arithmetic only: kernel IR has no bit casts, and values of these formats are kept as the f32
 * numbers they denote ({@link DeviceTypes}). The rules are those of {@link dev.tcc.ir.Numerics#round} and
 * {@link MiniFloats#round}: round to the format's precision with ties to even (subnormals below the smallest
 * normal exponent), then map what lies beyond the largest finite value to that value (saturation), to
 * infinity or to NaN.
 *
 * <p>The binary exponent of {@code |x|} comes from {@code floor(log2 |x|)} corrected by one step either way
 * against an exact power of two, built by multiplying power-of-two literals selected by the bits of the
 * exponent, so the result does not depend on the accuracy of the device's {@code exp2}.
 */
final class NarrowFloats {
    private NarrowFloats() {}

    /** Precision, smallest normal exponent, largest finite value and overflow rule of a format. */
    private record Format(int mBits, int minExp, double max, Overflow overflow, boolean noNegativeZero) {}

    private enum Overflow { INFINITY, NAN, SATURATE }

    private static Format format(DType t) {
        return switch (t) {
            case F16 -> new Format(10, -14, 65504, Overflow.INFINITY, false);
            case BF16 -> new Format(7, -126, 0x1.FEp127, Overflow.INFINITY, false);
            case F8E4M3FN -> new Format(3, -6, 448, Overflow.NAN, false);
            case F8E4M3FNUZ -> new Format(3, -7, 240, Overflow.NAN, true);
            case F8E5M2 -> new Format(2, -14, 57344, Overflow.INFINITY, false);
            case F8E5M2FNUZ -> new Format(2, -15, 57344, Overflow.NAN, true);
            case F4E2M1 -> new Format(1, 0, 6, Overflow.SATURATE, false);
            default -> throw new IllegalArgumentException("not a narrow IEEE-like float: " + t);
        };
    }

    /** {@code x} rounded as arithmetic in type {@code t} rounds (no saturation), as an f32 value. */
    static Expr round(Scope s, Expr x, DType t) {
        return t == DType.F8E8M0 ? e8m0(s, x, false, MiniFloats.E8M0Rounding.NEAREST) : round(s, x, t, false);
    }

    /** {@code x} converted to {@code t} with ONNX Cast's rules ({@code saturate} for the f8 formats). */
    static Expr convert(Scope s, Expr x, DType t, boolean saturate, MiniFloats.E8M0Rounding mode) {
        return t == DType.F8E8M0 ? e8m0(s, x, saturate, mode) : round(s, x, t, saturate && t != DType.F16 && t != DType.BF16);
    }

    private static Expr round(Scope s, Expr x0, DType t, boolean saturate) {
        Format f = format(t);
        DType ft = x0.type();
        Expr x = s.let("x", x0);
        Expr a = s.let("a", abs(x));
        Expr e = s.let("e", max(exponent(s, a, f.minExp() - 1, 130), lit(DType.I32, f.minExp())));
        Expr q = pow2(s, sub(e, (long) f.mBits()), ft);
        Expr r = s.let("r", select(call(MathFn.ISINF, a), a, mul(call(MathFn.RINT, div(a, q)), q)));
        Expr over = gt(r, lit(ft, f.max()));
        Overflow rule = saturate ? Overflow.SATURATE : f.overflow();
        Expr big = switch (rule) {
            case SATURATE -> lit(ft, f.max());
            case INFINITY -> lit(ft, Double.POSITIVE_INFINITY);
            case NAN -> lit(ft, Double.NaN);
        };
        r = s.let("r", select(over, big, r));
        Expr negative = or(lt(x, lit(ft, 0.0)), and(eq(x, lit(ft, 0.0)), lt(div(lit(ft, 1.0), x), lit(ft, 0.0))));
        Expr signed = select(negative, neg(r), r);
        if (f.noNegativeZero()) signed = select(eq(r, lit(ft, 0.0)), lit(ft, 0.0), signed);
        Expr nan = t == DType.F4E2M1 ? lit(ft, -0.0) : lit(ft, Double.NaN);
        return s.let("rounded", cast(DType.F32, select(call(MathFn.ISNAN, x), nan, signed)));
    }

    /** ONNX's conversion to f8e8m0 ({@link MiniFloats#toE8M0}): keeps the f32 exponent, rounding per {@code mode}. */
    private static Expr e8m0(Scope s, Expr x0, boolean saturate, MiniFloats.E8M0Rounding mode) {
        Expr x = s.let("x", cast(DType.F32, x0));
        Expr a = s.let("a", abs(x));
        Expr normal = s.let("normal", ge(a, f32(0x1p-126)));
        Expr e = exponent(s, a, -127, 128);
        Expr p = pow2(s, e, DType.F32);
        Expr frac = sub(div(a, p), f32(1));
        Expr big = s.let("E", select(normal, add(e, 127), i32(0)));
        Expr up = switch (mode) {
            case UP -> select(normal, ne(frac, f32(0)), ne(a, f32(0)));
            case DOWN -> bool(false);
            case NEAREST -> select(normal, ge(frac, f32(0.5)), gt(a, f32(0x1p-127)));
        };
        Expr bump = saturate ? and(up, ne(big, i32(254))) : up;
        Expr biased = s.let("E", select(bump, add(big, 1), big));
        Expr special = or(or(call(MathFn.ISNAN, x), call(MathFn.ISINF, x)), eq(biased, i32(255)));
        Expr value = pow2(s, sub(biased, 127L), DType.F32);
        return s.let("rounded", select(special, f32(Double.NaN), value));
    }

    /** The exponent {@code e} with {@code 2^e <= a < 2^(e+1)} for finite {@code a > 0}, clamped to {@code [lo, hi]} (i32). */
    static Expr exponent(Scope s, Expr a, int lo, int hi) {
        DType ft = a.type();
        Expr guess = s.let("e", max(min(cast(DType.I32, call(MathFn.FLOOR, call(MathFn.LOG2, a))), i32(hi)), i32(lo)));
        Expr p = pow2(s, guess, ft);
        Expr fixed = select(gt(p, a), sub(guess, 1L), select(le(mul(p, lit(ft, 2.0)), a), add(guess, 1L), guess));
        return s.let("e", max(min(fixed, i32(hi)), i32(lo)));
    }

    /** {@code 2^e} exactly (i32 {@code e}; zero or infinity beyond the type's range) as a value of float type {@code ft}. */
    static Expr pow2(Scope s, Expr e, DType ft) {
        int bits = ft == DType.F64 ? 11 : 8;
        Expr ae = s.let("ae", abs(e));
        Expr negative = s.let("eneg", lt(e, i32(0)));
        Expr p = lit(ft, 1.0);
        for (int i = 0; i < bits; i++) {
            double up = Math.scalb(1.0, 1 << i), down = Math.scalb(1.0, -(1 << i));
            Expr factor = select(negative, lit(ft, ft == DType.F32 ? (float) down : down), lit(ft, ft == DType.F32 ? (float) up : up));
            Expr bitSet = ne(bitAnd(shr(ae, i32(i)), i32(1)), i32(0));
            p = s.let("p", mul(p, select(bitSet, factor, lit(ft, 1.0))));
        }
        return p;
    }
}
