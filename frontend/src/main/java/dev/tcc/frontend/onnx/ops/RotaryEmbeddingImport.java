package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;

import java.util.List;

import static dev.tcc.frontend.onnx.ops.LinalgSupport.binary;
import static dev.tcc.frontend.onnx.ops.LinalgSupport.reshape;
import static dev.tcc.frontend.onnx.ops.LinalgSupport.transpose;

/**
 * ONNX RotaryEmbedding (opset 23), decomposed as the operator's function body: the input as (batch, sequence, heads,
 * head size); its first {@code rotary_embedding_dim} features split into halves (or, {@code interleaved}, even and odd
 * features) x1 and x2; {@code cos·x1 - sin·x2} and {@code sin·x1 + cos·x2} put back in their places, with the cos and
 * sin rows picked by {@code position_ids} when given. Fusion makes the whole of it one kernel on every target.
 */
final class RotaryEmbeddingImport {
    private RotaryEmbeddingImport() {}

    static List<Value> convert(NodeContext n) {
        Value x = n.input(0);
        Shape xs = x.type().shape();
        if (!x.type().dtype().isFloat()) throw n.error("input X must be floating point, got " + x.type());
        long batch, seq, heads, head;
        Value v;   // (batch, sequence, heads, head size)
        if (xs.rank() == 4) {
            batch = xs.dim(0);
            heads = xs.dim(1);
            seq = xs.dim(2);
            head = xs.dim(3);
            v = transpose(n, x, 0, 2, 1, 3);
        } else if (xs.rank() == 3) {
            long numHeads = n.attrInt("num_heads", 0);
            if (numHeads <= 0) throw n.error("a 3-D input X " + x.type() + " needs the num_heads attribute (the heads its last axis holds)");
            if (xs.dim(2) % numHeads != 0) throw n.error("the hidden size " + xs.dim(2) + " of X is not a multiple of num_heads " + numHeads);
            batch = xs.dim(0);
            seq = xs.dim(1);
            heads = numHeads;
            head = xs.dim(2) / numHeads;
            v = reshape(n, x, batch, seq, heads, head);
        } else {
            throw n.error("input X must be 3-D (batch, sequence, hidden) or 4-D (batch, heads, sequence, head size), got " + x.type());
        }
        long rot = n.attrInt("rotary_embedding_dim", 0);
        if (rot == 0) rot = head;
        if (rot < 0 || rot > head || rot % 2 != 0) {
            throw n.error("rotary_embedding_dim " + rot + " must be even and at most the head size " + head);
        }
        long half = rot / 2;
        boolean interleaved = n.attrInt("interleaved", 0) != 0;

        Value cos = n.input(1), sin = n.input(2);
        if (n.hasInput(3)) {
            Value positions = n.input(3);
            if (!positions.type().dtype().isInteger()) throw n.error("position_ids must be integers, got " + positions.type());
            cos = n.emit(new Movement.Gather(0), cos, positions);
            sin = n.emit(new Movement.Gather(0), sin, positions);
        }
        for (Value c : List.of(cos, sin)) {
            Shape cs = c.type().shape();
            if (cs.rank() != 3 || cs.dim(0) != batch || cs.dim(1) != seq || cs.dim(2) < half) {
                throw n.error("the cos and sin caches must give (batch " + batch + ", sequence " + seq + ", at least " + half
                        + ") values" + (n.hasInput(3) ? " once position_ids pick their rows" : "") + ", got " + c.type());
            }
        }
        cos = reshape(n, Moves.slice(n, cos, 2, 0, half, 1), batch, seq, 1, half);
        sin = reshape(n, Moves.slice(n, sin, 2, 0, half, 1), batch, seq, 1, half);

        Value rotate = Moves.slice(n, v, 3, 0, rot, 1);
        Value x1 = interleaved ? Moves.slice(n, rotate, 3, 0, rot, 2) : Moves.slice(n, rotate, 3, 0, half, 1);
        Value x2 = interleaved ? Moves.slice(n, rotate, 3, 1, rot, 2) : Moves.slice(n, rotate, 3, half, rot, 1);
        Value real = binary(n, BinaryFn.SUB, binary(n, BinaryFn.MUL, cos, x1), binary(n, BinaryFn.MUL, sin, x2));
        Value imaginary = binary(n, BinaryFn.ADD, binary(n, BinaryFn.MUL, sin, x1), binary(n, BinaryFn.MUL, cos, x2));
        Value rotated = interleaved
                ? reshape(n, n.emit(new Movement.Concat(4), reshape(n, real, batch, seq, heads, half, 1),
                        reshape(n, imaginary, batch, seq, heads, half, 1)), batch, seq, heads, rot)
                : n.emit(new Movement.Concat(3), real, imaginary);
        Value out = rot < head ? n.emit(new Movement.Concat(3), rotated, Moves.slice(n, v, 3, rot, head, 1)) : rotated;
        return List.of(xs.rank() == 4 ? transpose(n, out, 0, 2, 1, 3) : reshape(n, out, batch, seq, heads * head));
    }
}
