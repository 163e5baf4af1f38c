package dev.tcc.ir.interp;

import dev.tcc.ir.DType;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Numerics;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;

import java.util.List;

/** Reference semantics of {@link Dequantize}. */
final class DequantizeEval {
    private DequantizeEval() {}

    static Tensor eval(Dequantize d, List<Tensor> args, TensorType out) {
        Tensor q = args.get(0), scale = args.get(1), zero = args.size() > 2 ? args.get(2) : null;
        int[] si = d.scaleIndices(scale.shape());
        double[] v = new double[si.length];
        Dequantize.Packing packing = d.packing();
        for (int i = 0; i < v.length; i++) {
            long zp = zero == null ? 0 : zero.getLong(si[i]);
            v[i] = Numerics.round(out.dtype(), (integer(d, packing, q, i) - zp) * scale.getDouble(si[i]));
        }
        return Tensor.ofDoubles(out.dtype(), out.shape(), v);
    }

    /** The integer of element {@code i}: a byte of {@code q}, or one of its nibbles when packed. */
    static long integer(Dequantize d, Dequantize.Packing packing, Tensor q, int i) {
        if (d.bits() == 8) return q.getLong(i);
        long nibble = (q.getLong(Math.toIntExact(packing.byteOf(i))) >> packing.shiftOf(i)) & 15;
        return q.dtype() == DType.I8 && nibble >= 8 ? nibble - 16 : nibble;
    }
}
