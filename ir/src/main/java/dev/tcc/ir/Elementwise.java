package dev.tcc.ir;

import java.util.List;

/** Elementwise ops: each output element depends on the inputs' elements at the same (broadcast) index. */
public sealed interface Elementwise extends Op {

    /** Unary functions. Floating semantics follow IEEE/C's libm; integer ops wrap. */
    enum UnaryFn {
        NEG, ABS, EXP, LOG, SQRT, RECIPROCAL, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, ASINH, ACOSH,
        ATANH, TANH, SIGMOID, ERF, RELU, FLOOR, CEIL,
        /** Round half to even. */
        ROUND,
        SIGN,
        /** Logical not (bool). */
        NOT,
        BITWISE_NOT,
        /** Result bool. */
        IS_NAN,
        /** Result bool: +inf or -inf. */
        IS_INF,
        IS_POS_INF,
        IS_NEG_INF;

        /** True when the result is bool whatever the input type. */
        public boolean predicate() { return this == IS_NAN || this == IS_INF || this == IS_POS_INF || this == IS_NEG_INF; }
    }

    /** Binary functions with numpy broadcasting. Both operands have the same element type (except POW). */
    enum BinaryFn {
        ADD, SUB, MUL,
        /** Integer division truncates toward zero. */
        DIV,
        /** Base and exponent may have different types; the result has the base's type. */
        POW,
        MIN, MAX,
        /** Integer modulo with the sign of the divisor (Python's %). */
        MOD,
        /** C's fmod: the sign of the dividend. */
        FMOD,
        EQ, LT, LE, GT, GE,
        AND, OR, XOR,
        BIT_AND, BIT_OR, BIT_XOR,
        SHL, SHR;

        /** True when the result is bool. */
        public boolean predicate() {
            return switch (this) {
                case EQ, LT, LE, GT, GE, AND, OR, XOR -> true;
                default -> false;
            };
        }
    }

    /** {@code fn(x)}. */
    record Unary(UnaryFn fn) implements Elementwise {
        @Override public String mnemonic() { return fn.name().toLowerCase(java.util.Locale.ROOT); }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            return List.of(fn.predicate() ? in.get(0).withDType(DType.BOOL) : in.get(0));
        }
    }

    /** {@code fn(a, b)} with broadcasting. */
    record Binary(BinaryFn fn) implements Elementwise {
        @Override public String mnemonic() { return fn.name().toLowerCase(java.util.Locale.ROOT); }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 2);
            if (fn != BinaryFn.POW) Types.sameDType(this, in.get(0), in.get(1));
            Shape s = Types.broadcast(in.get(0).shape(), in.get(1).shape());
            return List.of(new TensorType(fn.predicate() ? DType.BOOL : in.get(0).dtype(), s));
        }
    }

    /** {@code cond ? a : b} with broadcasting of all three ({@code cond} is bool). */
    record Select() implements Elementwise {
        @Override public String mnemonic() { return "select"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 3);
            if (in.get(0).dtype() != DType.BOOL) throw new IrException("select: condition must be bool, got " + in.get(0));
            Types.sameDType(this, in.get(1), in.get(2));
            return List.of(new TensorType(in.get(1).dtype(), Types.broadcast(in.get(0).shape(), in.get(1).shape(), in.get(2).shape())));
        }
    }

    /**
     * Conversion to {@code to}. Float to integer truncates toward zero, then wraps; to bool is
     * {@code x != 0}. {@code saturate} clamps out-of-range values for the float8 types (ONNX's default).
     */
    record Cast(DType to, boolean saturate) implements Elementwise {
        @Override public String mnemonic() { return "cast"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            return List.of(in.get(0).withDType(to));
        }
    }
}
