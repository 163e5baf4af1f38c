package dev.tcc.ir.kernel;

import dev.tcc.ir.DType;
import dev.tcc.ir.Numerics;

import java.util.List;

/**
 * A side-effect-free expression with a value type ({@link KernelTypes#VALUE_TYPES}). Records check their
 * operand types when constructed, so an ill-typed expression cannot exist. Build them with {@link Exprs}.
 */
public sealed interface Expr permits Expr.IntLit, Expr.FloatLit, Expr.Var, Expr.Builtin, Expr.Load,
        Expr.Unary, Expr.Binary, Expr.Select, Expr.Call, Expr.Cast {

    /** The value type of this expression. */
    DType type();

    /** An integer or bool constant; {@code value} is wrapped to the type (bool: 0 or 1). */
    record IntLit(DType type, long value) implements Expr {
        public IntLit {
            KernelTypes.requireValue(type, "integer literal");
            if (type.isFloat()) throw new KernelIrException("integer literal of float type " + type + "; use FloatLit");
            value = Numerics.wrap(type, value);
        }
    }

    /** A float constant, rounded to its type. */
    record FloatLit(DType type, double value) implements Expr {
        public FloatLit {
            KernelTypes.requireValue(type, "float literal");
            if (!type.isFloat()) throw new KernelIrException("float literal of non-float type " + type + "; use IntLit");
            value = Numerics.round(type, value);
        }

        @Override public boolean equals(Object o) {
            return o instanceof FloatLit f && f.type == type && Double.compare(f.value, value) == 0;
        }

        @Override public int hashCode() { return type.hashCode() * 31 + Double.hashCode(value); }
    }

    /** A variable: declared by {@link Stmt.Declare} or {@link Stmt.For}, or a {@link ScalarParam}. */
    record Var(String name, DType type) implements Expr {
        public Var {
            Names.check(name, "variable");
            KernelTypes.requireValue(type, "variable " + name);
        }
    }

    /** A work-item id or launch size along dimension {@code dim} (0 to 2), as i32. */
    record Builtin(Kind kind, int dim) implements Expr {
        /** Which id or size. */
        public enum Kind {
            /** Index of the work-item in the whole launch. */
            GLOBAL_ID,
            /** Index of the work-item in its workgroup. */
            LOCAL_ID,
            /** Index of the workgroup. */
            GROUP_ID,
            /** Work-items in the whole launch. */
            GLOBAL_SIZE,
            /** Work-items per workgroup. */
            LOCAL_SIZE,
            /** Workgroups in the launch. */
            NUM_GROUPS;

            public String text() { return name().toLowerCase(); }
        }

        public Builtin {
            java.util.Objects.requireNonNull(kind, "kind");
            if (dim < 0 || dim > 2) throw new KernelIrException(kind.text() + ": dimension must be 0, 1 or 2, got " + dim);
        }

        @Override public DType type() { return DType.I32; }
    }

    /** Element {@code index} of {@code memory}, widened to its value type. */
    record Load(Memory memory, Expr index) implements Expr {
        public Load {
            requireIndex(index, "load from " + memory.name());
        }

        @Override public DType type() { return memory.valueType(); }
    }

    /** {@code op operand}. */
    record Unary(UnaryOp op, Expr operand) implements Expr {
        public Unary {
            DType t = operand.type();
            boolean ok = switch (op) {
                case NEG, ABS -> t != DType.BOOL;
                case NOT -> t == DType.BOOL;
                case BIT_NOT -> t.isInteger();
            };
            if (!ok) throw new KernelIrException("unary " + op + " does not apply to " + t);
        }

        @Override public DType type() { return operand.type(); }
    }

    /** {@code left op right}; both operands have the same type. */
    record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
        public Binary {
            DType a = left.type();
            DType b = right.type();
            if (a != b) {
                throw new KernelIrException("binary " + op + ": operand types differ (" + a + " and " + b + "); insert a cast");
            }
            boolean ok = switch (op.kind()) {
                case ARITH -> a != DType.BOOL;
                case COMPARE -> a != DType.BOOL || op == BinaryOp.EQ || op == BinaryOp.NE;
                case LOGIC -> a == DType.BOOL;
                case BITWISE -> a.isInteger();
            };
            if (!ok) throw new KernelIrException("binary " + op + " does not apply to " + a);
        }

        @Override public DType type() {
            return op.kind() == BinaryOp.Kind.COMPARE ? DType.BOOL : left.type();
        }
    }

    /** {@code condition ? ifTrue : ifFalse}; all three are evaluated. */
    record Select(Expr condition, Expr ifTrue, Expr ifFalse) implements Expr {
        public Select {
            if (condition.type() != DType.BOOL) throw new KernelIrException("select: condition must be bool, got " + condition.type());
            if (ifTrue.type() != ifFalse.type()) {
                throw new KernelIrException("select: arms differ in type (" + ifTrue.type() + " and " + ifFalse.type() + ")");
            }
        }

        @Override public DType type() { return ifTrue.type(); }
    }

    /** A math function of float arguments. */
    record Call(MathFn fn, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
            if (args.size() != fn.arity()) {
                throw new KernelIrException(fn.text() + " takes " + fn.arity() + " arguments, got " + args.size());
            }
            DType t = args.getFirst().type();
            for (Expr e : args) {
                if (e.type() != t || !t.isFloat()) {
                    throw new KernelIrException(fn.text() + " needs float arguments of one type, got " + args.stream().map(Expr::type).toList());
                }
            }
        }

        @Override public DType type() { return fn.predicate() ? DType.BOOL : args.getFirst().type(); }
    }

    /** Conversion of {@code operand} to value type {@code to} (see {@link Kernel} for the rules). */
    record Cast(DType to, Expr operand) implements Expr {
        public Cast {
            KernelTypes.requireValue(to, "cast");
        }

        @Override public DType type() { return to; }
    }

    private static void requireIndex(Expr index, String where) {
        if (!index.type().isInteger()) throw new KernelIrException(where + ": index must be an integer, got " + index.type());
    }
}
