package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.DType;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

/** Importers of ONNX operators that cut, split or pad tensors: Slice, Split, Pad, CenterCropPad, Compress, ReverseSequence. */
final class SliceOps {
    private SliceOps() {}

    static void register(OpRegistry r) {
        r.register("Slice", SliceOps::slice);
        r.register("Split", SliceOps::split);
        r.register("Pad", SliceOps::pad);
        r.register("CenterCropPad", SliceOps::centerCropPad);
        r.register("Compress", SliceOps::compress);
        r.register("ReverseSequence", SliceOps::reverseSequence);
    }

    private static List<Value> slice(NodeContext n) {
        Value x = n.input(0);
        Shape s = x.type().shape();
        int r = s.rank();
        List<Long> starts, ends, axesList, stepsList;
        if (n.opset() < 10) {
            starts = n.attrInts("starts", null);
            ends = n.attrInts("ends", null);
            if (starts == null || ends == null) throw n.error("required attributes 'starts' and 'ends' are missing");
            axesList = n.attrInts("axes", null);
            stepsList = null;
        } else {
            starts = Moves.longs(n.constantInput(1, "Slice's starts"));
            ends = Moves.longs(n.constantInput(2, "Slice's ends"));
            Tensor a = Moves.optionalConstant(n, 3, "Slice's axes"), st = Moves.optionalConstant(n, 4, "Slice's steps");
            axesList = a == null ? null : Moves.longs(a);
            stepsList = st == null ? null : Moves.longs(st);
        }
        if (axesList == null) {
            axesList = new ArrayList<>();
            for (long i = 0; i < starts.size(); i++) axesList.add(i);
        }
        if (starts.size() != ends.size() || starts.size() != axesList.size() || stepsList != null && stepsList.size() != starts.size()) {
            throw n.error("starts " + starts + ", ends " + ends + ", axes " + axesList + (stepsList != null ? ", steps " + stepsList : "") + " differ in length");
        }
        long[] st = new long[r], en = s.dims(), sp = new long[r];
        java.util.Arrays.fill(sp, 1);
        int[] axes = Moves.axes(n, axesList, r);
        for (int i = 0; i < axes.length; i++) {
            int a = axes[i];
            long step = stepsList == null ? 1 : stepsList.get(i);
            if (step == 0) throw n.error("slice step on axis " + a + " is 0");
            long[] b = bounds(starts.get(i), ends.get(i), step, s.dim(a));
            st[a] = b[0];
            en[a] = b[1];
            sp[a] = step;
        }
        boolean whole = true;
        for (int a = 0; a < r; a++) whole &= st[a] == 0 && en[a] == s.dim(a) && sp[a] == 1;
        if (whole) return List.of(x);
        return List.of(n.emit(new Movement.Slice(Moves.list(st), Moves.list(en), Moves.list(sp)), x));
    }

    /**
     * ONNX Slice bounds on an axis of size {@code dim}: negative values count from the end, then starts
     * and ends are clamped to {@code [0, dim]} for positive steps and to {@code [0, dim-1]} / {@code [-1, dim-1]}
     * for negative steps.
     */
    static long[] bounds(long start, long end, long step, long dim) {
        if (dim == 0) return new long[] {0, 0};
        if (start < 0) start += dim;
        if (end < 0) end += dim;
        if (step > 0) return new long[] {clamp(start, 0, dim), clamp(end, 0, dim)};
        return new long[] {clamp(start, 0, dim - 1), clamp(end, -1, dim - 1)};
    }

    private static long clamp(long v, long lo, long hi) { return Math.max(lo, Math.min(hi, v)); }

    private static List<Value> split(NodeContext n) {
        Value x = n.input(0);
        Shape s = x.type().shape();
        int axis = Moves.axis(n, n.attrInt("axis", 0), s.rank());
        long dim = s.dim(axis);
        List<Long> sizes = null;
        if (n.opset() < 13 && n.hasAttr("split")) sizes = n.attrInts("split", null);
        else if (n.opset() >= 13 || n.opset() < 2) {
            Tensor t = Moves.optionalConstant(n, 1, "Split's split sizes");
            if (t != null) sizes = Moves.longs(t);
        }
        int outs = n.outputCount();
        if (sizes == null) {
            sizes = new ArrayList<>();
            if (n.opset() >= 18 && n.hasAttr("num_outputs")) {
                long k = n.attrInt("num_outputs", outs);
                if (k != outs) throw n.error("num_outputs " + k + " differs from the " + outs + " outputs the node lists");
                long chunk = (dim + k - 1) / k;
                for (long i = 0; i < k; i++) sizes.add(Math.max(0, Math.min(chunk, dim - i * chunk)));
            } else {
                if (dim % outs != 0) throw n.error("axis " + axis + " of " + x.type() + " cannot be split evenly into " + outs + " outputs");
                for (int i = 0; i < outs; i++) sizes.add(dim / outs);
            }
        }
        if (sizes.size() != outs) throw n.error("split sizes " + sizes + " do not match the " + outs + " outputs");
        if (sizes.stream().mapToLong(Long::longValue).sum() != dim) throw n.error("split sizes " + sizes + " do not add up to " + dim + " on axis " + axis);
        List<Value> res = new ArrayList<>();
        long at = 0;
        for (long len : sizes) {
            res.add(Moves.slice(n, x, axis, at, at + len, 1));
            at += len;
        }
        return res;
    }

    private static List<Value> pad(NodeContext n) {
        Value x = n.input(0);
        int r = x.type().rank();
        String modeName = n.attrString("mode", "constant");
        Movement.PadMode mode = switch (modeName) {
            case "constant" -> Movement.PadMode.CONSTANT;
            case "reflect" -> Movement.PadMode.REFLECT;
            case "edge" -> Movement.PadMode.EDGE;
            case "wrap" -> Movement.PadMode.WRAP;
            default -> throw n.error("unknown pad mode '" + modeName + "'");
        };
        List<Long> pads;
        double value = 0;
        List<Long> axesGiven = null;
        if (n.opset() < 11) {
            pads = n.attrInts(n.opset() < 2 ? "paddings" : "pads", null);
            if (pads == null) throw n.error("required attribute 'pads' is missing");
            value = n.attrFloat("value", 0);
        } else {
            pads = Moves.longs(n.constantInput(1, "Pad's pads"));
            Tensor v = Moves.optionalConstant(n, 2, "Pad's constant_value");
            if (v != null && v.size() > 0) value = v.getDouble(0);
            Tensor a = Moves.optionalConstant(n, 3, "Pad's axes");
            if (a != null) axesGiven = Moves.longs(a);
        }
        int[] axes = Moves.axesOrAll(n, axesGiven, r);
        if (pads.size() != 2 * axes.length) throw n.error(pads.size() + " pads for " + axes.length + " axes; expected " + 2 * axes.length);
        long[] full = new long[2 * r];
        for (int i = 0; i < axes.length; i++) {
            full[axes[i]] = pads.get(i);
            full[axes[i] + r] = pads.get(i + axes.length);
        }
        return List.of(pad(n, x, full, mode, value));
    }

    /** {@code x} padded by {@code pads} (begins then ends; negative crops); no node when all are zero. */
    static Value pad(NodeContext n, Value x, long[] pads, Movement.PadMode mode, double value) {
        boolean none = true;
        for (long p : pads) none &= p == 0;
        if (none) return x;
        Shape s = x.type().shape();
        for (int i = 0; i < s.rank(); i++) {
            if (s.dim(i) + pads[i] + pads[i + s.rank()] < 0) throw n.error("pads crop axis " + i + " of " + x.type() + " below size 0");
            if (mode != Movement.PadMode.CONSTANT && s.dim(i) == 0 && (pads[i] > 0 || pads[i + s.rank()] > 0)) {
                throw n.error("cannot " + mode.name().toLowerCase() + "-pad axis " + i + " of " + x.type() + ": it is empty");
            }
        }
        return n.emit(new Movement.Pad(Moves.list(pads), mode, value), x);
    }

    private static List<Value> centerCropPad(NodeContext n) {
        Value x = n.input(0);
        Shape s = x.type().shape();
        int r = s.rank();
        List<Long> target = Moves.longs(n.constantInput(1, "CenterCropPad's shape"));
        int[] axes = Moves.axesOrAll(n, n.attrInts("axes", null), r);
        if (target.size() != axes.length) throw n.error("shape " + target + " does not match " + axes.length + " axes");
        long[] pads = new long[2 * r];
        for (int i = 0; i < axes.length; i++) {
            int a = axes[i];
            long dim = s.dim(a), want = target.get(i);
            if (want < dim) x = Moves.slice(n, x, a, (dim - want) / 2, (dim - want) / 2 + want, 1);
            else if (want > dim) {
                pads[a] = (want - dim) / 2;
                pads[a + r] = want - dim - pads[a];
            }
        }
        return List.of(pad(n, x, pads, Movement.PadMode.CONSTANT, 0));
    }

    /** Compress selects by a condition, so the result's shape depends on it: it must be known at compile time. */
    private static List<Value> compress(NodeContext n) {
        Value x = n.input(0);
        Tensor cond = n.constantInput(1, "Compress's condition (the result's shape depends on it)");
        if (!n.hasAttr("axis")) x = Moves.reshape(n, x, x.type().size());
        int axis = Moves.axis(n, n.attrInt("axis", 0), x.type().rank());
        long dim = x.type().shape().dim(axis);
        if (cond.size() > dim) throw n.error("condition has " + cond.size() + " elements, more than axis " + axis + " of " + x.type());
        List<Long> picks = new ArrayList<>();
        for (int i = 0; i < cond.size(); i++) if (cond.getDouble(i) != 0) picks.add((long) i);
        Value idx = n.constant(Tensor.vector(DType.I64, Moves.array(picks)));
        return List.of(n.emit(new Movement.Gather(axis), x, idx));
    }

    /** ReverseSequence as a GatherElements along the time axis with a constant index tensor. */
    private static List<Value> reverseSequence(NodeContext n) {
        Value x = n.input(0);
        Shape s = x.type().shape();
        Tensor lens = n.constantInput(1, "ReverseSequence's sequence_lens");
        int time = Moves.axis(n, n.attrInt("time_axis", 0), s.rank()), batch = Moves.axis(n, n.attrInt("batch_axis", 1), s.rank());
        if (time == batch) throw n.error("time_axis and batch_axis are both " + time);
        if (lens.size() != s.dim(batch)) throw n.error("sequence_lens has " + lens.size() + " entries for batch size " + s.dim(batch));
        long[] idx = new long[Math.toIntExact(s.size())];
        int[] pos = new int[s.rank()];
        for (int p = 0; p < idx.length; p++) {
            long t = pos[time], len = lens.getLong(pos[batch]);
            if (len < 0 || len > s.dim(time)) throw n.error("sequence length " + len + " is out of range for time axis size " + s.dim(time));
            idx[p] = t < len ? len - 1 - t : t;
            for (int d = s.rank() - 1; d >= 0; d--) {
                if (++pos[d] < s.dim(d)) break;
                pos[d] = 0;
            }
        }
        Value index = n.constant(Tensor.ofLongs(DType.I64, s, idx));
        return List.of(n.emit(new Movement.GatherElements(time), x, index));
    }
}
