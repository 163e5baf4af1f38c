package dev.tcc.ir;

import java.util.List;

/**
 * Elementwise ops: each output element depends on the inputs' elements at the same (broadcast) index.
 *
 * <p>Semantics: floating ops compute the exact (or libm-accurate) result and round it once to the element
 * type (so f16/bf16 round per op, f64 is computed in double). Integer ops are exact with two's complement
 * wrapping at the type's width; u64 compares, divides and shifts as unsigned. NaN propagates through
 * arithmetic, MIN and MAX; comparisons with NaN are false (except that NaN != x).
 */
public sealed interface Elementwise extends Op {

    /**
     * Unary functions. Floating semantics follow IEEE/C's libm; integer ops wrap. On integers only NEG,
     * ABS, SIGN, RELU and BITWISE_NOT are meaningful (the rest compute in double and truncate).
     */
    enum UnaryFn {
        NEG, ABS, EXP, LOG,
        /** {@code exp(x) - 1}, accurate near 0 (ELU-family activations). */
        EXPM1,
        /** {@code log(1 + x)}, accurate near 0 (softplus). */
        LOG1P,
        SQRT, RECIPROCAL, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, ASINH, ACOSH,
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
        /** Integer division truncates toward zero; an integer division by zero gives 0 (ONNX leaves it undefined). */
        DIV,
        /**
         * Base and exponent may have different types; the result has the base's type. Integer powers are
         * exact (wrapping); a float power of an integer base truncates; negative integer exponents give 0
         * except for bases 1 and -1.
         */
        POW,
        MIN, MAX,
        /** Modulo with the sign of the divisor (Python's %); modulo by integer zero gives 0. */
        MOD,
        /** C's fmod: the sign of the dividend; modulo by integer zero gives 0. */
        FMOD,
        /** EQ also compares strings. */
        EQ, LT, LE, GT, GE,
        AND, OR, XOR,
        BIT_AND, BIT_OR, BIT_XOR,
        /** Shifts of unsigned values by unsigned amounts; amounts at least the width give 0. */
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
     * Conversion to {@code to}. Float to integer truncates toward zero, then wraps (NaN gives 0); integer
     * to integer wraps; to bool is {@code x != 0}; float to float rounds to nearest, ties to even. For the
     * f8 formats, {@code saturate} (ONNX's default) clamps out-of-range values and infinities to the
     * largest finite value, and {@code e8m0Rounding} says how conversion to f8e8m0 rounds
     * ({@link MiniFloats}).
     */
    record Cast(DType to, boolean saturate, MiniFloats.E8M0Rounding e8m0Rounding) implements Elementwise {
        /** A cast with ONNX's defaults for the mini-float rules (saturate, round f8e8m0 up). */
        public Cast(DType to) { this(to, true, MiniFloats.E8M0Rounding.UP); }

        public Cast(DType to, boolean saturate) { this(to, saturate, MiniFloats.E8M0Rounding.UP); }

        @Override public String mnemonic() { return "cast"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            return List.of(in.get(0).withDType(to));
        }
    }

    /**
     * Reinterprets each element's bits (little-endian) as type {@code to} of the same width, e.g. f32 to
     * i32. Bool is one byte holding 0 or 1.
     */
    record BitCast(DType to) implements Elementwise {
        @Override public String mnemonic() { return "bitcast"; }

        @Override public List<TensorType> inferTypes(List<TensorType> in) {
            Types.arity(this, in, 1);
            DType from = in.get(0).dtype();
            if (from.bits() != to.bits() || from == DType.STRING || to == DType.STRING) {
                throw new IrException("bitcast: " + from + " and " + to + " differ in width; bitcast needs types of the same width");
            }
            return List.of(in.get(0).withDType(to));
        }
    }
}
