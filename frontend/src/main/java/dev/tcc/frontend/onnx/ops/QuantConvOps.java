package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.DType;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * ConvInteger and QLinearConv: an i32 {@code Conv} of the zero-point-centred operands (so padding acts as
 * the zero point), then for QLinearConv requantisation by {@code x_scale * w_scale / y_scale} with a
 * per-output-channel {@code w_scale}/{@code w_zero_point} allowed.
 */
final class QuantConvOps {
    private QuantConvOps() {}

    static void register(OpRegistry r) {
        r.register("ConvInteger", n -> {
            Arith a = new Arith(n);
            Value x = n.input(0), w = n.input(1);
            Value y = conv(n, QuantOps.centred(a, x, scalar(n, n.inputOrNull(2))),
                    QuantOps.centred(a, w, perChannel(n, n.inputOrNull(3), w.type().rank())), null);
            return List.of(y);
        });
        r.register("QLinearConv", n -> {
            Arith a = new Arith(n);
            Value x = n.input(0), w = n.input(3);
            int rank = w.type().rank();
            Value bias = n.hasInput(8) ? a.cast(n.input(8), DType.I32) : null;
            Value acc = conv(n, QuantOps.centred(a, x, scalar(n, n.inputOrNull(2))),
                    QuantOps.centred(a, w, perChannel(n, n.inputOrNull(5), rank)), bias);
            Value wScale = perChannel(n, n.input(4), rank - 1);
            Value multiplier = a.div(a.mul(n.input(1), wScale), n.input(6));
            Value yZp = scalar(n, n.inputOrNull(7));
            DType out = yZp != null ? yZp.type().dtype() : x.type().dtype();
            return List.of(QuantOps.requantize(a, acc, multiplier, yZp, out));
        });
    }

    private static Value scalar(NodeContext n, Value v) {
        if (v == null || v.type().rank() == 0) return v;
        if (v.type().size() != 1 || v.type().rank() > 1) throw n.error("zero point " + v.type() + " must be a scalar or a 1-element vector");
        return v; // a 1-element vector broadcasts like a scalar against [N,C,D...]
    }

    /** A per-output-channel parameter {@code [M]} shaped {@code [M,1,...]} of rank {@code rank}; scalars stay. */
    private static Value perChannel(NodeContext n, Value v, int rank) {
        if (v == null || v.type().size() == 1) return scalar(n, v);
        long[] dims = new long[rank];
        java.util.Arrays.fill(dims, 1);
        dims[0] = v.type().size();
        return ElementwiseOps.reshape(n, v, Shape.of(dims));
    }

    private static Value conv(NodeContext n, Value x, Value w, Value bias) {
        Shape xs = x.type().shape(), ws = w.type().shape();
        if (xs.rank() < 3 || ws.rank() != xs.rank()) throw n.error("X " + x.type() + " and W " + w.type() + " must be [N,C,D...] and [M,C/group,K...]");
        List<Long> kernel = new ArrayList<>();
        for (int i = 2; i < ws.rank(); i++) kernel.add(ws.dim(i));
        LinalgSupport.Window win = LinalgSupport.window(n, xs, kernel);
        Linalg.Conv op = new Linalg.Conv(win.strides(), win.pads(), win.dilations(), n.attrInt("group", 1));
        return bias == null ? n.emit(op, x, w) : n.emit(op, x, w, bias);
    }
}
