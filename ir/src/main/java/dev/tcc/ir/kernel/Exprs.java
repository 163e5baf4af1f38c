package dev.tcc.ir.kernel;

import dev.tcc.ir.DType;

import java.util.List;

/**
 * Static factories for expressions, meant for {@code import static dev.tcc.ir.kernel.Exprs.*}. The
 * overloads taking a {@code long} or {@code double} turn the number into a literal of the other
 * operand's type, so {@code add(i, 1)} or {@code mul(x, 0.5)} read as they would in C.
 */
public final class Exprs {
    private Exprs() {}

    // ---- literals

    public static Expr.IntLit i32(long v) { return new Expr.IntLit(DType.I32, v); }

    public static Expr.IntLit u32(long v) { return new Expr.IntLit(DType.U32, v); }

    public static Expr.IntLit i64(long v) { return new Expr.IntLit(DType.I64, v); }

    public static Expr.IntLit u64(long v) { return new Expr.IntLit(DType.U64, v); }

    public static Expr.FloatLit f32(double v) { return new Expr.FloatLit(DType.F32, v); }

    public static Expr.FloatLit f64(double v) { return new Expr.FloatLit(DType.F64, v); }

    public static Expr.IntLit bool(boolean v) { return new Expr.IntLit(DType.BOOL, v ? 1 : 0); }

    /** A literal of any value type; floats truncate when {@code type} is an integer type. */
    public static Expr lit(DType type, double v) {
        return type.isFloat() ? new Expr.FloatLit(type, v) : new Expr.IntLit(type, (long) v);
    }

    /** An integer literal of any value type (converted exactly when {@code type} is a float type). */
    public static Expr lit(DType type, long v) {
        return type.isFloat() ? new Expr.FloatLit(type, v) : new Expr.IntLit(type, v);
    }

    // ---- ids (i32)

    public static Expr globalId(int dim) { return new Expr.Builtin(Expr.Builtin.Kind.GLOBAL_ID, dim); }

    public static Expr localId(int dim) { return new Expr.Builtin(Expr.Builtin.Kind.LOCAL_ID, dim); }

    public static Expr groupId(int dim) { return new Expr.Builtin(Expr.Builtin.Kind.GROUP_ID, dim); }

    public static Expr globalSize(int dim) { return new Expr.Builtin(Expr.Builtin.Kind.GLOBAL_SIZE, dim); }

    public static Expr localSize(int dim) { return new Expr.Builtin(Expr.Builtin.Kind.LOCAL_SIZE, dim); }

    public static Expr numGroups(int dim) { return new Expr.Builtin(Expr.Builtin.Kind.NUM_GROUPS, dim); }

    // ---- memory

    public static Expr load(Memory m, Expr index) { return new Expr.Load(m, index); }

    public static Expr load(Memory m, long index) { return new Expr.Load(m, i32(index)); }

    // ---- arithmetic

    public static Expr add(Expr a, Expr b) { return bin(BinaryOp.ADD, a, b); }

    public static Expr add(Expr a, long b) { return bin(BinaryOp.ADD, a, like(a, b)); }

    public static Expr add(Expr a, double b) { return bin(BinaryOp.ADD, a, like(a, b)); }

    /** The sum of one or more terms, left to right. */
    public static Expr sum(Expr first, Expr... rest) {
        Expr s = first;
        for (Expr e : rest) s = add(s, e);
        return s;
    }

    public static Expr sub(Expr a, Expr b) { return bin(BinaryOp.SUB, a, b); }

    public static Expr sub(Expr a, long b) { return bin(BinaryOp.SUB, a, like(a, b)); }

    public static Expr sub(Expr a, double b) { return bin(BinaryOp.SUB, a, like(a, b)); }

    public static Expr mul(Expr a, Expr b) { return bin(BinaryOp.MUL, a, b); }

    public static Expr mul(Expr a, long b) { return bin(BinaryOp.MUL, a, like(a, b)); }

    public static Expr mul(Expr a, double b) { return bin(BinaryOp.MUL, a, like(a, b)); }

    public static Expr div(Expr a, Expr b) { return bin(BinaryOp.DIV, a, b); }

    public static Expr div(Expr a, long b) { return bin(BinaryOp.DIV, a, like(a, b)); }

    public static Expr rem(Expr a, Expr b) { return bin(BinaryOp.REM, a, b); }

    public static Expr rem(Expr a, long b) { return bin(BinaryOp.REM, a, like(a, b)); }

    public static Expr min(Expr a, Expr b) { return bin(BinaryOp.MIN, a, b); }

    public static Expr min(Expr a, long b) { return bin(BinaryOp.MIN, a, like(a, b)); }

    public static Expr max(Expr a, Expr b) { return bin(BinaryOp.MAX, a, b); }

    public static Expr max(Expr a, long b) { return bin(BinaryOp.MAX, a, like(a, b)); }

    public static Expr max(Expr a, double b) { return bin(BinaryOp.MAX, a, like(a, b)); }

    public static Expr neg(Expr a) { return new Expr.Unary(UnaryOp.NEG, a); }

    public static Expr abs(Expr a) { return new Expr.Unary(UnaryOp.ABS, a); }

    // ---- comparisons and logic (bool results)

    public static Expr eq(Expr a, Expr b) { return bin(BinaryOp.EQ, a, b); }

    public static Expr eq(Expr a, long b) { return bin(BinaryOp.EQ, a, like(a, b)); }

    public static Expr ne(Expr a, Expr b) { return bin(BinaryOp.NE, a, b); }

    public static Expr ne(Expr a, long b) { return bin(BinaryOp.NE, a, like(a, b)); }

    public static Expr lt(Expr a, Expr b) { return bin(BinaryOp.LT, a, b); }

    public static Expr lt(Expr a, long b) { return bin(BinaryOp.LT, a, like(a, b)); }

    public static Expr lt(Expr a, double b) { return bin(BinaryOp.LT, a, like(a, b)); }

    public static Expr le(Expr a, Expr b) { return bin(BinaryOp.LE, a, b); }

    public static Expr le(Expr a, long b) { return bin(BinaryOp.LE, a, like(a, b)); }

    public static Expr gt(Expr a, Expr b) { return bin(BinaryOp.GT, a, b); }

    public static Expr gt(Expr a, long b) { return bin(BinaryOp.GT, a, like(a, b)); }

    public static Expr ge(Expr a, Expr b) { return bin(BinaryOp.GE, a, b); }

    public static Expr ge(Expr a, long b) { return bin(BinaryOp.GE, a, like(a, b)); }

    public static Expr gt(Expr a, double b) { return bin(BinaryOp.GT, a, like(a, b)); }

    public static Expr and(Expr a, Expr b) { return bin(BinaryOp.AND, a, b); }

    public static Expr or(Expr a, Expr b) { return bin(BinaryOp.OR, a, b); }

    public static Expr not(Expr a) { return new Expr.Unary(UnaryOp.NOT, a); }

    // ---- bits

    public static Expr bitAnd(Expr a, Expr b) { return bin(BinaryOp.BIT_AND, a, b); }

    public static Expr bitAnd(Expr a, long b) { return bin(BinaryOp.BIT_AND, a, like(a, b)); }

    public static Expr bitOr(Expr a, Expr b) { return bin(BinaryOp.BIT_OR, a, b); }

    public static Expr bitXor(Expr a, Expr b) { return bin(BinaryOp.BIT_XOR, a, b); }

    public static Expr bitNot(Expr a) { return new Expr.Unary(UnaryOp.BIT_NOT, a); }

    public static Expr shl(Expr a, Expr b) { return bin(BinaryOp.SHL, a, b); }

    public static Expr shl(Expr a, long b) { return bin(BinaryOp.SHL, a, like(a, b)); }

    public static Expr shr(Expr a, Expr b) { return bin(BinaryOp.SHR, a, b); }

    public static Expr shr(Expr a, long b) { return bin(BinaryOp.SHR, a, like(a, b)); }

    // ---- selection, conversion, math

    public static Expr select(Expr cond, Expr ifTrue, Expr ifFalse) { return new Expr.Select(cond, ifTrue, ifFalse); }

    /** Converts {@code e} to {@code to}; returns {@code e} itself when it already has that type. */
    public static Expr cast(DType to, Expr e) { return e.type() == to ? e : new Expr.Cast(to, e); }

    public static Expr call(MathFn fn, Expr... args) { return new Expr.Call(fn, List.of(args)); }

    public static Expr exp(Expr x) { return call(MathFn.EXP, x); }

    public static Expr log(Expr x) { return call(MathFn.LOG, x); }

    public static Expr sqrt(Expr x) { return call(MathFn.SQRT, x); }

    public static Expr rsqrt(Expr x) { return call(MathFn.RSQRT, x); }

    public static Expr tanh(Expr x) { return call(MathFn.TANH, x); }

    public static Expr erf(Expr x) { return call(MathFn.ERF, x); }

    public static Expr pow(Expr x, Expr y) { return call(MathFn.POW, x, y); }

    public static Expr fma(Expr a, Expr b, Expr c) { return call(MathFn.FMA, a, b, c); }

    public static Expr floor(Expr x) { return call(MathFn.FLOOR, x); }

    public static Expr isNan(Expr x) { return call(MathFn.ISNAN, x); }

    private static Expr bin(BinaryOp op, Expr a, Expr b) { return new Expr.Binary(op, a, b); }

    /** {@code v} as a literal of {@code other}'s type. */
    private static Expr like(Expr other, long v) { return lit(other.type(), v); }

    private static Expr like(Expr other, double v) {
        if (!other.type().isFloat()) {
            throw new KernelIrException("a float constant " + v + " cannot combine with a " + other.type() + " operand");
        }
        return lit(other.type(), v);
    }
}
