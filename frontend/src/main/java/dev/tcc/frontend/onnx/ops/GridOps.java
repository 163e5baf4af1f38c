package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.Arrays;
import java.util.List;

import static dev.tcc.frontend.onnx.ops.LinalgSupport.binary;
import static dev.tcc.frontend.onnx.ops.LinalgSupport.reshape;
import static dev.tcc.frontend.onnx.ops.LinalgSupport.transpose;

/**
 * Importers of ONNX operators that place values by computed coordinates, each as the IR ops of its definition:
 * AffineGrid (a constant grid of normalised coordinates times each batch's affine matrix, one batched matmul) and
 * TensorScatter (the KV-cache update: a ScatterElements along the sequence axis at each batch's write index) and
 * MaxUnpool (each value written at its flat index into zeros) and Col2Im (each column element added at its pixel).
 */
final class GridOps {
    private GridOps() {}

    static void register(OpRegistry r) {
        r.register("AffineGrid", GridOps::affineGrid);
        r.register("TensorScatter", GridOps::tensorScatter);
        r.register("MaxUnpool", GridOps::maxUnpool);
        r.register("Col2Im", GridOps::col2im);
    }

    /**
     * AffineGrid (opset 20): for {@code size} (N, C, H, W) or (N, C, D, H, W), the grid (N, H, W, 2) or (N, D, H, W, 3)
     * of {@code theta[n] · (x, y[, z], 1)}, where x runs along W, y along H and z along D over [-1, 1]: pixel corners at
     * the ends with {@code align_corners}, else pixel centres ({@code (2i + 1) / L - 1}). The coordinates are a constant
     * (P, r + 1) of the P output positions; the grid is that constant times theta transposed, one matmul per batch.
     */
    private static List<Value> affineGrid(NodeContext n) {
        Value theta = n.input(0);
        long[] size = n.constantInput(1, "size (N, C and the output's spatial sizes)").toLongs();
        int r = size.length - 2;
        if (r != 2 && r != 3) throw n.error("size must hold 4 (N, C, H, W) or 5 (N, C, D, H, W) values, got " + Arrays.toString(size));
        Shape ts = theta.type().shape();
        if (!theta.type().dtype().isFloat() || ts.rank() != 3 || ts.dim(0) != size[0] || ts.dim(1) != r || ts.dim(2) != r + 1) {
            throw n.error("theta must be floating point (N " + size[0] + ", " + r + ", " + (r + 1) + ") for size "
                    + Arrays.toString(size) + ", got " + theta.type());
        }
        for (int i = 2; i < size.length; i++) if (size[i] <= 0) throw n.error("size " + Arrays.toString(size) + " has an empty spatial axis");
        boolean align = n.attrInt("align_corners", 0) != 0;
        long[] spatial = Arrays.copyOfRange(size, 2, size.length);
        long positions = 1;
        for (long d : spatial) positions *= d;
        if (positions > Integer.MAX_VALUE / (r + 1)) throw n.error("size " + Arrays.toString(size) + " has too many output positions");
        double[] grid = new double[Math.toIntExact(positions * (r + 1))];
        long[] at = new long[r];
        for (int p = 0; p < positions; p++) {
            // coordinates in the order x (last axis), y, z, then 1
            for (int c = 0; c < r; c++) grid[p * (r + 1) + c] = coordinate(at[r - 1 - c], spatial[r - 1 - c], align);
            grid[p * (r + 1) + r] = 1;
            for (int a = r - 1; a >= 0 && ++at[a] == spatial[a]; a--) at[a] = 0;
        }
        Value base = n.constant(Tensor.ofDoubles(theta.type().dtype(), Shape.of(positions, r + 1), grid));
        Value out = n.emit(new Linalg.MatMul(), base, transpose(n, theta, 0, 2, 1));   // (N, P, r)
        long[] dims = new long[r + 2];
        dims[0] = size[0];
        System.arraycopy(spatial, 0, dims, 1, r);
        dims[r + 1] = r;
        return List.of(reshape(n, out, dims));
    }

    /** Integer indices {@code v} as 32-bit ones (the callers check that the values fit), which WGSL can compute with too. */
    private static Value int32(NodeContext n, Value v) {
        return v.type().dtype() == DType.I32 ? v : n.emit(new Elementwise.Cast(DType.I32, true), v);
    }

    /** The normalised coordinate of index {@code i} along an axis of {@code length}. */
    private static double coordinate(long i, long length, boolean alignCorners) {
        if (alignCorners) return length == 1 ? -1 : -1 + 2.0 * i / (length - 1);
        return (2.0 * i + 1) / length - 1;
    }

    /**
     * TensorScatter (opset 24): {@code past_cache} with {@code update}'s {@code s} positions along {@code axis} (default
     * -2, the sequence) written from each batch's {@code write_indices[b]} (0 when absent) on, wrapping around the cache
     * length with mode {@code circular}. Imported as ScatterElements along that axis, its indices {@code
     * write_indices[b] + i} (modulo the cache length when circular) spread to the update's shape. The indices are
     * 32-bit (a cache's length fits), so that WGSL, which has no 64-bit integers, computes them too.
     */
    private static List<Value> tensorScatter(NodeContext n) {
        Value past = n.input(0), update = n.input(1);
        Shape ps = past.type().shape(), us = update.type().shape();
        int rank = ps.rank();
        int axis = Moves.axis(n, n.attrInt("axis", -2), rank);
        if (rank < 2 || axis == 0) throw n.error("the sequence axis must not be the batch axis 0 (rank " + rank + ", axis " + axis + ")");
        String mode = n.attrString("mode", "linear");
        if (!mode.equals("linear") && !mode.equals("circular")) throw n.error("mode must be linear or circular, got '" + mode + "'");
        boolean sameElsewhere = us.rank() == rank && update.type().dtype() == past.type().dtype();
        for (int i = 0; sameElsewhere && i < rank; i++) sameElsewhere = i == axis ? us.dim(i) <= ps.dim(i) : us.dim(i) == ps.dim(i);
        if (!sameElsewhere) {
            throw n.error("update " + update.type() + " must match past_cache " + past.type() + " but along axis " + axis
                    + ", where it may be shorter");
        }
        long s = us.dim(axis), max = ps.dim(axis);
        long[] along = new long[rank];
        Arrays.fill(along, 1);
        along[axis] = s;
        long[] steps = new long[Math.toIntExact(s)];
        for (int i = 0; i < s; i++) steps[i] = i;
        if (max > Integer.MAX_VALUE) throw n.error("the cache length " + max + " along axis " + axis + " does not fit 32-bit indices");
        Value index = n.constant(Tensor.ofLongs(DType.I32, Shape.of(along), steps));
        if (n.hasInput(2)) {
            Value w = n.input(2);
            Shape ws = w.type().shape();
            if (!w.type().dtype().isInteger() || ws.rank() != 1 || ws.dim(0) != ps.dim(0)) {
                throw n.error("write_indices must be integers, one per batch (" + ps.dim(0) + "), got " + w.type());
            }
            w = int32(n, w);
            long[] batch = new long[rank];
            Arrays.fill(batch, 1);
            batch[0] = ps.dim(0);
            index = binary(n, BinaryFn.ADD, reshape(n, w, batch), index);
        }
        if (mode.equals("circular")) index = binary(n, BinaryFn.MOD, index, n.scalar(max, DType.I32));
        index = n.emit(new Movement.Expand(Moves.list(us.dims())), index);
        return List.of(n.emit(new Movement.ScatterElements(axis, Movement.ScatterReduction.NONE), past, index, update));
    }

    /**
     * MaxUnpool (opset 22): zeros of the unpooled shape (per spatial axis {@code (in - 1) · stride - pads + kernel}) with
     * each value of X written at its index in I, a flat index into that whole tensor as MaxPool's Indices are; with
     * {@code output_shape}, that result padded with zeros at the end of each spatial axis up to it (ONNX's reference
     * places the values at the same coordinates in the larger output). Imported as ScatterElements on the flattened
     * tensor, with 32-bit indices.
     */
    private static List<Value> maxUnpool(NodeContext n) {
        Value x = n.input(0), idx = n.input(1);
        Shape xs = x.type().shape();
        int r = xs.rank() - 2;
        if (r < 1) throw n.error("X must be (N, C, spatial...), got " + x.type());
        if (!idx.type().dtype().isInteger() || !idx.type().shape().equals(xs)) throw n.error("I must be integers shaped as X " + x.type() + ", got " + idx.type());
        List<Long> kernel = n.attrInts("kernel_shape", null);
        if (kernel == null || kernel.size() != r) throw n.error("kernel_shape must give " + r + " sizes, got " + kernel);
        List<Long> strides = n.attrInts("strides", LinalgSupport.filled(r, 1)), pads = n.attrInts("pads", LinalgSupport.filled(2 * r, 0));
        if (strides.size() != r || pads.size() != 2 * r) throw n.error("strides and pads must give " + r + " and " + 2 * r + " values");
        long[] unpooled = xs.dims();
        for (int i = 0; i < r; i++) unpooled[i + 2] = (xs.dim(i + 2) - 1) * strides.get(i) - pads.get(i) - pads.get(i + r) + kernel.get(i);
        long total = 1;
        for (long d : unpooled) {
            if (d <= 0) throw n.error("the unpooled shape " + Arrays.toString(unpooled) + " has an empty axis");
            total *= d;
        }
        if (total > Integer.MAX_VALUE) throw n.error("the unpooled shape " + Arrays.toString(unpooled) + " does not fit 32-bit indices");
        Value zeros = n.emit(new Movement.Expand(List.of(total)), n.scalar(0, x.type().dtype()));
        Value flatIdx = reshape(n, int32(n, idx), xs.size());
        Value y = reshape(n, n.emit(new Movement.ScatterElements(0, Movement.ScatterReduction.NONE), zeros, flatIdx, reshape(n, x, xs.size())), unpooled);
        if (!n.hasInput(2)) return List.of(y);
        long[] out = n.constantInput(2, "output_shape").toLongs();
        boolean fits = out.length == unpooled.length && out[0] == unpooled[0] && out[1] == unpooled[1];
        for (int i = 2; fits && i < out.length; i++) fits = out[i] >= unpooled[i];
        if (!fits) throw n.error("output_shape " + Arrays.toString(out) + " must keep N and C and be at least the unpooled " + Arrays.toString(unpooled));
        Long[] padding = new Long[2 * out.length];
        for (int i = 0; i < out.length; i++) {
            padding[i] = 0L;
            padding[out.length + i] = out[i] - unpooled[i];
        }
        return List.of(n.emit(new Movement.Pad(List.of(padding), Movement.PadMode.CONSTANT, 0), y));
    }

    /**
     * Col2Im (opset 18): the image (N, C, image_shape...) whose every pixel is the sum of the column elements that a
     * sliding block of {@code block_shape} (with {@code dilations}, {@code strides} and {@code pads}) puts there: element
     * {@code (c · K + k, l)} of the input (N, C · K, L), for block position {@code k} and block placement {@code l},
     * both row-major, lands at {@code placement · stride + position · dilation} of the padded image. Imported as a
     * ScatterElements that adds into zeros of the padded image, its 32-bit indices a constant, then the pads cut off.
     */
    private static List<Value> col2im(NodeContext n) {
        Value x = n.input(0);
        long[] image = n.constantInput(1, "image_shape").toLongs(), block = n.constantInput(2, "block_shape").toLongs();
        int r = image.length;
        Shape xs = x.type().shape();
        if (r < 1 || block.length != r) throw n.error("image_shape " + Arrays.toString(image) + " and block_shape " + Arrays.toString(block) + " must have one size per spatial axis");
        List<Long> dil = n.attrInts("dilations", LinalgSupport.filled(r, 1)), strides = n.attrInts("strides", LinalgSupport.filled(r, 1));
        List<Long> pads = n.attrInts("pads", LinalgSupport.filled(2 * r, 0));
        if (dil.size() != r || strides.size() != r || pads.size() != 2 * r) throw n.error("dilations, strides and pads must give " + r + ", " + r + " and " + 2 * r + " values");
        long k = 1, placements = 1;
        long[] padded = new long[r], along = new long[r];
        for (int d = 0; d < r; d++) {
            if (image[d] <= 0 || block[d] <= 0 || dil.get(d) <= 0 || strides.get(d) <= 0 || pads.get(d) < 0 || pads.get(d + r) < 0) {
                throw n.error("image_shape, block_shape, dilations and strides must be positive and pads not negative");
            }
            k *= block[d];
            padded[d] = image[d] + pads.get(d) + pads.get(d + r);
            along[d] = (padded[d] - dil.get(d) * (block[d] - 1) - 1) / strides.get(d) + 1;
            if (along[d] <= 0) throw n.error("the block " + Arrays.toString(block) + " does not fit the padded image on axis " + d);
            placements *= along[d];
        }
        if (xs.rank() != 3 || xs.dim(1) % k != 0 || xs.dim(2) != placements) {
            throw n.error("input must be (N, C x " + k + ", " + placements + ") for these blocks, got " + x.type());
        }
        long c = xs.dim(1) / k, pixels = 1;
        for (long p : padded) pixels *= p;
        long updates = c * k * placements;
        if (c * pixels > Integer.MAX_VALUE || updates > Integer.MAX_VALUE) throw n.error("the image is too large for 32-bit indices");
        long[] at = new long[Math.toIntExact(updates)];
        int i = 0;
        long[] kp = new long[r], lp = new long[r];
        for (long ch = 0; ch < c; ch++) {
            Arrays.fill(kp, 0);
            for (long kk = 0; kk < k; kk++) {
                Arrays.fill(lp, 0);
                for (long l = 0; l < placements; l++) {
                    long flat = 0;
                    for (int d = 0; d < r; d++) flat = flat * padded[d] + lp[d] * strides.get(d) + kp[d] * dil.get(d);
                    at[i++] = ch * pixels + flat;
                    for (int d = r - 1; d >= 0 && ++lp[d] == along[d]; d--) lp[d] = 0;
                }
                for (int d = r - 1; d >= 0 && ++kp[d] == block[d]; d--) kp[d] = 0;
            }
        }
        long batch = xs.dim(0);
        Value index = n.emit(new Movement.Expand(List.of(batch, updates)), n.constant(Tensor.ofLongs(DType.I32, Shape.of(1, updates), at)));
        Value zeros = n.emit(new Movement.Expand(List.of(batch, c * pixels)), n.scalar(0, x.type().dtype()));
        Value sums = n.emit(new Movement.ScatterElements(1, Movement.ScatterReduction.ADD), zeros, index, reshape(n, x, batch, updates));
        long[] dims = new long[r + 2];
        dims[0] = batch;
        dims[1] = c;
        System.arraycopy(padded, 0, dims, 2, r);
        Value y = reshape(n, sums, dims);
        for (int d = 0; d < r; d++) y = Moves.slice(n, y, d + 2, pads.get(d), pads.get(d) + image[d], 1);
        return List.of(y);
    }
}
