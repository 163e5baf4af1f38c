package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.Cast;
import dev.tcc.ir.Elementwise.Select;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Value;

/**
 * Shorthands for emitting elementwise core ops while decomposing an ONNX operator, so that a
 * decomposition reads like its formula: {@code a.mul(a.c(0.5, x), a.add(a.c(1, x), a.un(ERF, ...)))}.
 */
record Arith(NodeContext n) {

    Value un(UnaryFn fn, Value x) { return n.emit(new Unary(fn), x); }

    Value bin(BinaryFn fn, Value x, Value y) { return n.emit(new Binary(fn), x, y); }

    Value add(Value x, Value y) { return bin(BinaryFn.ADD, x, y); }

    Value sub(Value x, Value y) { return bin(BinaryFn.SUB, x, y); }

    Value mul(Value x, Value y) { return bin(BinaryFn.MUL, x, y); }

    Value div(Value x, Value y) { return bin(BinaryFn.DIV, x, y); }

    Value max(Value x, Value y) { return bin(BinaryFn.MAX, x, y); }

    Value min(Value x, Value y) { return bin(BinaryFn.MIN, x, y); }

    Value eq(Value x, Value y) { return bin(BinaryFn.EQ, x, y); }

    Value lt(Value x, Value y) { return bin(BinaryFn.LT, x, y); }

    Value gt(Value x, Value y) { return bin(BinaryFn.GT, x, y); }

    Value select(Value cond, Value x, Value y) { return n.emit(new Select(), cond, x, y); }

    /** A scalar constant of {@code like}'s element type. */
    Value c(double v, Value like) { return n.scalar(v, like.type().dtype()); }

    /** {@code x} converted to {@code t} (no op when it already has that type). */
    Value cast(Value x, DType t) { return x.type().dtype() == t ? x : n.emit(new Cast(t), x); }

    /** {@code x} converted to {@code like}'s element type. */
    Value castLike(Value x, Value like) { return cast(x, like.type().dtype()); }
}
