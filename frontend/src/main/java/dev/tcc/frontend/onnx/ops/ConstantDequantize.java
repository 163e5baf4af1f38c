package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.ir.DType;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Types;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code DequantizeLinear} of a constant integer weight (an initializer of a QDQ model) as one {@link Dequantize}: the
 * integers stay in the graph as they are stored (4-bit ones packed two per byte) and the kernels that read the weight
 * dequantise it, instead of a chain of casts, subtractions and multiplications that constant folding would expand
 * to floats.
 */
final class ConstantDequantize {
    private ConstantDequantize() {}

    /**
     * {@code (xv - zpv) * scalev} (DequantizeLinear's parameters: {@code axisAttr} may be negative, {@code block} 0 when
     * not blocked, {@code zpv} null when absent) as one {@link Dequantize}, or null when they do not qualify (a
     * computed input, a float8 input, ...).
     */
    static Value tryEmit(NodeContext n, Value xv, Value scalev, Value zpv, long axisAttr, long block, DType out) {
        Tensor x = n.constantOf(xv), scale = n.constantOf(scalev), zp = zpv == null ? null : n.constantOf(zpv);
        if (x == null || scale == null || zpv != null && zp == null || !out.isFloat() || !scale.dtype().isFloat()) return null;
        int bits = switch (x.dtype()) {
            case I8, U8 -> 8;
            case I4, U4 -> 4;
            default -> 0;
        };
        if (bits == 0 || zp != null && zp.dtype() != x.dtype()) return null;
        Shape xs = x.shape();
        int axis = scale.size() == 1 && block == 0 ? 0 : Types.axis(axisAttr, xs.rank());
        Shape ss = scaleShape(scale.shape(), xs, axis, block);
        if (ss == null) return null;
        DType stored = x.dtype().isSigned() ? DType.I8 : DType.U8;
        List<Long> dims = Arrays.stream(xs.dims()).boxed().toList();
        Dequantize op = new Dequantize(bits, axis, block > 0 ? block : 0, out, dims);
        List<Value> args = new ArrayList<>();
        args.add(n.constant(bits == 8 ? x : pack(x, stored, op)));
        args.add(n.constant(scale.reshape(ss)));
        if (zp != null) args.add(n.constant(Tensor.ofLongs(stored, ss, zp.toLongs())));
        return n.emit(op, args.toArray(Value[]::new));
    }

    /**
     * The scale's shape at the rank of {@code xs}: all ones for one scale, the channel count at {@code axis} for a
     * per-axis vector, as it is for a blocked tensor; null when it fits none of them.
     */
    private static Shape scaleShape(Shape s, Shape xs, int axis, long block) {
        long[] d = new long[xs.rank()];
        Arrays.fill(d, 1);
        if (block > 0) return s.rank() == xs.rank() && s.dim(axis) == Math.ceilDiv(xs.dim(axis), block) ? s : null;
        if (s.size() == 1) return Shape.of(d);
        if (s.rank() != 1 || s.dim(0) != xs.dim(axis)) return null;
        d[axis] = s.dim(0);
        return Shape.of(d);
    }

    /** 4-bit integers two per byte, in pairs along {@code op}'s pair axis ({@link Dequantize#packing}). */
    private static Tensor pack(Tensor x, DType stored, Dequantize op) {
        long[] bytes = new long[Math.toIntExact(op.packedBytes())];
        Dequantize.Packing packing = op.packing();
        for (int i = 0; i < x.size(); i++) bytes[Math.toIntExact(packing.byteOf(i))] |= (x.getLong(i) & 15) << packing.shiftOf(i);
        return Tensor.ofLongs(stored, Shape.of(bytes.length), bytes);
    }
}
