package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Reduction.ReduceFn;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Types;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

import static dev.tcc.frontend.onnx.ops.LinalgSupport.*;

/**
 * Importers of ONNX normalisations: LayerNormalization, InstanceNormalization and GroupNormalization map onto
 * the fused {@link Structured.LayerNorm}; BatchNormalization (inference: an affine map per channel),
 * RMSNormalization, LpNormalization, MeanVarianceNormalization and LRN decompose into elementwise ops,
 * reductions and pools. Softmax, LogSoftmax and Hardmax register from {@link SoftmaxOps}.
 */
public final class NormOps {
    private NormOps() {}

    public static void register(OpRegistry r) {
        SoftmaxOps.register(r);
        r.register("LayerNormalization", NormOps::layerNorm);
        r.register("BatchNormalization", BatchNormImport::convert);
        r.register("InstanceNormalization", NormOps::instanceNorm);
        r.register("GroupNormalization", NormOps::groupNorm);
        r.register("RMSNormalization", NormOps::rmsNorm);
        r.register("LpNormalization", NormOps::lpNorm);
        r.register("MeanVarianceNormalization", NormOps::meanVarianceNorm);
        r.register("LRN", NormOps::lrn);
    }

    private static DType stashType(NodeContext n, DType dflt) {
        long code = n.attrInt("stash_type", 1);
        DType t = DType.fromOnnx((int) code);
        if (t == null || !t.isFloat()) throw n.error("stash_type " + code + " is not a floating type");
        return n.hasAttr("stash_type") ? t : dflt;
    }

    private static List<Value> layerNorm(NodeContext n) {
        Value x = n.input(0);
        int axis = Types.axis(n.attrInt("axis", -1), x.type().rank());
        boolean stats = n.wantsOutput(1) || n.wantsOutput(2);
        var op = new Structured.LayerNorm(axis, n.attrFloat("epsilon", 1e-5), stats, stashType(n, DType.F32));
        List<Value> args = new ArrayList<>(List.of(x, n.input(1)));
        if (n.hasInput(2)) args.add(n.input(2));
        return n.emitAll(op, args);
    }

    /** Per (n, c) normalisation over the spatial axes: a layer norm from axis 2 with per-channel scale and bias. */
    private static List<Value> instanceNorm(NodeContext n) {
        Value x = n.input(0);
        int rank = x.type().rank();
        if (rank < 3) throw n.error("input must be [N, C, D1, ...], got " + x.type());
        var op = new Structured.LayerNorm(2, n.attrFloat("epsilon", 1e-5), false, x.type().dtype());
        return List.of(n.emit(op, x, channelParam(n, n.input(1), rank), channelParam(n, n.input(2), rank)));
    }

    /**
     * x[N,C,D...] viewed as [N, G, C/G, prod(D)] and layer-normalised from axis 2. Scale and bias are per
     * channel from opset 21 and per group before.
     */
    private static List<Value> groupNorm(NodeContext n) {
        Value x = n.input(0);
        Shape s = x.type().shape();
        long groups = n.requireAttrInt("num_groups");
        long c = s.dim(1);
        if (groups < 1 || c % groups != 0) throw n.error("num_groups " + groups + " does not divide the " + c + " channels of " + x.type());
        long spatial = s.size() / (s.dim(0) * c);
        Value x4 = reshape(n, x, s.dim(0), groups, c / groups, spatial);
        boolean perChannel = n.opset() >= 21;
        long[] pshape = perChannel ? new long[] {groups, c / groups, 1} : new long[] {groups, 1, 1};
        Value scale = reshape(n, n.input(1), pshape), bias = reshape(n, n.input(2), pshape);
        var op = new Structured.LayerNorm(2, n.attrFloat("epsilon", 1e-5), false, x.type().dtype());
        return List.of(reshape(n, n.emit(op, x4, scale, bias), s.dims()));
    }

    /** {@code x / sqrt(mean(x^2 over [axis, rank)) + epsilon) * scale}. */
    private static List<Value> rmsNorm(NodeContext n) {
        Value x = n.input(0);
        int rank = x.type().rank(), axis = Types.axis(n.attrInt("axis", -1), rank);
        DType t = x.type().dtype();
        List<Integer> axes = new ArrayList<>();
        for (int i = axis; i < rank; i++) axes.add(i);
        Value ms = reduce(n, ReduceFn.MEAN, binary(n, BinaryFn.MUL, x, x), axes);
        Value rms = unary(n, UnaryFn.SQRT, binary(n, BinaryFn.ADD, ms, n.scalar(n.attrFloat("epsilon", 1e-5), t)));
        return List.of(binary(n, BinaryFn.MUL, binary(n, BinaryFn.DIV, x, rms), n.input(1)));
    }

    /** {@code x / ||x||_p} along one axis (p is 1 or 2); zero where the norm is zero. */
    private static List<Value> lpNorm(NodeContext n) {
        Value x = n.input(0);
        int axis = Types.axis(n.attrInt("axis", -1), x.type().rank());
        long p = n.attrInt("p", 2);
        if (p != 1 && p != 2) throw n.error("p = " + p + " is not allowed; LpNormalization takes p = 1 or 2");
        Value norm = reduce(n, p == 1 ? ReduceFn.L1 : ReduceFn.L2, x, List.of(axis));
        // an all-zero slice normalises to zeros (ONNX 22): divide it by 1 instead of 0
        DType t = x.type().dtype();
        Value zero = binary(n, BinaryFn.EQ, norm, n.scalar(0, t));
        Value den = n.emit(new Elementwise.Select(), zero, n.scalar(1, t), norm);
        return List.of(binary(n, BinaryFn.DIV, x, den));
    }

    /** {@code (x - mean) / (sqrt(var) + 1e-9)} over {@code axes} (default 0, 2, 3), as ONNX's function body. */
    private static List<Value> meanVarianceNorm(NodeContext n) {
        Value x = n.input(0);
        int rank = x.type().rank();
        List<Integer> axes = new ArrayList<>();
        for (long a : n.attrInts("axes", longs(0, 2, 3))) axes.add(Types.axis(a, rank));
        axes = axes.stream().distinct().sorted().toList();
        Value centred = binary(n, BinaryFn.SUB, x, reduce(n, ReduceFn.MEAN, x, axes));
        Value std = unary(n, UnaryFn.SQRT, reduce(n, ReduceFn.MEAN, binary(n, BinaryFn.MUL, centred, centred), axes));
        return List.of(binary(n, BinaryFn.DIV, centred, binary(n, BinaryFn.ADD, std, n.scalar(1e-9, x.type().dtype()))));
    }

    /**
     * {@code x / (bias + alpha/size * sum of x^2 over a window of channels)^beta}. The channel window sum is an
     * average pool over [N, 1, C, rest] with count_include_pad, whose divisor is always {@code size}.
     */
    private static List<Value> lrn(NodeContext n) {
        Value x = n.input(0);
        Shape s = x.type().shape();
        DType t = x.type().dtype();
        long size = n.requireAttrInt("size");
        if (s.rank() < 3) throw n.error("input must be [N, C, D1, ...], got " + x.type());
        long rest = s.size() / (s.dim(0) * s.dim(1));
        Value sq = reshape(n, binary(n, BinaryFn.MUL, x, x), s.dim(0), 1, s.dim(1), rest);
        long before = (size - 1) / 2, after = size - 1 - before;
        var pool = new Linalg.Pool(Linalg.PoolKind.AVG, longs(size, 1), longs(1, 1), longs(before, 0, after, 0), longs(1, 1), false, true, 0);
        Value avg = reshape(n, n.emit(pool, sq), s.dims());
        Value base = binary(n, BinaryFn.ADD, scale(n, avg, n.attrFloat("alpha", 1e-4)), n.scalar(n.attrFloat("bias", 1.0), t));
        return List.of(binary(n, BinaryFn.DIV, x, binary(n, BinaryFn.POW, base, n.scalar(n.attrFloat("beta", 0.75), t))));
    }
}
