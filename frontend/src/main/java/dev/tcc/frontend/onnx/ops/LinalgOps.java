package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

import static dev.tcc.frontend.onnx.ops.LinalgSupport.*;

/**
 * Importers of ONNX contractions and convolutions: MatMul, Gemm, Conv, ConvTranspose, Einsum, Attention, RotaryEmbedding, Det. Pooling,
 * normalisation and recurrent layers register from here too (PoolOps, NormOps, RnnOps).
 */
public final class LinalgOps {
    private LinalgOps() {}

    public static void register(OpRegistry r) {
        r.register("MatMul", n -> List.of(n.emit(new Linalg.MatMul(), n.input(0), n.input(1))));
        r.register("Gemm", LinalgOps::gemm);
        r.register("Conv", LinalgOps::conv);
        r.register("ConvTranspose", LinalgOps::convTranspose);
        r.register("Einsum", EinsumImport::convert);
        r.register("Attention", AttentionImport::convert);
        r.register("RotaryEmbedding", RotaryEmbeddingImport::convert);
        r.register("Det", DetImport::convert);
        PoolOps.register(r);
        RnnOps.register(r);
    }

    /** {@code alpha * A' B' + beta * C}, with {@code A' = transA ? A^T : A} and C broadcast to {@code [M, N]}. */
    private static List<Value> gemm(NodeContext n) {
        Value a = n.input(0), b = n.input(1);
        if (a.type().rank() != 2 || b.type().rank() != 2) throw n.error("A and B must be matrices, got " + a.type() + " and " + b.type());
        if (n.attrInt("transA", 0) != 0) a = transpose(n, a, 1, 0);
        if (n.attrInt("transB", 0) != 0) b = transpose(n, b, 1, 0);
        Value y = scale(n, n.emit(new Linalg.MatMul(), a, b), n.attrFloat("alpha", 1.0));
        if (n.hasInput(2)) {
            double beta = n.attrFloat("beta", 1.0);
            if (beta != 0) y = binary(n, BinaryFn.ADD, y, scale(n, n.input(2), beta));
        }
        return List.of(y);
    }

    private static List<Value> conv(NodeContext n) {
        Value x = n.input(0), w = n.input(1);
        Shape xs = x.type().shape(), ws = w.type().shape();
        if (ws.rank() != xs.rank()) throw n.error("W " + w.type() + " must have the rank of X " + x.type());
        long group = n.attrInt("group", 1);
        if (group < 1 || xs.dim(1) % group != 0 || ws.dim(0) % group != 0 || xs.dim(1) / group != ws.dim(1)) {
            throw n.error("group " + group + " does not fit X " + x.type() + " and W " + w.type() + " (need C = group * W[1] and M % group == 0)");
        }
        Window win = window(n, xs, kernelOf(ws));
        checkKernel(n, win, ws);
        var op = new Linalg.Conv(win.strides(), win.pads(), win.dilations(), group);
        return List.of(n.hasInput(2) ? n.emit(op, x, w, n.input(2)) : n.emit(op, x, w));
    }

    private static List<Long> kernelOf(Shape w) {
        List<Long> k = new ArrayList<>();
        for (int i = 2; i < w.rank(); i++) k.add(w.dim(i));
        return k;
    }

    private static void checkKernel(NodeContext n, Window win, Shape w) {
        if (!win.kernel().equals(kernelOf(w))) throw n.error("kernel_shape " + win.kernel() + " differs from the kernel of W " + w);
    }

    /**
     * ConvTranspose. An {@code output_shape} (or SAME_* auto_pad, meaning {@code in * stride}) fixes the pads:
     * the total padding is {@code stride*(in-1) + output_padding + (k-1)*dilation + 1 - out}, split with the
     * odd element at the end for SAME_UPPER and at the beginning otherwise (ONNX's rule).
     */
    private static List<Value> convTranspose(NodeContext n) {
        Value x = n.input(0), w = n.input(1);
        Shape xs = x.type().shape(), ws = w.type().shape();
        int sp = xs.rank() - 2;
        long group = n.attrInt("group", 1);
        if (ws.rank() != xs.rank() || group < 1 || xs.dim(1) != ws.dim(0) || xs.dim(1) % group != 0) {
            throw n.error("X " + x.type() + " and W " + w.type() + " with group " + group + " do not fit (need W[0] = C)");
        }
        String autoPad = n.attrString("auto_pad", "NOTSET");
        List<Long> kernel = n.attrInts("kernel_shape", kernelOf(ws));
        if (!kernel.equals(kernelOf(ws))) throw n.error("kernel_shape " + kernel + " differs from the kernel of W " + ws);
        List<Long> strides = orDefault(n.attrInts("strides", List.of()), sp, 1);
        List<Long> dilations = orDefault(n.attrInts("dilations", List.of()), sp, 1);
        List<Long> outPad = orDefault(n.attrInts("output_padding", List.of()), sp, 0);
        List<Long> outShape = n.attrInts("output_shape", List.of());
        if (outShape.size() == sp + 2) outShape = outShape.subList(2, sp + 2);
        List<Long> pads;
        if (!outShape.isEmpty() || autoPad.startsWith("SAME")) {
            if (!outShape.isEmpty() && outShape.size() != sp) throw n.error("output_shape " + outShape + " must list the " + sp + " spatial sizes");
            pads = filled(2 * sp, 0);
            for (int i = 0; i < sp; i++) {
                long out = outShape.isEmpty() ? xs.dim(i + 2) * strides.get(i) : outShape.get(i);
                long total = strides.get(i) * (xs.dim(i + 2) - 1) + outPad.get(i) + (kernel.get(i) - 1) * dilations.get(i) + 1 - out;
                long half = Math.floorDiv(total, 2);
                boolean upper = autoPad.equals("SAME_UPPER");
                pads.set(i, upper ? half : total - half);
                pads.set(i + sp, upper ? total - half : half);
            }
        } else {
            pads = autoPad.equals("VALID") ? filled(2 * sp, 0) : orDefault(n.attrInts("pads", List.of()), 2 * sp, 0);
        }
        if (strides.size() != sp || dilations.size() != sp || outPad.size() != sp || pads.size() != 2 * sp) {
            throw n.error("strides, dilations, output_padding and pads do not match " + sp + " spatial axes");
        }
        var op = new Linalg.ConvTranspose(strides, pads, dilations, group, outPad);
        return List.of(n.hasInput(2) ? n.emit(op, x, w, n.input(2)) : n.emit(op, x, w));
    }

    private static List<Long> orDefault(List<Long> v, int size, long dflt) { return v.isEmpty() ? filled(size, dflt) : v; }
}
