package dev.tcc.passes.kernel;

import static dev.tcc.passes.kernel.Rule.expr;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BinaryOp;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Exprs;
import dev.tcc.ir.kernel.Expr.Binary;
import dev.tcc.ir.kernel.Expr.FloatLit;
import dev.tcc.ir.kernel.Expr.IntLit;
import dev.tcc.ir.kernel.Expr.Unary;
import dev.tcc.ir.kernel.UnaryOp;

/**
 * Constant folding and algebraic identities that hold for every value. Integer folding follows {@link
 * dev.tcc.ir.kernel.Kernel}'s wrapping semantics; division and remainder by zero and signed {@code MIN /
 * -1} are left alone (unspecified on devices). Float folding covers only IEEE operations that the
 * interpreter and every device compute exactly rounded (+, -, *, /, min, max, comparisons, negation);
 * math functions are never folded. Float identities are only the exact ones: {@code x * 1}, {@code x / 1}
 * and {@code x - 0} (but not {@code x + 0}, which turns -0 into +0, nor {@code x * 0}).
 */
final class FoldRules {
    private FoldRules() {}

    static final RuleSet RULES = RuleSet.of("fold-constants",
            expr("fold-unary", (e, f) -> switch (e) {
                case Unary(var op, IntLit a) -> new IntLit(a.type(), intUnary(op, a));
                case Unary(var op, FloatLit a) when op == UnaryOp.NEG -> new FloatLit(a.type(), -a.value());
                case Unary(var op, FloatLit a) when op == UnaryOp.ABS -> new FloatLit(a.type(), Math.abs(a.value()));
                default -> null;
            }),
            expr("fold-binary", (e, f) -> switch (e) {
                case Binary(var op, IntLit a, IntLit b) when foldable(op, a, b) ->
                        new IntLit(e.type(), intBinary(op, a.type(), a.value(), b.value()));
                case Binary(var op, FloatLit a, FloatLit b) when op.kind() == BinaryOp.Kind.COMPARE ->
                        Exprs.bool(compare(op, a.value(), b.value()));
                case Binary(var op, FloatLit a, FloatLit b) when op != BinaryOp.REM ->
                        new FloatLit(a.type(), floatBinary(op, a.value(), b.value()));
                default -> null;
            }),
            expr("fold-cast", (e, f) -> switch (e) {
                case Expr.Cast(var to, var x) when x.type() == to -> x;
                case Expr.Cast(var to, IntLit x) when x.type() != DType.U64 -> castLiteral(to, x.value());
                default -> null;
            }),
            expr("fold-select", (e, f) -> switch (e) {
                case Expr.Select(IntLit c, var t, var x) -> c.value() != 0 ? t : x;
                case Expr.Select(var c, var t, var x) when t.equals(x) -> t;
                default -> null;
            }),
            expr("identity-int", (e, f) -> switch (e) {
                case Binary(var op, var x, IntLit c) when isIdentityOnRight(op, c.value()) -> x;
                case Binary(var op, IntLit c, var x) when isIdentityOnLeft(op, c.value()) -> x;
                case Binary(var op, var x, var y) when x.equals(y) && isIdempotent(op) && !x.type().isFloat() -> x;
                case Unary(var op, Unary(var inner, var x)) when op == inner && op != UnaryOp.ABS -> x;
                default -> null;
            }),
            expr("absorb-int", (e, f) -> switch (e) {
                case Binary(var op, var x, IntLit c) when absorbs(op, c) -> zeroOrC(op, c);
                case Binary(var op, IntLit c, var x) when absorbs(op, c) && op != BinaryOp.REM -> c;
                case Binary(var op, var x, var y) when x.equals(y) && x.type().isInteger()
                        && (op == BinaryOp.SUB || op == BinaryOp.BIT_XOR) -> new IntLit(x.type(), 0);
                default -> null;
            }),
            expr("identity-float", (e, f) -> switch (e) {
                case Binary(var op, var x, FloatLit c) when c.value() == 1.0 && (op == BinaryOp.MUL || op == BinaryOp.DIV) -> x;
                case Binary(var op, FloatLit c, var x) when c.value() == 1.0 && op == BinaryOp.MUL -> x;
                case Binary(var op, var x, FloatLit c) when op == BinaryOp.SUB && Double.doubleToRawLongBits(c.value()) == 0 -> x;
                default -> null;
            }));

    /**
     * {@code c} decides {@code x op c} (and {@code c op x}) whatever {@code x} is: {@code x * 0}, {@code x & 0},
     * {@code false && x}, {@code true || x}; and {@code x % 1}, which is 0 (only with 1 on the right).
     */
    private static boolean absorbs(BinaryOp op, IntLit c) {
        return switch (op) {
            case MUL, BIT_AND -> c.type().isInteger() && c.value() == 0;
            case AND -> c.value() == 0;
            case OR -> c.value() == 1;
            case REM -> c.type().isInteger() && c.value() == 1;
            default -> false;
        };
    }

    private static Expr zeroOrC(BinaryOp op, IntLit c) { return op == BinaryOp.REM ? new IntLit(c.type(), 0) : c; }

    /** {@code x op x == x}. */
    private static boolean isIdempotent(BinaryOp op) {
        return op == BinaryOp.MIN || op == BinaryOp.MAX || op == BinaryOp.AND || op == BinaryOp.OR
                || op == BinaryOp.BIT_AND || op == BinaryOp.BIT_OR;
    }

    /** An integer literal converted to {@code to}: integers wrap, bool is {@code v != 0}, floats round once. */
    private static Expr castLiteral(DType to, long v) {
        if (to == DType.BOOL) return new IntLit(to, v != 0 ? 1 : 0);
        if (!to.isFloat()) return new IntLit(to, v);
        return new FloatLit(to, to == DType.F32 ? (double) (float) v : (double) v);
    }

    /** {@code x op c == x} for every integer or bool {@code x}. */
    private static boolean isIdentityOnRight(BinaryOp op, long c) {
        return switch (op) {
            case ADD, SUB, BIT_OR, BIT_XOR, SHL, SHR -> c == 0;
            case MUL, DIV -> c == 1;
            case AND -> c == 1;
            case OR -> c == 0;
            default -> false;
        };
    }

    /** {@code c op x == x} for every integer or bool {@code x}. */
    private static boolean isIdentityOnLeft(BinaryOp op, long c) {
        return switch (op) {
            case ADD, BIT_OR, BIT_XOR -> c == 0;
            case MUL -> c == 1;
            case AND -> c == 1;
            case OR -> c == 0;
            default -> false;
        };
    }

    private static boolean foldable(BinaryOp op, IntLit a, IntLit b) {
        if (op != BinaryOp.DIV && op != BinaryOp.REM) return true;
        if (b.value() == 0) return false;
        return !(a.type().isSigned() && b.value() == -1 && a.value() == Interval.full(a.type()).lo());
    }

    static long intUnary(UnaryOp op, IntLit a) {
        DType t = a.type();
        long v = a.value();
        return switch (op) {
            case NEG -> -v;
            case ABS -> t.isSigned() ? Math.abs(v) : v;
            case NOT -> v != 0 ? 0 : 1;
            case BIT_NOT -> ~v;
        };
    }

    /** Operands already wrapped to {@code t}; the caller's {@link IntLit} wraps the result. */
    static long intBinary(BinaryOp op, DType t, long a, long b) {
        boolean u64 = t == DType.U64;
        int bits = t == DType.BOOL ? 1 : t.bits();
        int cmp = u64 ? Long.compareUnsigned(a, b) : Long.compare(a, b);
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> u64 ? Long.divideUnsigned(a, b) : a / b;
            case REM -> u64 ? Long.remainderUnsigned(a, b) : a % b;
            case MIN -> cmp <= 0 ? a : b;
            case MAX -> cmp >= 0 ? a : b;
            case EQ -> a == b ? 1 : 0;
            case NE -> a != b ? 1 : 0;
            case LT -> cmp < 0 ? 1 : 0;
            case LE -> cmp <= 0 ? 1 : 0;
            case GT -> cmp > 0 ? 1 : 0;
            case GE -> cmp >= 0 ? 1 : 0;
            case AND, BIT_AND -> a & b;
            case OR, BIT_OR -> a | b;
            case BIT_XOR -> a ^ b;
            case SHL -> a << (b & (bits - 1));
            case SHR -> t.isSigned() ? a >> (b & (bits - 1)) : a >>> (b & (bits - 1));
        };
    }

    private static boolean compare(BinaryOp op, double a, double b) {
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            default -> throw new IllegalArgumentException(op + " is not a comparison");
        };
    }

    /** The exact result; {@link FloatLit} rounds it to the type, as the interpreter does. */
    private static double floatBinary(BinaryOp op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case MIN -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
            case MAX -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
            default -> throw new IllegalArgumentException(op + " does not give a float");
        };
    }
}
