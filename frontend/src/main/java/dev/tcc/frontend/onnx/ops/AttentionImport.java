package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.ir.DType;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

import static dev.tcc.frontend.onnx.ops.LinalgSupport.*;

/**
 * ONNX Attention (opsets 23 to 25, with 25's sliding windows) onto {@link Structured.Attention}: 3-D inputs are split into heads
 * ({@code [B,S,H*D] -> [B,H,S,D]}), past key/value are concatenated in front of K and V (the results are the
 * present outputs, and the causal frontier moves right by the past length), and the attribute defaults
 * (scale {@code 1/sqrt(D)}, softmax at the input type) are resolved here.
 */
final class AttentionImport {
    private AttentionImport() {}

    static List<Value> convert(NodeContext n) {
        Value q = n.input(0), k = n.input(1), v = n.input(2);
        int rank = q.type().rank();
        if (rank != 3 && rank != 4) throw n.error("Q must be 3-D or 4-D, got " + q.type());
        if (rank == 3) {
            long hq = n.requireAttrInt("q_num_heads"), hkv = n.requireAttrInt("kv_num_heads");
            q = splitHeads(n, q, hq);
            k = splitHeads(n, k, hkv);
            v = splitHeads(n, v, hkv);
        }
        if (n.hasInput(4) != n.hasInput(5)) throw n.error("past_key and past_value must be given together");
        long pastLen = 0;
        if (n.hasInput(4)) {
            pastLen = n.inputType(4).shape().dim(2);
            k = n.emit(new Movement.Concat(2), n.input(4), k);
            v = n.emit(new Movement.Concat(2), n.input(5), v);
        }
        if (n.hasInput(6) && n.hasInput(4)) throw n.error("nonpad_kv_seqlen cannot be combined with past_key/past_value");
        double scale = n.hasAttr("scale") ? n.attrFloat("scale", 0) : 1 / Math.sqrt(q.type().shape().dim(3));
        DType t = q.type().dtype(), softmaxType = t;
        if (n.hasAttr("softmax_precision")) {
            softmaxType = DType.fromOnnx((int) n.attrInt("softmax_precision", 1));
            if (softmaxType == null || !softmaxType.isFloat()) throw n.error("softmax_precision " + n.attrInt("softmax_precision", 1) + " is not a floating type");
        }
        List<Value> args = new ArrayList<>(List.of(q, k, v));
        if (n.hasInput(3)) args.add(n.input(3));
        if (n.hasInput(6)) args.add(n.input(6));
        var op = new Structured.Attention(scale, n.attrFloat("softcap", 0), n.attrInt("is_causal", 0) != 0, pastLen,
                n.attrInt("left_window_size", -1), n.attrInt("right_window_size", -1),
                n.hasInput(3), n.hasInput(6), (int) n.attrInt("qk_matmul_output_mode", 0), softmaxType);
        List<Value> outs = n.emitAll(op, args);
        Value y = outs.get(0);
        if (rank == 3) {
            long[] s = y.type().shape().dims();
            y = reshape(n, transpose(n, y, 0, 2, 1, 3), s[0], s[2], s[1] * s[3]);
        }
        return List.of(y, k, v, outs.get(1));
    }

    /** {@code [B, S, H*D]} to {@code [B, H, S, D]}. */
    private static Value splitHeads(NodeContext n, Value x, long heads) {
        long[] s = x.type().shape().dims();
        if (heads < 1 || s[2] % heads != 0) throw n.error("hidden size " + s[2] + " of " + x.type() + " is not a multiple of " + heads + " heads");
        return transpose(n, reshape(n, x, s[0], s[1], heads, s[2] / heads), 0, 2, 1, 3);
    }
}
