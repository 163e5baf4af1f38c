package dev.tcc.passes.lower;

import dev.tcc.ir.program.Profile;
import dev.tcc.ir.program.DeviceTypes;
import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.MathFn;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * The graph IR's elementwise semantics ({@link Elementwise}) as kernel expressions on value types
 * ({@link DeviceTypes#value}): NaN propagation through min/max, Python's modulo, guarded integer division
 * (no trap on zero or {@code MIN / -1}), exact integer powers, shifts past the width, C-like float to
 * integer conversion with wrapping, and the rounding or wrapping to narrow types after every operation.
 */
final class ScalarOps {
    private ScalarOps() {}

    /** The float type integer ops "computed in double" use on this target. */
    static DType wide(Profile t) { return t.fp64() ? DType.F64 : DType.F32; }

    /** {@code x} brought into the value range of graph type {@code t}: narrow floats rounded, narrow integers wrapped. */
    static Expr fit(Scope s, Expr x, DType t) {
        if (DeviceTypes.isNarrowFloat(t)) return NarrowFloats.round(s, x, t);
        if (!DeviceTypes.isNarrowInt(t)) return x;
        int bits = t.bits();
        if (t.isSigned()) return shr(shl(x, i32(32 - bits)), i32(32 - bits));
        return bitAnd(x, u32((1L << bits) - 1));
    }

    // ---- unary

    static Expr unary(Scope s, UnaryFn fn, Expr x, DType in, DType out, Profile target) {
        if (fn.predicate()) {
            if (!in.isFloat()) return bool(false);
            return switch (fn) {
                case IS_NAN -> call(MathFn.ISNAN, x);
                case IS_INF -> call(MathFn.ISINF, x);
                case IS_POS_INF -> and(call(MathFn.ISINF, x), gt(x, lit(x.type(), 0.0)));
                case IS_NEG_INF -> and(call(MathFn.ISINF, x), lt(x, lit(x.type(), 0.0)));
                default -> throw new IllegalStateException(fn.toString());
            };
        }
        if (in.isFloat()) return fit(s, floatUnary(s, fn, x), out);
        if (in == DType.BOOL) {
            if (fn == UnaryFn.NOT) return not(x);
            throw new LoweringException(fn.name().toLowerCase() + " is not defined on bool");
        }
        boolean signed = in.isSigned();
        Expr r = switch (fn) {
            case NEG -> neg(x);
            case ABS -> signed ? abs(x) : x;
            case SIGN -> signed ? select(gt(x, lit(x.type(), 0L)), lit(x.type(), 1L), select(lt(x, lit(x.type(), 0L)), lit(x.type(), -1L), lit(x.type(), 0L)))
                    : select(ne(x, lit(x.type(), 0L)), lit(x.type(), 1L), lit(x.type(), 0L));
            case RELU -> signed ? max(x, lit(x.type(), 0L)) : x;
            case BITWISE_NOT -> bitNot(x);
            case NOT -> throw new LoweringException("not is defined on bool only, got " + in);
            default -> toInteger(s, floatUnary(s, fn, cast(wide(target), x)), out);
        };
        return fit(s, r, out);
    }

    private static Expr floatUnary(Scope s, UnaryFn fn, Expr x) {
        DType t = x.type();
        return switch (fn) {
            case NEG -> neg(x);
            case ABS -> abs(x);
            case EXP -> call(MathFn.EXP, x);
            case LOG -> call(MathFn.LOG, x);
            case EXPM1 -> expm1(s, x);
            case LOG1P -> log1p(s, x);
            case SQRT -> call(MathFn.SQRT, x);
            case RECIPROCAL -> div(lit(t, 1.0), x);
            case SIN -> call(MathFn.SIN, x);
            case COS -> call(MathFn.COS, x);
            case TAN -> call(MathFn.TAN, x);
            case ASIN -> call(MathFn.ASIN, x);
            case ACOS -> call(MathFn.ACOS, x);
            case ATAN -> call(MathFn.ATAN, x);
            case SINH -> call(MathFn.SINH, x);
            case COSH -> call(MathFn.COSH, x);
            case ASINH -> call(MathFn.ASINH, x);
            case ACOSH -> call(MathFn.ACOSH, x);
            case ATANH -> call(MathFn.ATANH, x);
            case TANH -> call(MathFn.TANH, x);
            case SIGMOID -> div(lit(t, 1.0), add(lit(t, 1.0), call(MathFn.EXP, neg(x))));
            case ERF -> call(MathFn.ERF, x);
            case RELU -> select(lt(x, lit(t, 0.0)), lit(t, 0.0), x);
            case FLOOR -> call(MathFn.FLOOR, x);
            case CEIL -> call(MathFn.CEIL, x);
            case ROUND -> call(MathFn.RINT, x);
            case SIGN -> select(gt(x, lit(t, 0.0)), lit(t, 1.0), select(lt(x, lit(t, 0.0)), lit(t, -1.0), x));
            case NOT, BITWISE_NOT -> throw new LoweringException(fn.name().toLowerCase() + " is not defined on floating types");
            case IS_NAN, IS_INF, IS_POS_INF, IS_NEG_INF -> throw new IllegalStateException(fn + " is a predicate");
        };
    }

    /** {@code exp(x) - 1} without cancellation near 0 (Kahan: {@code (u-1) * x / log u}). */
    private static Expr expm1(Scope s, Expr x) {
        DType t = x.type();
        Expr u = s.let("u", call(MathFn.EXP, x));
        Expr um1 = s.let("um1", sub(u, lit(t, 1.0)));
        Expr r = select(eq(u, lit(t, 1.0)), x, select(eq(um1, lit(t, -1.0)), lit(t, -1.0), div(mul(um1, x), call(MathFn.LOG, u))));
        return select(call(MathFn.ISINF, u), u, r);
    }

    /** {@code log(1 + x)} without cancellation near 0 (Kahan: {@code log(u) * x / (u - 1)}). */
    private static Expr log1p(Scope s, Expr x) {
        DType t = x.type();
        Expr u = s.let("u", add(lit(t, 1.0), x));
        Expr r = select(eq(u, lit(t, 1.0)), x, div(mul(call(MathFn.LOG, u), x), sub(u, lit(t, 1.0))));
        return select(call(MathFn.ISINF, u), call(MathFn.LOG, u), r);
    }

    // ---- conversions

    /** Float {@code x} to integer or bool graph type {@code to}: truncation toward zero, NaN to 0, then wrapping. */
    static Expr toInteger(Scope s, Expr x, DType to) {
        if (to == DType.BOOL) return ne(x, lit(x.type(), 0.0));
        if (to == DType.U64) {
            Expr v = s.let("x", x);
            return select(lt(v, lit(v.type(), 0.0)), cast(DType.U64, cast(DType.I64, v)), cast(DType.U64, v));
        }
        Expr wide = cast(DType.I64, x);
        return fit(s, cast(DeviceTypes.value(to), wide), to);
    }

    /** The graph IR's {@link Elementwise.Cast} of {@code x} from {@code from}. */
    static Expr castOp(Scope s, Expr x, DType from, Elementwise.Cast c, Profile target) {
        DType to = c.to();
        if (to == DType.BOOL) return from == DType.BOOL ? x : ne(x, lit(x.type(), 0L));
        if (to.isFloat()) {
            DType vt = DeviceTypes.value(to);
            if (!DeviceTypes.isNarrowFloat(to)) return dev.tcc.ir.kernel.Exprs.cast(vt, x);
            Expr f = from.isFloat() ? x : dev.tcc.ir.kernel.Exprs.cast(from == DType.I64 || from == DType.U64 ? wide(target) : DType.F32, x);
            return NarrowFloats.convert(s, f, to, c.saturate(), c.e8m0Rounding());
        }
        if (from.isFloat()) return toInteger(s, x, to);
        return fit(s, dev.tcc.ir.kernel.Exprs.cast(DeviceTypes.value(to), x), to);
    }

    // ---- binary

    static Expr binary(Scope s, BinaryFn fn, Expr a, DType ta, Expr b, DType tb, DType out, Profile target) {
        if (fn == BinaryFn.POW) return pow(s, a, ta, b, tb, out, target);
        if (ta == DType.BOOL) return boolOp(fn, a, b);
        if (fn.predicate()) return compare(fn, a, b);
        Expr r = ta.isFloat() ? floatOp(s, fn, a, b) : intOp(s, fn, a, b, ta);
        return fit(s, r, out);
    }

    private static Expr boolOp(BinaryFn fn, Expr a, Expr b) {
        return switch (fn) {
            case AND, BIT_AND, MIN, MUL -> and(a, b);
            case OR, BIT_OR, MAX, ADD -> or(a, b);
            case XOR, BIT_XOR -> ne(a, b);
            case EQ -> eq(a, b);
            case LT, LE, GT, GE -> compare(fn, cast(DType.I32, a), cast(DType.I32, b));
            default -> throw new LoweringException(fn.name().toLowerCase() + " is not defined on bool");
        };
    }

    private static Expr compare(BinaryFn fn, Expr a, Expr b) {
        return switch (fn) {
            case EQ -> eq(a, b);
            case LT -> lt(a, b);
            case LE -> le(a, b);
            case GT -> gt(a, b);
            case GE -> ge(a, b);
            default -> throw new LoweringException(fn.name().toLowerCase() + " is not defined on " + a.type());
        };
    }

    private static Expr floatOp(Scope s, BinaryFn fn, Expr a, Expr b) {
        DType t = a.type();
        return switch (fn) {
            case ADD -> add(a, b);
            case SUB -> sub(a, b);
            case MUL -> mul(a, b);
            case DIV -> div(a, b);
            case MIN -> select(or(call(MathFn.ISNAN, a), call(MathFn.ISNAN, b)), add(a, b), min(a, b));
            case MAX -> select(or(call(MathFn.ISNAN, a), call(MathFn.ISNAN, b)), add(a, b), max(a, b));
            case FMOD -> rem(a, b);
            case MOD -> {
                Expr m = s.let("m", rem(a, b));
                yield select(and(ne(m, lit(t, 0.0)), ne(lt(m, lit(t, 0.0)), lt(b, lit(t, 0.0)))), add(m, b), m);
            }
            default -> throw new LoweringException(fn.name().toLowerCase() + " is not defined on floating types");
        };
    }

    private static Expr intOp(Scope s, BinaryFn fn, Expr a, Expr b, DType ta) {
        DType t = a.type();
        boolean signed = ta.isSigned();
        Expr zero = lit(t, 0L), one = lit(t, 1L);
        return switch (fn) {
            case ADD -> add(a, b);
            case SUB -> sub(a, b);
            case MUL -> mul(a, b);
            case DIV -> {
                Expr bad = signed ? or(eq(b, zero), eq(b, lit(t, -1L))) : eq(b, zero);
                Expr safe = s.let("d", select(bad, one, b));
                Expr q = div(a, safe);
                yield select(eq(b, zero), zero, signed ? select(eq(b, lit(t, -1L)), neg(a), q) : q);
            }
            case MOD, FMOD -> {
                Expr bad = signed ? or(eq(b, zero), eq(b, lit(t, -1L))) : eq(b, zero);
                Expr safe = s.let("d", select(bad, one, b));
                Expr r = s.let("r", select(bad, zero, rem(a, safe)));
                yield fn == BinaryFn.FMOD || !signed ? r
                        : select(and(ne(r, zero), ne(lt(r, zero), lt(b, zero))), add(r, b), r);
            }
            case MIN -> min(a, b);
            case MAX -> max(a, b);
            case BIT_AND, AND -> bitAnd(a, b);
            case BIT_OR, OR -> bitOr(a, b);
            case BIT_XOR, XOR -> bitXor(a, b);
            case SHL, SHR -> {
                Expr amount = cast(t, b);
                Expr wide = ge(cast(DType.U64, b), u64(ta.bits()));
                Expr shifted = fn == BinaryFn.SHL ? shl(a, amount) : shr(a, amount);
                yield select(wide, zero, shifted);
            }
            default -> throw new LoweringException(fn.name().toLowerCase() + " is not defined on integers");
        };
    }

    /** POW with the graph IR's rules: float powers, exact wrapping integer powers, truncated float powers of integers. */
    private static Expr pow(Scope s, Expr a, DType ta, Expr b, DType tb, DType out, Profile target) {
        if (ta.isFloat()) {
            Expr e = cast(a.type(), b);
            return fit(s, call(MathFn.POW, a, e), out);
        }
        if (tb.isFloat()) {
            DType w = b.type() == DType.F64 ? DType.F64 : wide(target);
            return toInteger(s, call(MathFn.POW, cast(w, a), cast(w, b)), out);
        }
        DType t = a.type();
        Expr.Var result = s.var("pw", lit(t, 1L));
        Expr.Var base = s.var("base", a);
        // the loop runs over a non-negative exponent's bits (a negative one gives `small` below), so that its
        // counter provably fits in 32 bits where a target has no 64-bit integers (WGSL)
        Expr bits = b;
        if (tb.isSigned()) {
            Expr e = s.let("ex", b);
            bits = select(lt(e, lit(e.type(), 0L)), lit(e.type(), 0L), e);
        }
        s.loop("ebits", cast(DType.U64, bits), k -> ne(k, u64(0)), k -> shr(k, u64(1)), (l, k) -> {
            l.ifThen(ne(bitAnd(k, u64(1)), u64(0)), t2 -> t2.assign(result, mul(result, base)));
            l.assign(base, mul(base, base));
        });
        Expr r = result;
        if (tb.isSigned()) {
            Expr ew = cast(DType.I64, b);
            Expr odd = ne(bitAnd(ew, i64(1)), i64(0));
            Expr small = select(eq(a, lit(t, 1L)), lit(t, 1L),
                    ta.isSigned() ? select(eq(a, lit(t, -1L)), select(odd, lit(t, -1L), lit(t, 1L)), lit(t, 0L)) : lit(t, 0L));
            r = select(lt(ew, i64(0)), small, r);
        }
        return fit(s, r, out);
    }
}
