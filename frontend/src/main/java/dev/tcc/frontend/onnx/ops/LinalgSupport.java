package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.Binary;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small emitters shared by the contraction, window, normalisation and recurrent importers: reshapes that
 * stay constants when their input is one, broadcasting arithmetic, and the window attributes
 * (kernel, strides, dilations, pads after auto_pad) of ONNX's conv and pool operators.
 */
final class LinalgSupport {
    private LinalgSupport() {}

    static List<Long> longs(long... v) { return Arrays.stream(v).boxed().toList(); }

    static List<Long> filled(int n, long v) { return new ArrayList<>(java.util.Collections.nCopies(n, v)); }

    /** {@code v} reshaped to {@code dims}; a constant stays a constant (no interpreter round trip). */
    static Value reshape(NodeContext n, Value v, long... dims) {
        if (Arrays.equals(v.type().shape().dims(), dims)) return v;
        Tensor t = n.constantOf(v);
        if (t != null) return n.constant(t.reshape(Shape.of(dims)));
        return n.emit(new Movement.Reshape(longs(dims)), v);
    }

    static Value transpose(NodeContext n, Value v, int... perm) {
        return n.emit(new Movement.Transpose(Arrays.stream(perm).boxed().toList()), v);
    }

    static Value binary(NodeContext n, BinaryFn fn, Value a, Value b) { return n.emit(new Binary(fn), a, b); }

    static Value unary(NodeContext n, UnaryFn fn, Value a) { return n.emit(new Unary(fn), a); }

    /** {@code a * s} for a scalar {@code s}, skipping a multiplication by one. */
    static Value scale(NodeContext n, Value a, double s) {
        return s == 1 ? a : binary(n, BinaryFn.MUL, a, n.scalar(s, a.type().dtype()));
    }

    static Value reduce(NodeContext n, Reduction.ReduceFn fn, Value v, List<Integer> axes) {
        return n.emit(new Reduction.Reduce(fn, axes, true), v);
    }

    /** A per-channel parameter {@code [C]} shaped {@code [C,1,...,1]} to broadcast against {@code x[N,C,...]}. */
    static Value channelParam(NodeContext n, Value p, int xRank) {
        long[] dims = new long[Math.max(xRank - 1, 1)];
        Arrays.fill(dims, 1);
        dims[0] = p.type().size();
        return reshape(n, p, dims);
    }

    static Value zeros(NodeContext n, DType t, long... dims) {
        return n.constant(Tensor.filled(new dev.tcc.ir.TensorType(t, Shape.of(dims)), 0));
    }

    /** Window attributes of a conv or pool node, resolved against the input's spatial sizes. */
    record Window(List<Long> kernel, List<Long> strides, List<Long> dilations, List<Long> pads) {}

    /**
     * Reads kernel_shape (or takes {@code kernelFromWeights}), strides, dilations, pads and auto_pad. SAME_*
     * pads so that the output has {@code ceil(in / stride)} elements per axis, the odd pad going to the
     * end (SAME_UPPER) or the beginning (SAME_LOWER); VALID pads nothing.
     */
    static Window window(NodeContext n, Shape x, List<Long> kernelFromWeights) {
        int sp = x.rank() - 2;
        if (sp < 1) throw n.error("input must have at least one spatial axis ([N, C, D1, ...]), got shape " + x);
        List<Long> kernel = n.attrInts("kernel_shape", kernelFromWeights);
        if (kernel == null) throw n.error("required attribute 'kernel_shape' is missing");
        List<Long> strides = n.attrInts("strides", filled(sp, 1));
        if (strides.isEmpty()) strides = filled(sp, 1);
        List<Long> dilations = n.attrInts("dilations", filled(sp, 1));
        if (dilations.isEmpty()) dilations = filled(sp, 1);
        if (kernel.size() != sp || strides.size() != sp || dilations.size() != sp) {
            throw n.error("kernel_shape " + kernel + ", strides " + strides + " and dilations " + dilations + " must each have "
                    + sp + " entries for input shape " + x);
        }
        String autoPad = n.attrString("auto_pad", "NOTSET");
        List<Long> pads;
        switch (autoPad) {
            case "NOTSET" -> {
                pads = n.attrInts("pads", filled(2 * sp, 0));
                if (pads.isEmpty()) pads = filled(2 * sp, 0);
                if (pads.size() != 2 * sp) throw n.error("pads " + pads + " must have " + 2 * sp + " entries (all begins, then all ends)");
            }
            case "VALID" -> pads = filled(2 * sp, 0);
            case "SAME_UPPER", "SAME_LOWER" -> {
                pads = filled(2 * sp, 0);
                for (int i = 0; i < sp; i++) {
                    long in = x.dim(i + 2), s = strides.get(i);
                    long out = Math.floorDiv(in + s - 1, s);
                    long total = Math.max(0, (out - 1) * s + (kernel.get(i) - 1) * dilations.get(i) + 1 - in);
                    long small = total / 2, big = total - small;
                    boolean upper = autoPad.equals("SAME_UPPER");
                    pads.set(i, upper ? small : big);
                    pads.set(i + sp, upper ? big : small);
                }
            }
            default -> throw n.error("auto_pad '" + autoPad + "' is not one of NOTSET, SAME_UPPER, SAME_LOWER, VALID");
        }
        return new Window(kernel, strides, dilations, pads);
    }
}
