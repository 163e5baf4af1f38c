package dev.tcc.passes.quant;

import dev.tcc.ir.DType;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Numerics;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;

import java.util.List;
import java.util.Set;

/**
 * Quantises one float weight to the inputs of a {@link Dequantize}.
 *
 * <ul>
 *   <li>int8: symmetric, one f32 scale per channel ({@code max|w| / 127}), integers in [-127, 127], no zero point;</li>
 *   <li>int4: asymmetric, one f16 scale and one u8 zero point per block of {@code group} elements along the
 *       blocked axis (and per channel), integers in [0, 15] packed two per byte. The block's range is widened to
 *       hold 0, so zero weights stay exactly zero.</li>
 * </ul>
 * The integers are rounded against the scale as stored (f16 for int4), so dequantising gives the nearest
 * representable value to each weight.
 */
final class WeightQuantizer {
    private WeightQuantizer() {}

    /** The inputs of {@code op}: {@code q}, {@code scale} and, for int4, {@code zero_point}. */
    record Quantized(Dequantize op, List<Tensor> inputs) {}

    /**
     * Quantises {@code w}: {@code channels} are the axes with one scale per index (the output channels), {@code
     * blockAxis} the axis int4 blocks run along (-1 for none: int4 then has one scale per channel).
     */
    static Quantized quantize(Tensor w, QuantScheme scheme, int group, Set<Integer> channels, int blockAxis) {
        Shape shape = w.shape();
        boolean blocked = scheme == QuantScheme.INT4 && blockAxis >= 0;
        long[] sd = new long[shape.rank()];
        for (int d = 0; d < sd.length; d++) {
            sd[d] = blocked && d == blockAxis ? (shape.dim(d) + group - 1) / group : channels.contains(d) ? shape.dim(d) : 1;
        }
        Shape scaleShape = Shape.of(sd);
        List<Long> dims = java.util.Arrays.stream(shape.dims()).boxed().toList();
        Dequantize op = new Dequantize(scheme.bits(), blocked ? blockAxis : 0, blocked ? group : 0, w.dtype(), dims);
        int[] si = op.scaleIndices(scaleShape);
        double[] lo = new double[Math.toIntExact(scaleShape.size())], hi = new double[lo.length];
        for (int i = 0; i < si.length; i++) {
            double x = w.getDouble(i);
            lo[si[i]] = Math.min(lo[si[i]], x);
            hi[si[i]] = Math.max(hi[si[i]], x);
        }
        return scheme == QuantScheme.INT8 ? int8(w, op, scaleShape, si, lo, hi) : int4(w, op, scaleShape, si, lo, hi);
    }

    private static Quantized int8(Tensor w, Dequantize op, Shape scaleShape, int[] si, double[] lo, double[] hi) {
        double[] scale = new double[lo.length];
        for (int c = 0; c < scale.length; c++) scale[c] = nonZero(DType.F32, Math.max(-lo[c], hi[c]) / 127);
        Tensor scales = Tensor.ofDoubles(DType.F32, scaleShape, scale);
        long[] q = new long[si.length];
        for (int i = 0; i < q.length; i++) q[i] = clamp(Math.round(w.getDouble(i) / scales.getDouble(si[i])), -127, 127);
        return new Quantized(op, List.of(Tensor.ofLongs(DType.I8, w.shape(), q), scales));
    }

    private static Quantized int4(Tensor w, Dequantize op, Shape scaleShape, int[] si, double[] lo, double[] hi) {
        double[] scale = new double[lo.length];
        long[] zero = new long[lo.length];
        for (int c = 0; c < scale.length; c++) {
            scale[c] = nonZero(DType.F16, (hi[c] - lo[c]) / 15);
            zero[c] = clamp(Math.round(-lo[c] / scale[c]), 0, 15);
        }
        long[] packed = new long[Math.toIntExact(op.packedBytes())];
        Dequantize.Packing packing = op.packing();
        for (int i = 0; i < si.length; i++) {
            long q = clamp(Math.round(w.getDouble(i) / scale[si[i]]) + zero[si[i]], 0, 15);
            packed[Math.toIntExact(packing.byteOf(i))] |= q << packing.shiftOf(i);
        }
        return new Quantized(op, List.of(Tensor.ofLongs(DType.U8, Shape.of(packed.length), packed),
                Tensor.ofDoubles(DType.F16, scaleShape, scale), Tensor.ofLongs(DType.U8, scaleShape, zero)));
    }

    /** {@code s} rounded to {@code t}; the smallest positive {@code t} when that is zero (an all-zero channel or block). */
    private static double nonZero(DType t, double s) {
        double r = Numerics.round(t, s);
        return r > 0 ? r : t == DType.F16 ? 0x1p-24 : Float.MIN_VALUE;
    }

    private static long clamp(long v, long lo, long hi) { return Math.max(lo, Math.min(hi, v)); }
}
