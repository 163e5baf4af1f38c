package dev.tcc.compiler.accuracy;

import dev.tcc.ir.DType;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;

import java.util.Random;

/**
 * Random model inputs: floats uniform in [-1, 1), integers and booleans 0 or 1 (a valid index, token id or mask for
 * any model).
 */
public final class RandomInputs {
    private RandomInputs() {}

    /**
     * A tensor of {@code type} with values drawn from {@code r}.
     *
     * @throws IllegalArgumentException for strings, which have no random form
     */
    public static Tensor tensor(TensorType type, Random r) {
        int n = Math.toIntExact(type.size());
        DType t = type.dtype();
        if (t.isFloat()) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = 2 * r.nextDouble() - 1;
            return Tensor.ofDoubles(t, type.shape(), v);
        }
        if (t == DType.STRING) throw new IllegalArgumentException("cannot make random " + type + " inputs");
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = r.nextInt(2);
        return Tensor.ofLongs(t, type.shape(), v);
    }
}
