package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Reduction.ReduceFn;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

import static dev.tcc.frontend.onnx.ops.LinalgSupport.*;

/**
 * BatchNormalization. Inference mode is the per-channel affine map {@code x * a + b} with
 * {@code a = scale / sqrt(var + epsilon)} and {@code b = bias - mean * a}, folded to constants when the
 * statistics are. Training mode (opset 14 {@code training_mode = 1}) normalises with the batch statistics
 * (population variance over every axis but 1) and also returns the updated running mean and variance,
 * {@code running * momentum + batch * (1 - momentum)}.
 */
final class BatchNormImport {
    private BatchNormImport() {}

    static List<Value> convert(NodeContext n) {
        Value x = n.input(0);
        int rank = x.type().rank();
        if (rank < 2) throw n.error("input must be [N, C, ...], got " + x.type());
        double eps = n.attrFloat("epsilon", 1e-5);
        boolean training = n.opset() >= 14 ? n.attrInt("training_mode", 0) != 0 : n.opset() < 7 ? n.attrInt("is_test", 0) == 0 && n.outputCount() > 1 : n.outputCount() > 1;
        if (training) return training(n, x, eps);
        Value y = affine(n, x, n.input(1), n.input(2), n.input(3), n.input(4), eps);
        return List.of(y);
    }

    /** {@code (x - mean) / sqrt(var + eps) * scale + bias}; constants fold into one multiply and one add. */
    private static Value affine(NodeContext n, Value x, Value scale, Value bias, Value mean, Value var, double eps) {
        int rank = x.type().rank();
        DType t = x.type().dtype();
        Tensor s = n.constantOf(scale), b = n.constantOf(bias), m = n.constantOf(mean), v = n.constantOf(var);
        if (s != null && b != null && m != null && v != null) {
            int c = s.size();
            double[] a = new double[c], off = new double[c];
            for (int i = 0; i < c; i++) {
                a[i] = s.getDouble(i) / Math.sqrt(v.getDouble(i) + eps);
                off[i] = b.getDouble(i) - m.getDouble(i) * a[i];
            }
            Value av = channelParam(n, n.constant(Tensor.ofDoubles(t, Shape.of(c), a)), rank);
            Value bv = channelParam(n, n.constant(Tensor.ofDoubles(t, Shape.of(c), off)), rank);
            return binary(n, BinaryFn.ADD, binary(n, BinaryFn.MUL, x, av), bv);
        }
        Value std = unary(n, UnaryFn.SQRT, binary(n, BinaryFn.ADD, channelParam(n, var, rank), n.scalar(eps, t)));
        Value centred = binary(n, BinaryFn.SUB, x, channelParam(n, mean, rank));
        Value normed = binary(n, BinaryFn.DIV, centred, std);
        return binary(n, BinaryFn.ADD, binary(n, BinaryFn.MUL, normed, channelParam(n, scale, rank)), channelParam(n, bias, rank));
    }

    private static List<Value> training(NodeContext n, Value x, double eps) {
        int rank = x.type().rank();
        DType t = x.type().dtype();
        long c = x.type().shape().dim(1);
        double momentum = n.attrFloat("momentum", 0.9);
        List<Integer> axes = new ArrayList<>();
        for (int i = 0; i < rank; i++) if (i != 1) axes.add(i);
        Value mean = reduce(n, ReduceFn.MEAN, x, axes);
        Value centred = binary(n, BinaryFn.SUB, x, mean);
        Value var = reduce(n, ReduceFn.MEAN, binary(n, BinaryFn.MUL, centred, centred), axes);
        Value std = unary(n, UnaryFn.SQRT, binary(n, BinaryFn.ADD, var, n.scalar(eps, t)));
        Value y = binary(n, BinaryFn.ADD, binary(n, BinaryFn.MUL, binary(n, BinaryFn.DIV, centred, std),
                channelParam(n, n.input(1), rank)), channelParam(n, n.input(2), rank));
        Value runMean = binary(n, BinaryFn.ADD, scale(n, n.input(3), momentum), scale(n, reshape(n, mean, c), 1 - momentum));
        Value runVar = binary(n, BinaryFn.ADD, scale(n, n.input(4), momentum), scale(n, reshape(n, var, c), 1 - momentum));
        return List.of(y, runMean, runVar);
    }
}
