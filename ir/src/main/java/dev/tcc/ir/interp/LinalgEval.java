package dev.tcc.ir.interp;

import dev.tcc.ir.*;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Reference semantics of {@link Linalg} ops. Products are summed in double (float ops) or in wrapping
 * 64-bit integers (integer ops); the result is rounded to the output type once.
 */
final class LinalgEval {
    private LinalgEval() {}

    private static final int ROWS = 16, COLS = 256;

    static Tensor eval(Linalg op, List<Tensor> args, TensorType out) {
        return switch (op) {
            case Linalg.MatMul m -> matmul(args.get(0), args.get(1), out);
            case Linalg.Conv c -> WindowEval.conv(c, args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, out);
            case Linalg.ConvTranspose c -> WindowEval.convTranspose(c, args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, out);
            case Linalg.Pool p -> WindowEval.pool(p, args.get(0), out);
            case Linalg.MaxPoolIndices p -> WindowEval.maxPoolIndices(p, args.get(0), out);
        };
    }

    /** Numpy matmul: a[..., M, K] x b[..., K, N] with broadcast batch dims; rank-1 operands promoted. */
    static Tensor matmul(Tensor a, Tensor b, TensorType out) {
        long[] ad = a.shape().rank() == 1 ? new long[] {1, a.shape().dim(0)} : a.shape().dims();
        long[] bd = b.shape().rank() == 1 ? new long[] {b.shape().dim(0), 1} : b.shape().dims();
        int m = (int) ad[ad.length - 2], k = (int) ad[ad.length - 1], n = (int) bd[bd.length - 1];
        Shape aBatch = Shape.of(java.util.Arrays.copyOf(ad, ad.length - 2));
        Shape bBatch = Shape.of(java.util.Arrays.copyOf(bd, bd.length - 2));
        Shape batch = Types.broadcast(aBatch, bBatch);
        int[] ia = Broadcast.indexMap(aBatch, batch), ib = Broadcast.indexMap(bBatch, batch);
        int nb = ia.length, mn = m * n;
        if (a.isFloat()) {
            double[] x = a.doubles(), y = b.doubles(), r = new double[nb * mn];
            // tasks of ROWS output rows; columns in blocks of COLS so the slice of b stays in cache
            int tasksPerBatch = (m + ROWS - 1) / ROWS;
            IntStream.range(0, nb * tasksPerBatch).parallel().forEach(task -> {
                int bi = task / tasksPerBatch, i0 = task % tasksPerBatch * ROWS, i1 = Math.min(m, i0 + ROWS);
                int ao = ia[bi] * m * k, bo = ib[bi] * k * n, ro = bi * mn;
                for (int j0 = 0; j0 < n; j0 += COLS) {
                    int j1 = Math.min(n, j0 + COLS);
                    for (int i = i0; i < i1; i++) {
                        int rr = ro + i * n, ar = ao + i * k;
                        for (int p = 0; p < k; p++) {
                            double av = x[ar + p];
                            int br = bo + p * n;
                            for (int j = j0; j < j1; j++) r[rr + j] += av * y[br + j];
                        }
                    }
                }
            });
            return Tensor.ofDoubles(out.dtype(), out.shape(), r);
        }
        long[] x = a.toLongs(), y = b.toLongs(), r = new long[nb * mn];
        for (int bi = 0; bi < nb; bi++) {
            int ao = ia[bi] * m * k, bo = ib[bi] * k * n, ro = bi * mn;
            for (int i = 0; i < m; i++) {
                for (int p = 0; p < k; p++) {
                    long av = x[ao + i * k + p];
                    for (int j = 0; j < n; j++) r[ro + i * n + j] += av * y[bo + p * n + j];
                }
            }
        }
        return Tensor.ofLongs(out.dtype(), out.shape(), r);
    }
}
