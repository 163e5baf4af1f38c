package dev.tcc.codegen.wgsl;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BinaryOp;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.MathFn;

import java.util.List;
import java.util.function.UnaryOperator;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * Kernel IR to kernel IR rules for WGSL, applied before printing. Each rule rewrites one node (its
 * operands already rewritten) or returns it unchanged; {@link #apply} runs them in order over the kernel
 * with {@link KernelRewriter}. Type-level rules (64-bit integers) are {@link Int64Narrowing}.
 */
final class WgslRules {
    private WgslRules() {}

    /**
     * {@code cast<i32>(cast<i64>(x))} of a float {@code x}: the low 32 bits of the saturated i64 (how
     * ONNX's Cast to a narrow integer is lowered), computed without 64-bit integers. With {@code t =
     * trunc(x)}: below 2^31 in magnitude the low word is {@code t} itself; from there to 2^63 it is
     * {@code t mod 2^32}, exact in f32 because such a {@code t} is a multiple of 2^8, so its remainder has at
     * most 24 significant bits, taken through u32 to wrap into i32; from 2^63 on the i64 saturates to
     * 2^63-1, whose low word is -1; at -2^63 and below it saturates to -2^63, whose low word 0 the formula
     * gives too (as it gives 0 for NaN, through the saturating conversion's NaN rule). {@code
     * cast<u32>(cast<i64>(x))} is the same word as u32.
     */
    static Expr lowWordOfFloatToI64(Expr e) {
        if (e instanceof Expr.Cast outer && (outer.to() == DType.U32 || outer.to() == DType.I32)
                && outer.operand() instanceof Expr.Cast inner && inner.to() == DType.I64 && inner.operand().type() == DType.F16) {
            // an f16 is exactly an f32
            return lowWordOfFloatToI64(new Expr.Cast(outer.to(), new Expr.Cast(DType.I64, new Expr.Cast(DType.F32, inner.operand()))));
        }
        if (e instanceof Expr.Cast outer && outer.to() == DType.U32 && outer.operand() instanceof Expr.Cast inner
                && inner.to() == DType.I64 && inner.operand().type() == DType.F32) {
            // the same low word seen as u32 (how a float is cast to u8, u16 or u32)
            return new Expr.Cast(DType.U32, lowWordOfFloatToI64(new Expr.Cast(DType.I32, inner)));
        }
        if (e instanceof Expr.Cast outer && outer.to() == DType.I32 && outer.operand() instanceof Expr.Cast inner
                && inner.to() == DType.I64 && inner.operand().type() == DType.F32) {
            Expr x = inner.operand();
            Expr t = new Expr.Call(MathFn.TRUNC, List.of(x));
            Expr word = new Expr.Binary(BinaryOp.SUB, t, new Expr.Binary(BinaryOp.MUL, f32(4294967296.0),
                    new Expr.Call(MathFn.FLOOR, List.of(new Expr.Binary(BinaryOp.MUL, t, f32(1.0 / 4294967296.0))))));
            Expr small = new Expr.Binary(BinaryOp.LT, new Expr.Unary(dev.tcc.ir.kernel.UnaryOp.ABS, t), f32(2147483648.0));
            Expr low = new Expr.Select(small, new Expr.Cast(DType.I32, t), new Expr.Cast(DType.I32, new Expr.Cast(DType.U32, word)));
            return new Expr.Select(new Expr.Binary(BinaryOp.GE, x, f32(9.223372036854775807E18)), i32(-1), low);
        }
        return e;
    }

    /**
     * A logarithm or square root of a literal outside its domain ({@code log(0)}, {@code sqrt(-1)}) as the
     * literal it gives in kernel IR (-inf or NaN): WGSL evaluates calls on literals at compile time and
     * rejects the module for these.
     */
    static Expr foldOutOfDomainCall(Expr e) {
        if (!(e instanceof Expr.Call(MathFn fn, List<Expr> args)) || args.size() != 1
                || !(args.getFirst() instanceof Expr.FloatLit(DType type, double v)) || v > 0 || Double.isNaN(v)) {
            return e;
        }
        return switch (fn) {
            case LOG, LOG2 -> new Expr.FloatLit(type, v == 0 ? Double.NEGATIVE_INFINITY : Double.NaN);
            case RSQRT -> new Expr.FloatLit(type, v == 0 ? (1 / v > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY) : Double.NaN);
            case SQRT -> v == 0 ? e : new Expr.FloatLit(type, Double.NaN);
            default -> e;
        };
    }

    /** The expression rules, in order. */
    static final List<UnaryOperator<Expr>> RULES = List.of(WgslRules::lowWordOfFloatToI64, WgslRules::foldOutOfDomainCall);

    static Kernel apply(Kernel k) {
        return KernelRewriter.rewrite(k, e -> {
            for (UnaryOperator<Expr> r : RULES) e = r.apply(e);
            return e;
        });
    }
}
