package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.ir.DType;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;

import java.util.List;

/**
 * Importers of ONNX Runtime contrib operators (domain {@code com.microsoft}) that pre-quantised models use.
 *
 * <p>{@code MatMulNBits} is {@code Y = A @ dequant(B)^T (+ bias)} with B {@code [N, K]} block-quantised along K:
 * the codes arrive packed low-bits-first into bytes {@code [N, ceil(K/block_size), block_size*bits/8]}, with
 * scales {@code [N * blocks]} and optional zero points (packed like B, one row of bytes per output column, or
 * floats of A's type); absent zero points mean {@code 2^(bits-1)}. The importer re-lays the packed constant
 * into a {@code [K, N]} constant of 2-, 4- or 8-bit codes and hands it to DequantizeLinear's blocked semantics on
 * axis 0 ({@link QuantOps#dequantize}) before a plain {@code MatMul}: 4- and 8-bit codes stay integers there (one
 * {@link dev.tcc.ir.Dequantize}, computed inside the matmul kernel), 2-bit ones are expanded to floats at import.
 */
public final class ContribOps {
    private ContribOps() {}

    public static void register(OpRegistry r) {
        r.register("com.microsoft", "MatMulNBits", ContribOps::matMulNBits);
    }

    private static List<Value> matMulNBits(NodeContext n) {
        int k = Math.toIntExact(n.attrInt("K", 0)), cols = Math.toIntExact(n.attrInt("N", 0));
        int bits = Math.toIntExact(n.attrInt("bits", 4)), block = Math.toIntExact(n.attrInt("block_size", 0));
        DType code = switch (bits) {
            case 2 -> DType.U2;
            case 4 -> DType.U4;
            case 8 -> DType.U8;
            default -> throw n.error("bits must be 2, 4 or 8, got " + bits);
        };
        if (k <= 0 || cols <= 0) throw n.error("attributes K and N must be positive, got K=" + k + ", N=" + cols);
        if (block < 16 || Integer.bitCount(block) != 1) throw n.error("block_size must be a power of two >= 16, got " + block);
        Value a = n.input(0);
        Shape as = a.type().shape();
        if (as.rank() < 1 || as.dim(as.rank() - 1) != k) throw n.error("input A " + a.type() + " must end in K=" + k);
        int blocks = Math.ceilDiv(k, block);
        Tensor packed = n.constantInput(1, "the packed weight B");
        Tensor scales = n.constantInput(2, "the scales");
        expectSize(n, "B", packed, (long) cols * blocks * (block * bits / 8));
        expectSize(n, "scales", scales, (long) cols * blocks);
        if (n.hasInput(4)) checkDefaultGroups(n, n.constantInput(4, "g_idx"), block);

        Value q = n.constant(codes(packed, k, cols, block, bits, code));
        Tensor st = columnsLast(scales, cols, blocks);
        Value s = n.constant(st);
        Tensor zp = n.hasInput(3) ? n.constantInput(3, "the zero points") : null;
        DType out = a.type().dtype();
        Value w;
        if (zp != null && zp.isFloat()) {
            // (q - zp) * s = q * s - zp * s, the offset per block and column computed here
            expectSize(n, "zero_points", zp, (long) cols * blocks);
            Tensor zs = columnsLast(zp, cols, blocks);
            double[] offset = new double[zs.size()];
            for (int i = 0; i < offset.length; i++) offset[i] = zs.getDouble(i) * st.getDouble(i);
            Value off = QuantOps.align(n, n.constant(Tensor.ofDoubles(out, zs.shape(), offset)), q.type().shape(), 0, block);
            w = new Arith(n).sub(QuantOps.dequantize(n, q, s, null, 0, block, out), off);
        } else {
            Tensor zpCodes = zp == null ? defaultZeroPoints(code, cols, blocks) : zeroPointCodes(n, zp, cols, blocks, bits, code);
            w = QuantOps.dequantize(n, q, s, n.constant(zpCodes), 0, block, out);
        }
        Value y = n.emit(new Linalg.MatMul(), a, w);
        return List.of(n.hasInput(5) ? new Arith(n).add(y, n.input(5)) : y);
    }

    private static void expectSize(NodeContext n, String what, Tensor t, long size) {
        if (t.size() != size) throw n.error(what + " " + t.type() + " must hold " + size + " elements");
    }

    /** Only the default grouping (row i in block i / block_size) is supported; act-order models are refused. */
    private static void checkDefaultGroups(NodeContext n, Tensor gIdx, int block) {
        for (int i = 0; i < gIdx.size(); i++) {
            if (gIdx.getLong(i) != i / block) throw n.error("g_idx reorders the rows of B (act-order), which tcc does not support");
        }
    }

    /** Code {@code index} of the bit-packed row starting at byte {@code base}: low bits first. */
    private static long unpack(Tensor bytes, int base, int index, int bits) {
        int bit = index * bits;
        return (bytes.getLong(base + bit / 8) >> (bit % 8)) & ((1 << bits) - 1);
    }

    /** B's codes as a {@code [K, N]} tensor of {@code code}, dropping the padding of the last block. */
    private static Tensor codes(Tensor packed, int k, int cols, int block, int bits, DType code) {
        int blocks = Math.ceilDiv(k, block), blob = block * bits / 8;
        long[] q = new long[k * cols];
        for (int c = 0; c < cols; c++) {
            for (int kk = 0; kk < k; kk++) q[kk * cols + c] = unpack(packed, (c * blocks + kk / block) * blob, kk % block, bits);
        }
        return Tensor.ofLongs(code, Shape.of(k, cols), q);
    }

    /** A per-(column, block) tensor {@code [N * blocks]} re-laid as {@code [blocks, N]}, in its own type. */
    private static Tensor columnsLast(Tensor t, int cols, int blocks) {
        double[] d = new double[cols * blocks];
        for (int i = 0; i < d.length; i++) d[i] = t.getDouble((i % cols) * blocks + i / cols);
        return Tensor.ofDoubles(t.dtype(), Shape.of(blocks, cols), d);
    }

    private static Tensor defaultZeroPoints(DType code, int cols, int blocks) {
        long[] z = new long[cols * blocks];
        java.util.Arrays.fill(z, 1L << (code.bits() - 1));
        return Tensor.ofLongs(code, Shape.of(blocks, cols), z);
    }

    /** Packed uint8 zero points, {@code ceil(blocks * bits / 8)} bytes per column, as {@code [blocks, N]} codes. */
    private static Tensor zeroPointCodes(NodeContext n, Tensor zp, int cols, int blocks, int bits, DType code) {
        int stride = Math.ceilDiv(blocks * bits, 8);
        expectSize(n, "zero_points", zp, (long) cols * stride);
        long[] z = new long[cols * blocks];
        for (int i = 0; i < z.length; i++) z[i] = unpack(zp, (i % cols) * stride, i / cols, bits);
        return Tensor.ofLongs(code, Shape.of(blocks, cols), z);
    }
}
