package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.DType;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Types;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Importers of ONNX data-movement and shape operators. This file holds the reshaping family (Reshape,
 * Flatten, Squeeze, Unsqueeze, Transpose, Concat, Expand, Tile, Identity, Dropout, DepthToSpace,
 * SpaceToDepth) and registers the rest of the family, which lives in {@link ShapeOps}, {@link SliceOps},
 * {@link IndexOps} and {@link ResizeOps}.
 */
public final class MovementOps {
    private MovementOps() {}

    public static void register(OpRegistry r) {
        r.register("Identity", n -> List.of(n.input(0)));
        r.register("Dropout", MovementOps::dropout);
        r.register("Reshape", MovementOps::reshape);
        r.register("Flatten", MovementOps::flatten);
        r.register("Squeeze", MovementOps::squeeze);
        r.register("Unsqueeze", MovementOps::unsqueeze);
        r.register("Transpose", MovementOps::transpose);
        r.register("Concat", MovementOps::concat);
        r.register("Expand", MovementOps::expand);
        r.register("Tile", MovementOps::tile);
        r.register("DepthToSpace", MovementOps::depthToSpace);
        r.register("SpaceToDepth", MovementOps::spaceToDepth);
        ShapeOps.register(r);
        SliceOps.register(r);
        IndexOps.register(r);
        GridOps.register(r);
        ResizeOps.register(r);
    }

    /** Inference-time Dropout: a copy; the mask (when asked for) is all true. Training with a non-zero ratio is random and refused. */
    private static List<Value> dropout(NodeContext n) {
        Value x = n.input(0);
        if (n.opset() >= 12 && n.hasInput(2)) {
            boolean training = n.constantInput(2, "Dropout's training_mode").getDouble(0) != 0;
            double ratio = n.hasInput(1) ? n.constantInput(1, "Dropout's ratio").getDouble(0) : 0.5;
            if (training && ratio != 0) {
                throw n.error("Dropout in training mode with ratio " + ratio + " draws random numbers; tcc compiles inference graphs only "
                        + "(export the model in eval mode, or set training_mode to false)");
            }
        }
        if (!n.wantsOutput(1)) return List.of(x);
        DType maskType = n.opset() >= 10 ? DType.BOOL : x.type().dtype();
        Value mask = n.constant(Tensor.filled(new TensorType(maskType, x.type().shape()), 1));
        return List.of(x, mask);
    }

    private static List<Value> reshape(NodeContext n) {
        Value x = n.input(0);
        List<Long> spec = n.opset() < 5 ? n.attrInts("shape", null) : Moves.longs(n.constantInput(1, "Reshape's target shape"));
        if (spec == null) throw n.error("required attribute 'shape' is missing");
        boolean allowZero = n.attrInt("allowzero", 0) != 0;
        Shape in = x.type().shape();
        long[] out = new long[spec.size()];
        int infer = -1;
        long known = 1;
        for (int i = 0; i < out.length; i++) {
            long d = spec.get(i);
            if (d == -1) {
                if (infer >= 0) throw n.error("target shape " + spec + " has more than one -1");
                infer = i;
                continue;
            }
            if (d == 0 && !allowZero) {
                if (i >= in.rank()) throw n.error("target shape " + spec + " copies dimension " + i + " (a 0) but the input " + x.type() + " has no such dimension");
                d = in.dim(i);
            }
            if (d < 0) throw n.error("target shape " + spec + " has the invalid dimension " + d);
            out[i] = d;
            known *= d;
        }
        if (infer >= 0) {
            if (known == 0 || in.size() % known != 0) throw n.error("cannot infer the -1 in target shape " + spec + " for input " + x.type());
            out[infer] = in.size() / known;
        }
        if (new Shape(out).size() != in.size()) throw n.error("cannot reshape " + x.type() + " to " + Arrays.toString(out) + ": the sizes differ");
        return List.of(Moves.reshape(n, x, out));
    }

    private static List<Value> flatten(NodeContext n) {
        Value x = n.input(0);
        Shape s = x.type().shape();
        long a = n.attrInt("axis", 1);
        int axis = (int) (a < 0 ? a + s.rank() : a);
        if (axis < 0 || axis > s.rank()) throw n.error("axis " + a + " is out of range for a tensor of rank " + s.rank());
        long outer = 1, inner = 1;
        for (int i = 0; i < s.rank(); i++) {
            if (i < axis) outer *= s.dim(i);
            else inner *= s.dim(i);
        }
        return List.of(Moves.reshape(n, x, outer, inner));
    }

    private static List<Long> axesOf(NodeContext n, String op) {
        if (n.opset() < 13) return n.attrInts("axes", null);
        Tensor t = Moves.optionalConstant(n, 1, op + "'s axes");
        return t == null ? null : Moves.longs(t);
    }

    private static List<Value> squeeze(NodeContext n) {
        Value x = n.input(0);
        Shape s = x.type().shape();
        List<Long> axesList = axesOf(n, "Squeeze");
        boolean[] drop = new boolean[s.rank()];
        if (axesList == null) {
            for (int i = 0; i < drop.length; i++) drop[i] = s.dim(i) == 1;
        } else {
            for (int a : Moves.axes(n, axesList, s.rank())) {
                if (s.dim(a) != 1) throw n.error("cannot squeeze axis " + a + " of " + x.type() + ": its size is not 1");
                drop[a] = true;
            }
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < drop.length; i++) if (!drop[i]) out.add(s.dim(i));
        return List.of(Moves.reshape(n, x, Moves.array(out)));
    }

    private static List<Value> unsqueeze(NodeContext n) {
        Value x = n.input(0);
        Shape s = x.type().shape();
        List<Long> axesList = axesOf(n, "Unsqueeze");
        if (axesList == null) {
            if (n.opset() >= 13 && n.hasInput(1)) return List.of(x); // an empty axes list inserts nothing
            throw n.error("Unsqueeze needs axes");
        }
        int rank = s.rank() + axesList.size();
        boolean[] insert = new boolean[rank];
        for (int a : Moves.axes(n, axesList, rank)) insert[a] = true;
        long[] out = new long[rank];
        for (int i = 0, k = 0; i < rank; i++) out[i] = insert[i] ? 1 : s.dim(k++);
        return List.of(Moves.reshape(n, x, out));
    }

    private static List<Value> transpose(NodeContext n) {
        Value x = n.input(0);
        int r = x.type().rank();
        List<Long> permAttr = n.attrInts("perm", null);
        List<Integer> perm = new ArrayList<>();
        if (permAttr == null || permAttr.isEmpty() && r > 0) {
            for (int i = r - 1; i >= 0; i--) perm.add(i);
        } else {
            if (permAttr.size() != r) throw n.error("perm " + permAttr + " does not match the rank of " + x.type());
            for (int a : Moves.axes(n, permAttr, r)) perm.add(a);
        }
        return List.of(transpose(n, x, perm));
    }

    /** {@code x} transposed by {@code perm} (no node for the identity permutation). */
    static Value transpose(NodeContext n, Value x, List<Integer> perm) {
        boolean identity = true;
        for (int i = 0; i < perm.size(); i++) identity &= perm.get(i) == i;
        return identity ? x : n.emit(new Movement.Transpose(perm), x);
    }

    private static List<Value> concat(NodeContext n) {
        List<Value> ins = n.inputsFrom(0);
        if (ins.isEmpty()) throw n.error("Concat needs at least one input");
        int r = ins.get(0).type().rank();
        if (!n.hasAttr("axis") && n.opset() >= 4) throw n.error("required attribute 'axis' is missing");
        int axis = Moves.axis(n, n.attrInt("axis", 1), r);
        if (ins.size() == 1) return List.of(ins.get(0));
        return List.of(n.emitAll(new Movement.Concat(axis), ins).get(0));
    }

    private static List<Value> expand(NodeContext n) {
        Value x = n.input(0);
        long[] shape = Moves.array(Moves.longs(n.constantInput(1, "Expand's target shape")));
        Shape out = Types.broadcast(x.type().shape(), new Shape(shape));
        if (out.equals(x.type().shape())) return List.of(x);
        return List.of(n.emit(new Movement.Expand(Moves.list(out.dims())), x));
    }

    private static List<Value> tile(NodeContext n) {
        if (n.opset() < 6) throw n.error("Tile before opset 6 (tiles and axis inputs) is not supported; re-export with a newer opset");
        Value x = n.input(0);
        List<Long> repeats = Moves.longs(n.constantInput(1, "Tile's repeats"));
        if (repeats.size() != x.type().rank()) throw n.error("repeats " + repeats + " do not match the rank of " + x.type());
        for (long v : repeats) if (v < 0) throw n.error("repeats " + repeats + " has a negative count");
        if (repeats.stream().allMatch(v -> v == 1)) return List.of(x);
        return List.of(n.emit(new Movement.Tile(repeats), x));
    }

    private static long[] nchw(NodeContext n, Value x) {
        if (x.type().rank() != 4) throw n.error(n.opType() + " needs a 4-D (NCHW) input, got " + x.type());
        return x.type().shape().dims();
    }

    private static List<Value> depthToSpace(NodeContext n) {
        Value x = n.input(0);
        long[] d = nchw(n, x);
        long b = n.requireAttrInt("blocksize");
        if (b <= 0 || d[1] % (b * b) != 0) throw n.error("channels " + d[1] + " are not divisible by blocksize^2 = " + b * b);
        long c = d[1] / (b * b);
        boolean crd = n.attrString("mode", "DCR").equals("CRD");
        Value t = crd
                ? transpose(n, Moves.reshape(n, x, d[0], c, b, b, d[2], d[3]), List.of(0, 1, 4, 2, 5, 3))
                : transpose(n, Moves.reshape(n, x, d[0], b, b, c, d[2], d[3]), List.of(0, 3, 4, 1, 5, 2));
        return List.of(Moves.reshape(n, t, d[0], c, d[2] * b, d[3] * b));
    }

    private static List<Value> spaceToDepth(NodeContext n) {
        Value x = n.input(0);
        long[] d = nchw(n, x);
        long b = n.requireAttrInt("blocksize");
        if (b <= 0 || d[2] % b != 0 || d[3] % b != 0) throw n.error("height and width of " + x.type() + " are not divisible by blocksize " + b);
        boolean crd = n.attrString("mode", "DCR").equals("CRD");
        Value t = transpose(n, Moves.reshape(n, x, d[0], d[1], d[2] / b, b, d[3] / b, b), crd ? List.of(0, 1, 3, 5, 2, 4) : List.of(0, 3, 5, 1, 2, 4));
        return List.of(Moves.reshape(n, t, d[0], d[1] * b * b, d[2] / b, d[3] / b));
    }
}
