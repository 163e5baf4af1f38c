package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.program.KernelProgram;

import java.util.ArrayList;
import java.util.List;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * Element formulas of the movement ops: the output index maps to an input index (reshape, transpose,
 * slice, expand, tile, pad, gathers) or picks one of several inputs (concat). Data-dependent indices are
 * normalised (negative counts from the end) and clamped into range, so a bad index reads a wrong element
 * rather than outside the buffer.
 */
final class IndexMaps {
    private IndexMaps() {}

    static Expr compute(Emitter em, Scope s, Node n, Movement op, List<Expr> idx) {
        Value in = n.inputs().get(0);
        Value out = n.outputs().get(0);
        Shape is = in.type().shape(), os = out.type().shape();
        return switch (op) {
            case Movement.Reshape r -> em.valueAt(s, in, Ix.delinear(s, Ix.linear(s, idx, os), is));
            case Movement.Transpose t -> {
                Expr[] src = new Expr[idx.size()];
                for (int i = 0; i < idx.size(); i++) src[t.perm().get(i)] = idx.get(i);
                yield em.valueAt(s, in, List.of(src));
            }
            case Movement.Slice sl -> {
                List<Expr> src = new ArrayList<>();
                for (int d = 0; d < idx.size(); d++) {
                    src.add(is.dim(d) == 1 ? Ix.lit(0) : Ix.add(Ix.mul(idx.get(d), sl.steps().get(d)), sl.starts().get(d)));
                }
                yield em.valueAt(s, in, src);
            }
            case Movement.Expand e -> em.valueAt(s, in, Ix.broadcast(idx, is, os));
            case Movement.Tile t -> {
                List<Expr> src = new ArrayList<>();
                for (int d = 0; d < idx.size(); d++) src.add(t.repeats().get(d) == 1 ? idx.get(d) : Ix.rem(idx.get(d), is.dim(d)));
                yield em.valueAt(s, in, src);
            }
            case Movement.Pad p -> pad(em, s, n, p, idx);
            case Movement.Concat c -> concat(em, s, n, c.axis(), idx);
            case Movement.Gather g -> gather(em, s, n, g.axis(), idx);
            case Movement.GatherElements g -> {
                Expr j = index(em, s, n, n.inputs().get(1), em.valueAt(s, n.inputs().get(1), idx), is.dim(g.axis()));
                List<Expr> src = new ArrayList<>(idx);
                src.set(g.axis(), j);
                yield em.valueAt(s, in, src);
            }
            case Movement.GatherND g -> gatherNd(em, s, n, g.batchDims(), idx);
            case Movement.Resize r -> ResizeLowering.compute(em, s, n, r, idx);
            case Movement.ScatterND sc -> throw new IllegalStateException("scatter_nd has no element formula");
            case Movement.ScatterElements sc -> throw new IllegalStateException("scatter_elements has no element formula");
        };
    }

    /**
     * Index value {@code j} (read from {@code indices}, an input of {@code node}) normalised against an axis of
     * {@code n} elements and clamped into it, as i32. Where the reference interpreter would fail on an index
     * out of range the kernel flags a device check ({@link Emitter#check}) before clamping, unless the
     * indices are a constant, which is checked here instead.
     */
    static Expr index(Emitter em, Scope s, Node node, Value indices, Expr j, long n) { return index(em, s, node, indices, 1, 0, j, n); }

    /** {@link #index} for position {@code k} of the index tuples (the last dimension, of {@code m}) of gather_nd and scatter_nd. */
    static Expr index(Emitter em, Scope s, Node node, Value indices, int m, int k, Expr j, long n) {
        DType t = j.type();
        Expr v = s.let("j", j);
        if (!constantIndicesFit(em, indices, m, k, n)) {
            String what = "node '" + node.name() + "' (" + node.op().mnemonic() + "): index ";
            Expr out = t.isSigned() ? or(lt(v, lit(t, -n)), ge(v, lit(t, n))) : ge(v, lit(t, n));
            long most = Integer.MAX_VALUE;
            Expr culprit = t == DType.I32 ? v : cast(DType.I32, t.isSigned() ? max(min(v, lit(t, most)), lit(t, -most)) : min(v, lit(t, most)));
            em.check(s, out, culprit, what + KernelProgram.Check.VALUE + " out of range for an axis of size " + n);
        }
        if (n <= 1) return Ix.lit(0);
        if (t.isSigned()) v = select(lt(v, lit(t, 0L)), add(v, lit(t, n)), v);
        if (t == DType.U64 || t == DType.U32) v = min(v, lit(t, n - 1));
        else v = min(max(v, lit(t, 0L)), lit(t, n - 1));
        return s.let("j", cast(Ix.T, v));
    }

    /**
     * True when {@code indices} is a constant whose values at positions {@code k} modulo {@code m} all lie in
     * {@code [-n, n)}; throws naming the first that does not.
     */
    private static boolean constantIndicesFit(Emitter em, Value indices, int m, int k, long n) {
        Node p = em.pb.producer(indices);
        if (p == null || !(p.op() instanceof Op.Constant c)) return false;
        for (long i = k; i < c.value().size(); i += m) {
            long x = c.value().getLong(Math.toIntExact(i));
            if (x < -n || x >= n) throw new LoweringException("index " + x + " out of range for an axis of size " + n);
        }
        return true;
    }

    private static Expr pad(Emitter em, Scope s, Node n, Movement.Pad p, List<Expr> idx) {
        Value in = n.inputs().get(0), out = n.outputs().get(0);
        Shape is = in.type().shape();
        int r = is.rank();
        List<Expr> src = new ArrayList<>();
        Expr inside = null;
        for (int d = 0; d < r; d++) {
            long begin = p.pads().get(d), end = p.pads().get(d + r), dim = is.dim(d);
            Expr j = Ix.sub(idx.get(d), begin);
            if (begin <= 0 && end <= 0) {
                src.add(j);
                continue;
            }
            if (dim == 0) throw new LoweringException("node " + n.name() + ": cannot pad an empty axis");
            switch (p.mode()) {
                case CONSTANT -> {
                    inside = Ix.and(inside, Ix.inRange(j, dim));
                    src.add(s.let("j", Ix.clamp(j, 0, dim - 1)));
                }
                case EDGE -> src.add(s.let("j", Ix.clamp(j, 0, dim - 1)));
                case WRAP -> src.add(s.let("j", Ix.floorMod(j, dim)));
                case REFLECT -> {
                    if (dim == 1) {
                        src.add(Ix.lit(0));
                    } else {
                        long period = 2 * (dim - 1);
                        Expr k = s.let("k", Ix.floorMod(j, period));
                        src.add(s.let("j", select(lt(k, Ix.lit(dim)), k, Ix.sub(Ix.lit(period), k))));
                    }
                }
            }
        }
        if (inside == null) return em.valueAt(s, in, src);
        Expr.Var r0 = s.var("padded", Emitter.literal(out.type().dtype(), p.value()));
        s.ifThen(inside, t -> t.assign(r0, em.valueAt(t, in, src)));
        return r0;
    }

    private static Expr concat(Emitter em, Scope s, Node n, int axis, List<Expr> idx) {
        Value out = n.outputs().get(0);
        List<Value> parts = n.inputs().stream().filter(v -> v.type().shape().dim(axis) > 0).toList();
        if (parts.size() == 1) return em.valueAt(s, parts.get(0), idx);
        Expr.Var r = s.var("cat", zero(Emitter.vt(out)));
        branch(em, s, parts, 0, 0, axis, idx, r);
        return r;
    }

    /** {@code if (i < end_k) r = part_k[i - start_k] else ...} over the parts from {@code k}. */
    private static void branch(Emitter em, Scope s, List<Value> parts, int k, long start, int axis, List<Expr> idx, Expr.Var r) {
        Value part = parts.get(k);
        long end = start + part.type().shape().dim(axis);
        List<Expr> src = new ArrayList<>(idx);
        src.set(axis, Ix.sub(idx.get(axis), start));
        if (k == parts.size() - 1) {
            s.block(t -> t.assign(r, em.valueAt(t, part, src)));
            return;
        }
        s.ifThenElse(lt(idx.get(axis), Ix.lit(end)), t -> t.assign(r, em.valueAt(t, part, src)),
                e -> branch(em, e, parts, k + 1, end, axis, idx, r));
    }

    static Expr zero(DType vt) { return vt == DType.BOOL ? bool(false) : lit(vt, 0L); }

    /** One of value type {@code vt} (true for bool): the start of a running product. */
    static Expr one(DType vt) { return vt == DType.BOOL ? bool(true) : lit(vt, 1L); }

    private static Expr gather(Emitter em, Scope s, Node n, int axis, List<Expr> idx) {
        Value data = n.inputs().get(0), indices = n.inputs().get(1);
        int q = indices.type().rank();
        Expr j = index(em, s, n, indices, em.valueAt(s, indices, idx.subList(axis, axis + q)), data.type().shape().dim(axis));
        List<Expr> src = new ArrayList<>(idx.subList(0, axis));
        src.add(j);
        src.addAll(idx.subList(axis + q, idx.size()));
        return em.valueAt(s, data, src);
    }

    private static Expr gatherNd(Emitter em, Scope s, Node n, int batchDims, List<Expr> idx) {
        Value data = n.inputs().get(0), indices = n.inputs().get(1);
        Shape ds = data.type().shape(), is = indices.type().shape();
        int q = is.rank();
        int m = (int) is.dim(q - 1);
        List<Expr> tuple = idx.subList(0, q - 1);
        List<Expr> src = new ArrayList<>(idx.subList(0, batchDims));
        for (int k = 0; k < m; k++) {
            List<Expr> at = new ArrayList<>(tuple);
            at.add(Ix.lit(k));
            src.add(index(em, s, n, indices, m, k, em.valueAt(s, indices, at), ds.dim(batchDims + k)));
        }
        src.addAll(idx.subList(q - 1, idx.size()));
        return em.valueAt(s, data, src);
    }
}
