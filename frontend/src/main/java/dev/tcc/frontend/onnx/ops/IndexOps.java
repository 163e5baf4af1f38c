package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Movement.ScatterReduction;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.List;

/** Importers of ONNX indexing operators: Gather, GatherElements, GatherND, the scatters, Trilu and OneHot. */
final class IndexOps {
    private IndexOps() {}

    static void register(OpRegistry r) {
        r.register("Gather", n -> List.of(n.emit(new Movement.Gather(Moves.axis(n, n.attrInt("axis", 0), n.inputType(0).rank())), n.input(0), indices(n, 1))));
        r.register("GatherElements", IndexOps::gatherElements);
        r.register("GatherND", IndexOps::gatherNd);
        r.register("ScatterElements", IndexOps::scatterElements);
        r.register("Scatter", IndexOps::scatterElements);
        r.register("ScatterND", IndexOps::scatterNd);
        r.register("Trilu", IndexOps::trilu);
        r.register("OneHot", IndexOps::oneHot);
    }

    /** Input {@code i}, checked to be an integer index tensor. */
    private static Value indices(NodeContext n, int i) {
        Value v = n.input(i);
        if (!v.type().dtype().isInteger()) throw n.error("indices must be integers, got " + v.type());
        return v;
    }

    private static List<Value> gatherElements(NodeContext n) {
        Value x = n.input(0), idx = indices(n, 1);
        if (idx.type().rank() != x.type().rank()) throw n.error("indices " + idx.type() + " and data " + x.type() + " differ in rank");
        return List.of(n.emit(new Movement.GatherElements(Moves.axis(n, n.attrInt("axis", 0), x.type().rank())), x, idx));
    }

    private static List<Value> gatherNd(NodeContext n) {
        Value x = n.input(0), idx = indices(n, 1);
        int b = (int) n.attrInt("batch_dims", 0), q = idx.type().rank(), r = x.type().rank();
        if (q < 1) throw n.error("indices must have rank >= 1, got " + idx.type());
        long m = idx.type().shape().dim(q - 1);
        if (b < 0 || b >= Math.min(q, r) || m > r - b) throw n.error("batch_dims " + b + " and indices " + idx.type() + " do not fit data " + x.type());
        for (int i = 0; i < b; i++) {
            if (idx.type().shape().dim(i) != x.type().shape().dim(i)) throw n.error("batch dimension " + i + " differs between data " + x.type() + " and indices " + idx.type());
        }
        return List.of(n.emit(new Movement.GatherND(b), x, idx));
    }

    private static ScatterReduction reduction(NodeContext n) {
        String r = n.attrString("reduction", "none");
        return switch (r) {
            case "none" -> ScatterReduction.NONE;
            case "add" -> ScatterReduction.ADD;
            case "mul" -> ScatterReduction.MUL;
            case "max" -> ScatterReduction.MAX;
            case "min" -> ScatterReduction.MIN;
            default -> throw n.error("unknown reduction '" + r + "'");
        };
    }

    private static List<Value> scatterElements(NodeContext n) {
        Value x = n.input(0), idx = indices(n, 1), upd = n.input(2);
        if (!idx.type().shape().equals(upd.type().shape())) throw n.error("indices " + idx.type() + " and updates " + upd.type() + " differ in shape");
        if (idx.type().rank() != x.type().rank()) throw n.error("indices " + idx.type() + " and data " + x.type() + " differ in rank");
        int axis = Moves.axis(n, n.attrInt("axis", 0), x.type().rank());
        return List.of(n.emit(new Movement.ScatterElements(axis, reduction(n)), x, idx, upd));
    }

    private static List<Value> scatterNd(NodeContext n) {
        Value x = n.input(0), idx = indices(n, 1), upd = n.input(2);
        Shape d = x.type().shape(), q = idx.type().shape();
        if (q.rank() < 1 || q.dim(q.rank() - 1) > d.rank()) throw n.error("indices " + idx.type() + " do not fit data " + x.type());
        int m = (int) q.dim(q.rank() - 1);
        long[] want = new long[q.rank() - 1 + d.rank() - m];
        for (int i = 0; i < q.rank() - 1; i++) want[i] = q.dim(i);
        for (int i = m; i < d.rank(); i++) want[q.rank() - 1 + i - m] = d.dim(i);
        if (!upd.type().shape().equals(new Shape(want))) throw n.error("updates " + upd.type() + " must have shape " + new Shape(want));
        return List.of(n.emit(new Movement.ScatterND(reduction(n)), x, idx, upd));
    }

    /** Trilu keeps one triangle of the last two axes: {@code select(mask, x, 0)} with a constant mask. */
    private static List<Value> trilu(NodeContext n) {
        Value x = n.input(0);
        Shape s = x.type().shape();
        if (s.rank() < 2) throw n.error("Trilu needs rank >= 2, got " + x.type());
        long k = n.hasInput(1) ? n.constantInput(1, "Trilu's k").getLong(0) : 0;
        boolean upper = n.attrInt("upper", 1) != 0;
        long rows = s.dim(s.rank() - 2), cols = s.dim(s.rank() - 1);
        long[] mask = new long[Math.toIntExact(rows * cols)];
        boolean all = true;
        for (long i = 0; i < rows; i++) {
            for (long j = 0; j < cols; j++) {
                boolean keep = upper ? j - i >= k : j - i <= k;
                mask[(int) (i * cols + j)] = keep ? 1 : 0;
                all &= keep;
            }
        }
        if (all) return List.of(x);
        Value m = n.constant(Tensor.ofLongs(DType.BOOL, Shape.of(rows, cols), mask));
        return List.of(n.emit(new Elementwise.Select(), m, x, n.scalar(0, x.type().dtype())));
    }

    /**
     * OneHot as {@code select(adjusted(indices) == range(depth), on, off)} with the range laid along
     * {@code axis}; negative indices count from {@code depth}, other out-of-range ones match nothing.
     */
    private static List<Value> oneHot(NodeContext n) {
        Value idx = n.input(0), values = n.input(2);
        DType it = idx.type().dtype();
        double depthValue = n.constantInput(1, "OneHot's depth").getDouble(0);
        long depth = (long) depthValue;
        if (depth <= 0) throw n.error("depth must be positive, got " + depthValue);
        if (values.type().size() != 2) throw n.error("values must hold [off_value, on_value], got " + values.type());
        Shape is = idx.type().shape();
        int r = is.rank() + 1, axis = Moves.axis(n, n.attrInt("axis", -1), r);
        Value depthC = n.scalar(depth, it);
        if (it.isSigned()) {
            // clipped to [-depth-1, depth], which matches the same (no) position for every index beyond it,
            // so that adding depth below stays within 32 bits for targets without 64-bit integers (WGSL)
            idx = n.emit(new Elementwise.Binary(BinaryFn.MAX), n.emit(new Elementwise.Binary(BinaryFn.MIN), idx, depthC),
                    n.scalar(-depth - 1, it));
        }
        Value negative = n.emit(new Elementwise.Binary(BinaryFn.LT), idx, n.scalar(0, it));
        Value adjusted = n.emit(new Elementwise.Select(), negative, n.emit(new Elementwise.Binary(BinaryFn.ADD), idx, depthC), idx);
        long[] idxShape = new long[r], rangeShape = new long[r];
        for (int i = 0, k = 0; i < r; i++) {
            idxShape[i] = i == axis ? 1 : is.dim(k++);
            rangeShape[i] = i == axis ? depth : 1;
        }
        double[] range = new double[(int) depth];
        for (int i = 0; i < depth; i++) range[i] = i;
        Value rangeC = n.constant(Tensor.ofDoubles(it, new Shape(rangeShape), range));
        Value hot = n.emit(new Elementwise.Binary(BinaryFn.EQ), Moves.reshape(n, adjusted, idxShape), rangeC);
        Value flat = Moves.reshape(n, values, 2);
        Value off = n.emit(new Movement.Gather(0), flat, n.constant(Tensor.scalar(DType.I64, 0)));
        Value on = n.emit(new Movement.Gather(0), flat, n.constant(Tensor.scalar(DType.I64, 1)));
        return List.of(n.emit(new Elementwise.Select(), hot, on, off));
    }
}
