package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.BitCast;
import dev.tcc.ir.Elementwise.Cast;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.MiniFloats;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Importers of ONNX elementwise operators: arithmetic, comparisons, logic, bitwise ops, math functions,
 * casts, Clip, Where and the variadic Min/Max/Sum/Mean. Activation functions are in {@link ActivationOps}.
 */
public final class ElementwiseOps {
    private ElementwiseOps() {}

    public static void register(OpRegistry r) {
        binary(r, "Add", BinaryFn.ADD);
        binary(r, "Sub", BinaryFn.SUB);
        binary(r, "Mul", BinaryFn.MUL);
        binary(r, "Div", BinaryFn.DIV);
        binary(r, "Pow", BinaryFn.POW);
        binary(r, "Equal", BinaryFn.EQ);
        binary(r, "Less", BinaryFn.LT);
        binary(r, "LessOrEqual", BinaryFn.LE);
        binary(r, "Greater", BinaryFn.GT);
        binary(r, "GreaterOrEqual", BinaryFn.GE);
        binary(r, "And", BinaryFn.AND);
        binary(r, "Or", BinaryFn.OR);
        binary(r, "Xor", BinaryFn.XOR);
        binary(r, "BitwiseAnd", BinaryFn.BIT_AND);
        binary(r, "BitwiseOr", BinaryFn.BIT_OR);
        binary(r, "BitwiseXor", BinaryFn.BIT_XOR);
        r.register("Mod", n -> List.of(new Arith(n).bin(n.attrInt("fmod", 0) != 0 ? BinaryFn.FMOD : BinaryFn.MOD, n.input(0), n.input(1))));
        r.register("BitShift", ElementwiseOps::bitShift);

        unary(r, "Neg", UnaryFn.NEG);
        unary(r, "Abs", UnaryFn.ABS);
        unary(r, "Exp", UnaryFn.EXP);
        unary(r, "Log", UnaryFn.LOG);
        unary(r, "Sqrt", UnaryFn.SQRT);
        unary(r, "Reciprocal", UnaryFn.RECIPROCAL);
        unary(r, "Sin", UnaryFn.SIN);
        unary(r, "Cos", UnaryFn.COS);
        unary(r, "Tan", UnaryFn.TAN);
        unary(r, "Asin", UnaryFn.ASIN);
        unary(r, "Acos", UnaryFn.ACOS);
        unary(r, "Atan", UnaryFn.ATAN);
        unary(r, "Sinh", UnaryFn.SINH);
        unary(r, "Cosh", UnaryFn.COSH);
        unary(r, "Asinh", UnaryFn.ASINH);
        unary(r, "Acosh", UnaryFn.ACOSH);
        unary(r, "Atanh", UnaryFn.ATANH);
        unary(r, "Tanh", UnaryFn.TANH);
        unary(r, "Sigmoid", UnaryFn.SIGMOID);
        unary(r, "Erf", UnaryFn.ERF);
        unary(r, "Relu", UnaryFn.RELU);
        unary(r, "Floor", UnaryFn.FLOOR);
        unary(r, "Ceil", UnaryFn.CEIL);
        unary(r, "Round", UnaryFn.ROUND);
        unary(r, "Sign", UnaryFn.SIGN);
        unary(r, "Not", UnaryFn.NOT);
        unary(r, "BitwiseNot", UnaryFn.BITWISE_NOT);
        unary(r, "IsNaN", UnaryFn.IS_NAN);
        r.register("IsInf", ElementwiseOps::isInf);

        r.register("Where", n -> List.of(new Arith(n).select(n.input(0), n.input(1), n.input(2))));
        r.register("Cast", n -> List.of(cast(n, n.input(0), castTarget(n))));
        r.register("CastLike", n -> List.of(cast(n, n.input(0), n.inputType(1).dtype())));
        r.register("BitCast", n -> List.of(n.emit(new BitCast(castTarget(n)), n.input(0))));
        r.register("Clip", ElementwiseOps::clip);
        variadic(r, "Min", BinaryFn.MIN);
        variadic(r, "Max", BinaryFn.MAX);
        variadic(r, "Sum", BinaryFn.ADD);
        r.register("Mean", n -> {
            Arith a = new Arith(n);
            Value sum = fold(n, BinaryFn.ADD);
            return List.of(a.div(sum, a.c(n.inputsFrom(0).size(), sum)));
        });
        ActivationOps.register(r);
    }

    private static void binary(OpRegistry r, String onnx, BinaryFn fn) {
        r.register(onnx, n -> List.of(new Arith(n).bin(fn, n.input(0), legacyBroadcast(n, n.input(0), n.input(1)))));
    }

    private static void unary(OpRegistry r, String onnx, UnaryFn fn) {
        r.register(onnx, n -> List.of(new Arith(n).un(fn, n.input(0))));
    }

    private static void variadic(OpRegistry r, String onnx, BinaryFn fn) {
        r.register(onnx, n -> List.of(fold(n, fn)));
    }

    /** Folds all inputs with {@code fn}, left to right (numpy broadcasting at each step). */
    private static Value fold(NodeContext n, BinaryFn fn) {
        List<Value> in = n.inputsFrom(0);
        if (in.isEmpty()) throw n.error("needs at least one input");
        Arith a = new Arith(n);
        Value acc = in.get(0);
        for (int i = 1; i < in.size(); i++) acc = a.bin(fn, acc, in.get(i));
        return acc;
    }

    /**
     * Before opset 7, binary ops broadcast only with {@code broadcast=1}, aligning B's dims at {@code axis} of
     * A (default: the trailing dims, which numpy broadcasting already does).
     */
    static Value legacyBroadcast(NodeContext n, Value a, Value b) {
        if (n.opset() >= 7 || n.attrInt("broadcast", 0) == 0 || !n.hasAttr("axis")) return b;
        int ra = a.type().rank(), rb = b.type().rank();
        long given = n.attrInt("axis", 0), axis = given < 0 ? given + ra : given;
        if (axis < 0 || axis + rb > ra) {
            throw n.error("axis " + given + " cannot align B (rank " + rb + ") inside A (rank " + ra + "): it must lie in ["
                    + -ra + ", " + (ra - rb) + "]");
        }
        if (axis + rb == ra) return b;
        long[] dims = new long[(int) (ra - axis)];
        java.util.Arrays.fill(dims, 1);
        for (int i = 0; i < rb; i++) dims[i] = b.type().shape().dim(i);
        return reshape(n, b, Shape.of(dims));
    }

    /** {@code v} with shape {@code s} of the same size (folded for constants). */
    static Value reshape(NodeContext n, Value v, Shape s) {
        if (v.type().shape().equals(s)) return v;
        Tensor t = n.constantOf(v);
        if (t != null) return n.constant(t.reshape(s));
        List<Long> dims = new ArrayList<>();
        for (long d : s.dims()) dims.add(d);
        return n.emit(new Movement.Reshape(dims), v);
    }

    private static List<Value> bitShift(NodeContext n) {
        String dir = n.attrString("direction", "");
        BinaryFn fn = switch (dir) {
            case "LEFT" -> BinaryFn.SHL;
            case "RIGHT" -> BinaryFn.SHR;
            default -> throw n.error("attribute 'direction' must be LEFT or RIGHT, got '" + dir + "'");
        };
        return List.of(new Arith(n).bin(fn, n.input(0), n.input(1)));
    }

    private static List<Value> isInf(NodeContext n) {
        boolean pos = n.attrInt("detect_positive", 1) != 0, neg = n.attrInt("detect_negative", 1) != 0;
        Value x = n.input(0);
        if (!pos && !neg) return List.of(n.constant(Tensor.filled(x.type().withDType(DType.BOOL), 0)));
        return List.of(new Arith(n).un(pos && neg ? UnaryFn.IS_INF : pos ? UnaryFn.IS_POS_INF : UnaryFn.IS_NEG_INF, x));
    }

    private static DType castTarget(NodeContext n) {
        long code = n.requireAttrInt("to");
        DType t = DType.fromOnnx((int) code);
        if (t == null) throw n.error("cast target type " + code + " is not supported by tcc");
        if (t == DType.STRING) throw n.error("casts to strings are not supported by tcc");
        return t;
    }

    /** Cast with the {@code saturate} (opset 19+) and {@code round_mode} (f8e8m0, opset 25+) attributes. */
    static Value cast(NodeContext n, Value x, DType to) {
        if (x.type().dtype() == to) return x;
        if (x.type().dtype() == DType.STRING) throw n.error("casts from strings are not supported by tcc");
        boolean saturate = n.attrInt("saturate", 1) != 0;
        String mode = n.attrString("round_mode", "up");
        MiniFloats.E8M0Rounding rounding = switch (mode) {
            case "up" -> MiniFloats.E8M0Rounding.UP;
            case "down" -> MiniFloats.E8M0Rounding.DOWN;
            case "nearest" -> MiniFloats.E8M0Rounding.NEAREST;
            default -> throw n.error("attribute 'round_mode' must be up, down or nearest, got '" + mode + "'");
        };
        return n.emit(new Cast(to, saturate, rounding), x);
    }

    /** Clip: bounds are attributes before opset 11 (defaulting to the float range), optional inputs after. */
    private static List<Value> clip(NodeContext n) {
        Arith a = new Arith(n);
        Value x = n.input(0);
        Value lo, hi;
        if (n.opset() < 11) {
            lo = n.hasAttr("min") ? a.c(n.attrFloat("min", 0), x) : null;
            hi = n.hasAttr("max") ? a.c(n.attrFloat("max", 0), x) : null;
        } else {
            lo = n.inputOrNull(1);
            hi = n.inputOrNull(2);
        }
        Value y = x;
        if (lo != null) y = a.max(y, lo);
        if (hi != null) y = a.min(y, hi);
        return List.of(y);
    }
}
