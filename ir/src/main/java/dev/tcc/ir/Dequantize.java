package dev.tcc.ir;

import java.util.List;

/**
 * Weight dequantisation: {@code y = (q - zero_point) · scale}, the one op a weight-only quantised model adds
 * in front of the matmuls, convolutions and gathers that read its weights. It stays in the graph (constant
 * folding never evaluates it, which would expand the weight back to floats) and is computed inside the
 * kernels that read {@code y}, element by element.
 *
 * <p>Inputs: {@code q}, {@code scale} and an optional {@code zero_point}.
 * <ul>
 *   <li>{@code q} holds the integers, {@code i8} (signed) or {@code u8} (unsigned). With {@code bits = 8} it has
 *       {@link #shape()}. With {@code bits = 4} it is packed two per byte, in pairs along {@link #pairAxis()} (the
 *       blocked axis when {@code group > 0}, else the last): a rank-1 tensor holding, row-major, the bytes of
 *       {@link #packedShape()} ({@code y}'s shape with that axis halved, rounded up), element {@code j} along the
 *       pair axis in the low nibble of byte {@code j / 2} when {@code j} is even and in the high nibble when odd; a
 *       nibble is 0..15 in a {@code u8} tensor and sign-extended (-8..7) in an {@code i8} one. Pairs along a matmul
 *       weight's K (its blocked axis) let a kernel unpack a row of columns with one shift for all of them: the int4
 *       GEMV 1x4096·4096² on PoCL went from 1.6-2.2 to 0.75-1.4 ms against pairs of adjacent columns.</li>
 *   <li>{@code scale}, a float tensor of the same rank as {@code y}: along {@link #axis()} it has
 *       {@code ceil(shape[axis] / group)} entries when {@code group > 0} (blockwise: element {@code i} along that
 *       axis uses scale {@code i / group}); along every other axis (and along {@code axis} when {@code group = 0})
 *       either the dimension of {@code y} or 1 (broadcast). Per-output-channel scales of a matmul weight
 *       {@code [K, N]} are {@code [1, N]}; blockwise scales along K are {@code [ceil(K / g), N]} with axis 0.</li>
 *   <li>{@code zero_point}, optional, the shape of {@code scale} and the type of {@code q}, one integer per
 *       scale (unpacked); absent means 0.</li>
 * </ul>
 * The difference {@code q - zero_point} is exact; it is multiplied by the scale and rounded once to {@link #to()}.
 *
 * @param bits  4 or 8: integers per byte of {@code q} are {@code 8 / bits}
 * @param axis  the blocked axis of {@code scale} (ignored when {@code group = 0})
 * @param group the block length along {@code axis}, or 0 when scales only broadcast
 * @param to    the float type of {@code y}
 * @param shape the shape of {@code y}
 */
public record Dequantize(int bits, int axis, long group, DType to, List<Long> shape) implements Op {
    public Dequantize { shape = List.copyOf(shape); }

    @Override public String mnemonic() { return "dequantize"; }

    /** The shape of {@code y}. */
    public Shape outShape() { return new Shape(shape.stream().mapToLong(Long::longValue).toArray()); }

    /** The axis along which 4-bit integers are paired into bytes: the blocked axis when grouped, else the last; -1 for a scalar. */
    public int pairAxis() { return shape.isEmpty() ? -1 : group > 0 ? axis : shape.size() - 1; }

    /** The shape of the packed 4-bit integers, one per byte pair: {@code y}'s with {@link #pairAxis()} halved, rounded up. */
    public Shape packedShape() {
        long[] d = outShape().dims();
        int p = pairAxis();
        if (p >= 0) d[p] = (d[p] + 1) / 2;
        return new Shape(d);
    }

    /** Bytes of {@code q}. */
    public long packedBytes() { return bits == 8 ? outShape().size() : packedShape().size(); }

    /** Where {@code y}'s elements lie in a packed {@code q} ({@code bits = 4}), computed once for a loop over them. */
    public Packing packing() {
        int p = pairAxis();
        if (p < 0) return new Packing(1, 1);
        long inner = 1;
        for (int k = p + 1; k < shape.size(); k++) inner *= shape.get(k);
        return new Packing(inner, shape.get(p));
    }

    /**
     * The 4-bit packing of a {@code y} whose pair axis has length {@code pairs} and elements {@code inner} apart: element
     * {@code i} (row-major) is the nibble {@code (q[byteOf(i)] >> shiftOf(i)) & 15}.
     */
    public record Packing(long inner, long pairs) {
        /** The byte of packed {@code q} that holds element {@code i}. */
        public long byteOf(long i) {
            long outer = i / (pairs * inner), j = i / inner % pairs, r = i % inner;
            return (outer * ((pairs + 1) / 2) + j / 2) * inner + r;
        }

        /** The shift of element {@code i}'s nibble in its byte: 0 or 4. */
        public int shiftOf(long i) { return (int) (4 * (i / inner % pairs % 2)); }
    }

    @Override public List<TensorType> inferTypes(List<TensorType> in) {
        Types.arity(this, in, 2, 3);
        if (bits != 4 && bits != 8) throw new IrException("dequantize: bits must be 4 or 8, got " + bits);
        if (group < 0) throw new IrException("dequantize: group must be >= 0, got " + group);
        if (!to.isFloat()) throw new IrException("dequantize: the result type must be a float type, got " + to);
        Shape y = outShape();
        TensorType q = in.get(0), scale = in.get(1);
        if (q.dtype() != DType.I8 && q.dtype() != DType.U8) throw new IrException("dequantize: q must be i8 or u8, got " + q);
        Shape packed = bits == 8 ? y : Shape.of(packedBytes());
        if (!q.shape().equals(packed)) throw new IrException("dequantize: q must have shape " + packed + " for " + bits + "-bit " + y + ", got " + q);
        if (!scale.dtype().isFloat() || scale.rank() != y.rank()) {
            throw new IrException("dequantize: scale must be a float tensor of rank " + y.rank() + ", got " + scale);
        }
        if (group > 0 && (axis < 0 || axis >= y.rank())) throw new IrException("dequantize: axis " + axis + " out of range for " + y);
        for (int d = 0; d < y.rank(); d++) {
            long want = group > 0 && d == axis ? (y.dim(d) + group - 1) / group : y.dim(d);
            if (scale.shape().dim(d) != want && (scale.shape().dim(d) != 1 || group > 0 && d == axis)) {
                throw new IrException("dequantize: scale " + scale + " does not fit " + y + " (axis " + axis + ", group " + group + ")");
            }
        }
        if (in.size() == 3 && !in.get(2).equals(scale.withDType(q.dtype()))) {
            throw new IrException("dequantize: zero_point must be " + scale.withDType(q.dtype()) + ", got " + in.get(2));
        }
        return List.of(new TensorType(to, y));
    }

    /** The index into {@code scale} (and {@code zero_point}) of {@code y}'s element at index {@code i} along dimension {@code d}. */
    public long scaleIndex(int d, long i, Shape scale) {
        if (group > 0 && d == axis) return i / group;
        return scale.dim(d) == 1 ? 0 : i;
    }

    /** For every element of {@code y} (row-major), the linear index of its entry in a {@code scale} of shape {@code scale}. */
    public int[] scaleIndices(Shape scale) {
        Shape y = outShape();
        long[] yStrides = y.strides(), sStrides = scale.strides();
        int[] out = new int[Math.toIntExact(y.size())];
        for (int i = 0; i < out.length; i++) {
            long si = 0, rest = i;
            for (int k = 0; k < y.rank(); k++) {
                si += scaleIndex(k, rest / yStrides[k], scale) * sStrides[k];
                rest %= yStrides[k];
            }
            out[i] = (int) si;
        }
        return out;
    }
}
