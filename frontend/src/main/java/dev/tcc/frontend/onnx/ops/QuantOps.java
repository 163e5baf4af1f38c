package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.Cast;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Types;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Importers of ONNX quantisation operators, decomposed onto elementwise ops, reductions and integer
 * {@code MatMul}/{@code Conv}. Integer quantisation is {@code clamp(rint(x / scale) + zero_point)} (round
 * half to even), float8 quantisation a (saturating) cast of {@code x / scale}; integer contractions run on
 * i32 after subtracting the zero points, and requantisation computes in f64 as ONNX's reference does.
 */
public final class QuantOps {
    private QuantOps() {}

    public static void register(OpRegistry r) {
        r.register("QuantizeLinear", QuantOps::quantize);
        r.register("DequantizeLinear", QuantOps::dequantize);
        r.register("DynamicQuantizeLinear", QuantOps::dynamicQuantize);
        r.register("MatMulInteger", QuantOps::matMulInteger);
        r.register("QLinearMatMul", QuantOps::qlinearMatMul);
        QuantConvOps.register(r);
    }

    /** The range of an integer quantised type. */
    static long qmin(DType t) { return t.isSigned() ? -(1L << (t.bits() - 1)) : 0; }

    static long qmax(DType t) { return t.isSigned() ? (1L << (t.bits() - 1)) - 1 : (1L << t.bits()) - 1; }

    private static DType typeAttr(NodeContext n, String name) {
        long code = n.attrInt(name, 0);
        if (code == 0) return null;
        DType t = DType.fromOnnx((int) code);
        if (t == null) throw n.error("attribute '" + name + "' names type " + code + ", which tcc does not support");
        return t;
    }

    /** f64 if either type is f64, else f32 if either is f32, else {@code a}. */
    private static DType wider(DType a, DType b) {
        if (a == DType.F64 || b == DType.F64) return DType.F64;
        if (a == DType.F32 || b == DType.F32) return DType.F32;
        return a;
    }

    private static List<Value> quantize(NodeContext n) {
        Arith a = new Arith(n);
        Value x = n.input(0), zp = n.inputOrNull(2);
        DType out = zp != null ? zp.type().dtype() : typeAttr(n, "output_dtype");
        if (out == null) out = DType.U8;
        Shape xs = x.type().shape();
        long axis = n.attrInt("axis", 1);
        long block = n.attrInt("block_size", 0);
        Value scale = align(n, n.input(1), xs, axis, block);
        DType precision = typeAttr(n, "precision");
        DType work = precision != null ? precision : wider(x.type().dtype(), scale.type().dtype());
        Value q = a.div(a.cast(x, work), a.cast(scale, work));
        if (out.isFloat() && out != DType.F4E2M1) {
            return List.of(n.emit(new Cast(out, n.attrInt("saturate", 1) != 0), q));
        }
        if (out == DType.F4E2M1) {
            if (zp != null) q = a.add(q, a.cast(align(n, zp, xs, axis, block), work));
            return List.of(n.emit(new Cast(out), q));
        }
        if (!out.isInteger()) throw n.error("cannot quantise to " + out);
        // rint in the working type, then exact integer arithmetic in f32/f64 before the final cast
        DType exact = work == DType.F64 ? DType.F64 : DType.F32;
        Value y = a.cast(a.un(UnaryFn.ROUND, q), exact);
        if (zp != null) y = a.add(y, a.cast(align(n, zp, xs, axis, block), exact));
        y = a.min(a.max(y, n.scalar(qmin(out), exact)), n.scalar(qmax(out), exact));
        return List.of(a.cast(y, out));
    }

    /** DequantizeLinear: {@code (x - zero_point) * scale}. */
    private static List<Value> dequantize(NodeContext n) {
        return List.of(dequantize(n, n.input(0), n.input(1), n.inputOrNull(2), n.attrInt("axis", 1), n.attrInt("block_size", 0),
                typeAttr(n, "output_dtype")));
    }

    /**
     * DequantizeLinear's semantics, {@code (x - zp) * scale} with per-tensor, per-axis or blocked
     * (on {@code axis}, {@code block > 0}) parameters, in type {@code out} (the scale's type when null). A constant
     * integer {@code x} (a weight) becomes one {@link dev.tcc.ir.Dequantize}, computed inside the kernels that read it
     * ({@link ConstantDequantize}). Also the path of contrib importers of pre-quantised weights ({@link ContribOps}),
     * which re-lay their packed constants into this form.
     */
    static Value dequantize(NodeContext n, Value x, Value rawScale, Value zp, long axis, long block, DType outType) {
        Arith a = new Arith(n);
        DType out = outType != null ? outType : rawScale.type().dtype();
        Value weight = ConstantDequantize.tryEmit(n, x, rawScale, zp, axis, block, out);
        if (weight != null) return weight;
        Shape xs = x.type().shape();
        Value scale = align(n, rawScale, xs, axis, block);
        DType xt = x.type().dtype();
        boolean subtract = zp != null && !xt.isFloat();
        DType work = scale.type().dtype() == DType.F64 || (subtract && xt.bits() >= 32) ? DType.F64 : DType.F32;
        Value dx = a.cast(x, work);
        if (subtract) dx = a.sub(dx, a.cast(align(n, zp, xs, axis, block), work));
        return a.cast(a.mul(dx, a.cast(scale, work)), out);
    }

    /**
     * Shapes a scale or zero point to broadcast against {@code x}: scalars and one-element tensors stay
     * (made scalars if their rank exceeds x's), a per-axis vector {@code [C]} becomes {@code [C,1,...,1]} aligned at {@code axis}, and a
     * blocked tensor is repeated {@code block} times along {@code axis} (the last block may be partial).
     * {@code axisAttr} may be negative; it matters only for the last two cases.
     */
    static Value align(NodeContext n, Value v, Shape xs, long axisAttr, long block) {
        Shape vs = v.type().shape();
        if (vs.rank() == 0) return v;
        if (vs.size() == 1 && block == 0) return vs.rank() <= xs.rank() ? v : ElementwiseOps.reshape(n, v, Shape.SCALAR);
        int axis = Types.axis(axisAttr, xs.rank());
        if (block <= 0) {
            if (vs.rank() != 1 || vs.dim(0) != xs.dim(axis)) {
                throw n.error("per-axis parameter " + v.type() + " must be 1-D of length " + xs.dim(axis) + " (axis " + axis + " of " + xs + ")");
            }
            long[] dims = new long[xs.rank() - axis];
            java.util.Arrays.fill(dims, 1);
            dims[0] = vs.dim(0);
            return ElementwiseOps.reshape(n, v, Shape.of(dims));
        }
        long len = xs.dim(axis);
        if (vs.rank() != xs.rank() || vs.dim(axis) != Math.ceilDiv(len, block)) {
            throw n.error("blocked parameter " + v.type() + " does not fit input " + xs + " with block_size " + block + " on axis " + axis);
        }
        long[] idx = new long[(int) len];
        for (int i = 0; i < len; i++) idx[i] = i / block;
        return n.emit(new Movement.Gather(axis), v, n.constant(Tensor.vector(DType.I64, idx)));
    }

    /** Reduces over all axes to a scalar. */
    private static Value reduceAll(NodeContext n, Reduction.ReduceFn fn, Value x) {
        List<Integer> axes = new ArrayList<>();
        for (int i = 0; i < x.type().rank(); i++) axes.add(i);
        return n.emit(new Reduction.Reduce(fn, axes, false), x);
    }

    /** DynamicQuantizeLinear: uint8 with the range of x widened to contain 0. Outputs y, y_scale, y_zero_point. */
    private static List<Value> dynamicQuantize(NodeContext n) {
        Arith a = new Arith(n);
        Value x = n.input(0);
        Value zero = a.c(0, x);
        Value lo = a.min(reduceAll(n, Reduction.ReduceFn.MIN, x), zero);
        Value hi = a.max(reduceAll(n, Reduction.ReduceFn.MAX, x), zero);
        Value range = a.sub(hi, lo);
        range = a.select(a.eq(range, zero), a.c(1, x), range); // all zeros: scale 1/255
        Value scale = a.div(range, a.c(255, x));
        Value zpf = a.un(UnaryFn.ROUND, a.min(a.max(a.sub(zero, a.div(lo, scale)), zero), a.c(255, x)));
        Value y = a.add(a.un(UnaryFn.ROUND, a.div(x, scale)), zpf);
        y = a.min(a.max(y, zero), a.c(255, x));
        return List.of(a.cast(y, DType.U8), scale, a.cast(zpf, DType.U8));
    }

    /** {@code v} as i32 minus its zero point (already shaped to broadcast); no subtraction when absent. */
    static Value centred(Arith a, Value v, Value zp) {
        Value v32 = a.cast(v, DType.I32);
        return zp == null ? v32 : a.sub(v32, a.cast(zp, DType.I32));
    }

    /** A per-row parameter {@code [M]} of a matmul operand {@code [..., M, K]} shaped {@code [M, 1]}. */
    private static Value perRow(NodeContext n, Value p) {
        if (p == null || p.type().size() == 1) return p; // broadcasts as it is
        return ElementwiseOps.reshape(n, p, Shape.of(p.type().size(), 1));
    }

    private static List<Value> matMulInteger(NodeContext n) {
        Arith a = new Arith(n);
        Value lhs = centred(a, n.input(0), perRow(n, n.inputOrNull(2)));
        Value rhs = centred(a, n.input(1), n.inputOrNull(3));
        return List.of(n.emit(new Linalg.MatMul(), lhs, rhs));
    }

    /** QLinearMatMul: integer matmul, then requantised by {@code a_scale * b_scale / y_scale} in f64. */
    private static List<Value> qlinearMatMul(NodeContext n) {
        Arith a = new Arith(n);
        Value aScale = perRow(n, n.input(1)), aZp = perRow(n, n.inputOrNull(2));
        Value bScale = n.input(4), bZp = n.inputOrNull(5);
        Value acc = n.emit(new Linalg.MatMul(), centred(a, n.input(0), aZp), centred(a, n.input(3), bZp));
        Value multiplier = a.div(a.mul(aScale, bScale), n.input(6));
        Value yZp = n.inputOrNull(7);
        DType out = yZp != null ? yZp.type().dtype() : n.inputType(0).dtype();
        return List.of(requantize(a, acc, multiplier, yZp, out));
    }

    /** {@code clamp(rint(acc * multiplier + zp))} cast to {@code out}, computed in f64. */
    static Value requantize(Arith a, Value acc, Value multiplier, Value zp, DType out) {
        Value y = a.mul(a.cast(acc, DType.F64), a.cast(multiplier, DType.F64));
        if (zp != null) y = a.add(y, a.cast(zp, DType.F64));
        y = a.un(UnaryFn.ROUND, y);
        y = a.min(a.max(y, a.n().scalar(qmin(out), DType.F64)), a.n().scalar(qmax(out), DType.F64));
        return a.cast(y, out);
    }
}
