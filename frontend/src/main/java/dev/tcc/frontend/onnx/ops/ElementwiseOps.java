package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;

import java.util.List;

/** Importers of ONNX elementwise operators: arithmetic, comparisons, logic, activations, casts. */
public final class ElementwiseOps {
    private ElementwiseOps() {}

    public static void register(OpRegistry r) {
        binary(r, "Add", BinaryFn.ADD);
        binary(r, "Sub", BinaryFn.SUB);
        binary(r, "Mul", BinaryFn.MUL);
        binary(r, "Div", BinaryFn.DIV);
        unary(r, "Neg", UnaryFn.NEG);
        unary(r, "Relu", UnaryFn.RELU);
    }

    private static void binary(OpRegistry r, String onnx, BinaryFn fn) {
        r.register(onnx, n -> List.of(n.emit(new Binary(fn), n.input(0), n.input(1))));
    }

    private static void unary(OpRegistry r, String onnx, UnaryFn fn) {
        r.register(onnx, n -> List.of(n.emit(new Unary(fn), n.input(0))));
    }
}
