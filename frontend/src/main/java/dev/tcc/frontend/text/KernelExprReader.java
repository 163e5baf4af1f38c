package dev.tcc.frontend.text;

import static dev.tcc.frontend.text.KernelReader.at;

import dev.tcc.frontend.text.TccKernelParser.CallContext;
import dev.tcc.frontend.text.TccKernelParser.ExprContext;
import dev.tcc.frontend.text.TccKernelParser.LiteralContext;
import dev.tcc.frontend.text.TccKernelParser.WordContext;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BinaryOp;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.MathFn;
import dev.tcc.ir.kernel.UnaryOp;

import java.math.BigInteger;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Builds kernel expressions. Literals: a bare integer is i32 and a bare decimal f32; {@code 7:u64},
 * {@code 0.5:f64}, {@code inf:f64} give other types; {@code true}, {@code false}, {@code inf} and {@code
 * nan} are literals unless a variable of that name is in scope. A minus sign directly before a number
 * belongs to the literal ({@code -3} is the literal, {@code -(3)} the negation of one), as the printer
 * writes them.
 */
final class KernelExprReader {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private final KernelReader names;

    KernelExprReader(KernelReader names) { this.names = names; }

    Expr expr(ExprContext ctx) {
        return switch (ctx) {
            case TccKernelParser.ParensContext p -> expr(p.expr());
            case TccKernelParser.UnaryContext u when u.op.getText().equals("-") && u.expr() instanceof LiteralContext l ->
                    literal(l, true);
            case TccKernelParser.UnaryContext u when u.op.getText().equals("-") && u.expr() instanceof WordContext w
                    && w.name().getText().equals("inf") && names.lookup("inf") == null ->
                    floatLit(u, w.type() == null ? null : KernelReader.type(w.type()), Double.NEGATIVE_INFINITY);
            case TccKernelParser.UnaryContext u -> {
                UnaryOp op = switch (u.op.getText()) {
                    case "-" -> UnaryOp.NEG;
                    case "!" -> UnaryOp.NOT;
                    default -> UnaryOp.BIT_NOT;
                };
                Expr operand = expr(u.expr());
                yield at(u, () -> new Expr.Unary(op, operand));
            }
            case TccKernelParser.BinaryContext b -> {
                Expr left = expr(b.expr(0));
                Expr right = expr(b.expr(1));
                BinaryOp op = infix(b.op.getText());
                yield at(b, () -> new Expr.Binary(op, left, right));
            }
            case LiteralContext l -> literal(l, false);
            case TccKernelParser.CastContext c -> {
                DType to = KernelReader.type(c.type());
                Expr operand = expr(c.expr());
                yield at(c, () -> new Expr.Cast(to, operand));
            }
            case CallContext c -> call(c);
            case TccKernelParser.LoadContext l -> {
                var memory = names.memory(l.name());
                Expr index = expr(l.expr());
                yield at(l, () -> new Expr.Load(memory, index));
            }
            case WordContext w -> word(w);
            default -> throw new IllegalStateException("expression " + ctx.getClass().getSimpleName());
        };
    }

    private static BinaryOp infix(String symbol) {
        for (BinaryOp op : BinaryOp.values()) if (!op.isFunction() && op.symbol().equals(symbol)) return op;
        throw new IllegalStateException("operator " + symbol);
    }

    private Expr call(CallContext c) {
        String fn = c.name().getText();
        List<Expr> args = c.expr().stream().map(this::expr).toList();
        for (Expr.Builtin.Kind k : Expr.Builtin.Kind.values()) {
            if (k.text().equals(fn)) return builtin(c, k);
        }
        return at(c, () -> switch (fn) {
            case "min" -> new Expr.Binary(BinaryOp.MIN, arg(c, args, 0, 2), arg(c, args, 1, 2));
            case "max" -> new Expr.Binary(BinaryOp.MAX, arg(c, args, 0, 2), arg(c, args, 1, 2));
            case "abs" -> new Expr.Unary(UnaryOp.ABS, arg(c, args, 0, 1));
            case "select" -> new Expr.Select(arg(c, args, 0, 3), arg(c, args, 1, 3), arg(c, args, 2, 3));
            default -> new Expr.Call(mathFn(c, fn), args);
        });
    }

    private static Expr arg(CallContext c, List<Expr> args, int i, int arity) {
        if (args.size() != arity) {
            throw Positions.error(c, c.name().getText() + " takes " + arity + " arguments, got " + args.size());
        }
        return args.get(i);
    }

    private static MathFn mathFn(CallContext c, String fn) {
        for (MathFn f : MathFn.values()) if (f.text().equals(fn)) return f;
        throw Positions.error(c, "unknown function '" + fn + "'");
    }

    private static Expr builtin(CallContext c, Expr.Builtin.Kind kind) {
        boolean oneDigit = c.expr().size() == 1 && c.expr(0) instanceof LiteralContext l && l.type() == null && l.number().INT() != null;
        if (!oneDigit) {
            throw Positions.error(c, kind.text() + " takes one dimension, 0, 1 or 2");
        }
        String digits = c.expr(0).getText();
        int dim = digits.length() > 1 ? 3 : Integer.parseInt(digits);
        return at(c, () -> new Expr.Builtin(kind, dim));
    }

    private Expr word(WordContext w) {
        String name = w.name().getText();
        Expr.Var v = names.lookup(name);
        if (v != null && w.type() == null) return v;
        DType typed = w.type() == null ? null : KernelReader.type(w.type());
        return switch (name) {
            case "true", "false" -> {
                if (typed != null) throw Positions.error(w.type(), name + " is always bool");
                yield new Expr.IntLit(DType.BOOL, name.equals("true") ? 1 : 0);
            }
            case "inf", "nan" -> floatLit(w, typed, name.equals("inf") ? Double.POSITIVE_INFINITY : Double.NaN);
            default -> {
                if (typed != null) throw Positions.error(w, "only literals take a type suffix, '" + name + "' is not one");
                throw Positions.error(w, "variable '" + name + "' is not declared in an enclosing scope");
            }
        };
    }

    private static Expr literal(LiteralContext l, boolean negative) {
        ParserRuleContext where = negative ? l.getParent() : l;
        String text = (negative ? "-" : "") + l.number().getText();
        DType type = l.type() == null ? null : KernelReader.type(l.type());
        if (l.number().FLOAT() != null) {
            DType t = type == null ? DType.F32 : type;
            if (!t.isFloat()) throw Positions.error(where, text + " is a float literal but its type is " + t);
            return floatLit(where, t, t == DType.F32 ? Float.parseFloat(text) : Double.parseDouble(text));
        }
        DType t = type == null ? DType.I32 : type;
        if (t.isFloat()) return floatLit(where, t, Double.parseDouble(text));
        BigInteger v = new BigInteger(text);
        if (!fits(t, v)) throw Positions.error(where, text + " does not fit " + t);
        return at(where, () -> new Expr.IntLit(t, v.longValue()));
    }

    private static boolean fits(DType t, BigInteger v) {
        if (t == DType.BOOL || !t.isInteger()) return t != DType.BOOL || v.signum() >= 0 && v.compareTo(BigInteger.ONE) <= 0;
        int bits = t.bits();
        BigInteger lo = t.isSigned() ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger hi = t.isSigned() ? BigInteger.ONE.shiftLeft(bits - 1) : BigInteger.ONE.shiftLeft(bits);
        return v.compareTo(lo) >= 0 && v.compareTo(hi) < 0 && hi.compareTo(TWO_64) <= 0;
    }

    private static Expr floatLit(ParserRuleContext where, DType type, double v) {
        DType t = type == null ? DType.F32 : type;
        if (!t.isFloat()) throw Positions.error(where, "a float literal cannot have type " + t);
        return at(where, () -> new Expr.FloatLit(t, v));
    }
}
