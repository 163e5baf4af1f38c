package dev.tcc.passes;

import dev.tcc.ir.DType;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Structured;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small cost model of unfused graph IR: floating-point (or integer) operations and bytes moved per node.
 *
 * <p>FLOPs count one multiply-add as 2 and one elementwise function as 1, whatever its real cost:
 * <ul>
 *   <li>constant: 0; elementwise (unary, binary, select, cast) and dequantize: 1 per output element;</li>
 *   <li>matmul: {@code 2·M·N·K} per batch, i.e. {@code 2·K} per output element;</li>
 *   <li>conv: {@code 2·(C_in/group)·prod(kernel)} per output element, plus 1 per output element with a bias;</li>
 *   <li>conv_transpose: {@code 2·(C_out/group)·prod(kernel)} per input element, plus 1 per output element with a bias;</li>
 *   <li>pool, max_pool_indices: {@code prod(kernel)} per output element;</li>
 *   <li>reduce, argreduce, cumulative (sum or product): 1 per input element (a mean adds 1 per output element);</li>
 *   <li>softmax: 5 per element (max, subtract, exp, sum, divide); layer_norm: 8 per element;</li>
 *   <li>attention: {@code 2·d} per score for {@code Q·Kᵀ}, {@code 2·d_v} per score for {@code P·V}, plus 5 per score
 *       for the softmax ({@code B·H·S·T} scores);</li>
 *   <li>rnn: the gate matmuls, {@code 2·gates·hidden·(input + hidden)} per step, batch and direction,
 *       plus 10 per gate element for the activations (gates: 1 RNN, 3 GRU, 4 LSTM);</li>
 *   <li>movement (reshape, transpose, slice, gather, scatter, ...): 0, except resize (1 per output element
 *       and interpolation tap) and scatter with a reduction (1 per update).</li>
 * </ul>
 * Bytes are what an unfused kernel reads and writes: every input once plus every output once, at the
 * element type's storage width. A constant node moves nothing itself; its readers count it.
 */
public final class CostModel {
    private CostModel() {}

    /** The cost of one node. */
    public record Cost(long flops, long bytesRead, long bytesWritten) {
        public static final Cost ZERO = new Cost(0, 0, 0);

        public long bytes() { return bytesRead + bytesWritten; }

        public Cost plus(Cost o) { return new Cost(flops + o.flops, bytesRead + o.bytesRead, bytesWritten + o.bytesWritten); }
    }

    /** Costs summed per op mnemonic, with the node count. */
    public record OpTotal(String op, int count, Cost cost) {}

    /** Storage bytes of a value of type {@code t} (sub-byte types packed). */
    public static long bytes(TensorType t) {
        return t.dtype() == DType.STRING ? 0 : (t.size() * t.dtype().bits() + 7) / 8;
    }

    /** The cost of {@code n}. */
    public static Cost of(Node n) {
        if (n.op() instanceof Op.Constant) return Cost.ZERO;
        long read = 0, written = 0;
        for (Value v : n.inputs()) read += bytes(v.type());
        for (Value v : n.outputs()) written += bytes(v.type());
        List<TensorType> in = n.inputs().stream().map(Value::type).toList();
        List<TensorType> out = n.outputs().stream().map(Value::type).toList();
        return new Cost(flops(n.op(), in, out), read, written);
    }

    /** Total cost of {@code g} per op mnemonic, sorted by mnemonic. */
    public static Map<String, OpTotal> perOp(Graph g) {
        Map<String, OpTotal> m = new TreeMap<>();
        for (Node n : g.nodes()) {
            Cost c = of(n);
            m.merge(n.op().mnemonic(), new OpTotal(n.op().mnemonic(), 1, c),
                    (a, b) -> new OpTotal(a.op(), a.count() + b.count(), a.cost().plus(b.cost())));
        }
        return m;
    }

    /** Total cost of {@code g}. */
    public static Cost total(Graph g) {
        Cost t = Cost.ZERO;
        for (Node n : g.nodes()) t = t.plus(of(n));
        return t;
    }

    static long flops(Op op, List<TensorType> in, List<TensorType> out) {
        long outSize = out.isEmpty() ? 0 : out.get(0).size();
        return switch (op) {
            case Op.Constant c -> 0;
            case Elementwise e -> outSize;
            case Dequantize d -> outSize;
            case Linalg.MatMul m -> 2 * outSize * in.get(0).shape().dim(in.get(0).rank() - 1);
            case Linalg.Conv c -> 2 * outSize * in.get(1).shape().dim(1) * spatial(in.get(1)) + (in.size() > 2 ? outSize : 0);
            case Linalg.ConvTranspose c -> 2 * in.get(0).size() * in.get(1).shape().dim(1) * spatial(in.get(1)) + (in.size() > 2 ? outSize : 0);
            case Linalg.Pool p -> outSize * p.kernel().stream().mapToLong(Long::longValue).reduce(1, Math::multiplyExact);
            case Linalg.MaxPoolIndices p -> outSize * p.kernel().stream().mapToLong(Long::longValue).reduce(1, Math::multiplyExact);
            case Reduction.Reduce r -> in.get(0).size() + (r.fn() == Reduction.ReduceFn.MEAN ? outSize : 0);
            case Reduction.ArgReduce a -> in.get(0).size();
            case Reduction.Cumulative c -> in.get(0).size();
            case Structured.Softmax s -> 5 * outSize;
            case Structured.LayerNorm l -> 8 * outSize;
            case Structured.RmsNorm n -> 4 * outSize;
            case Structured.Rnn r -> rnn(r, in.get(0));
            case Structured.Attention a -> attention(in.get(0), in.get(1), in.get(2));
            case Movement.Resize r -> outSize * taps(r, in.get(0));
            case Movement.ScatterND s -> s.reduction() == Movement.ScatterReduction.NONE ? 0 : in.get(2).size();
            case Movement.ScatterElements s -> s.reduction() == Movement.ScatterReduction.NONE ? 0 : in.get(2).size();
            case Movement m -> 0;
        };
    }

    /** Product of the spatial (kernel) dimensions of a weight {@code [M, C, K...]}. */
    private static long spatial(TensorType w) {
        long p = 1;
        for (int i = 2; i < w.rank(); i++) p *= w.shape().dim(i);
        return p;
    }

    private static long rnn(Structured.Rnn r, TensorType x) {
        long gates = switch (r.kind()) {
            case RNN -> 1;
            case GRU -> 3;
            case LSTM -> 4;
        };
        long seq = x.shape().dim(0), batch = x.shape().dim(1), input = x.shape().dim(2), h = r.hiddenSize();
        long perStep = 2 * gates * h * (input + h) + 10 * gates * h;
        return seq * batch * r.directions() * perStep;
    }

    /** {@code Q·Kᵀ} and {@code P·V} (2 per multiply-add) plus 5 per score for the softmax. */
    private static long attention(TensorType q, TensorType k, TensorType v) {
        long b = q.shape().dim(0), h = q.shape().dim(1), s = q.shape().dim(2), d = q.shape().dim(3);
        long t = k.shape().dim(2), dv = v.shape().dim(3);
        long scores = b * h * s * t;
        return 2 * scores * d + 2 * scores * dv + 5 * scores;
    }

    /** Interpolation taps per output element: 1 nearest, 2 (linear) or 4 (cubic) per resized axis. */
    private static long taps(Movement.Resize r, TensorType x) {
        long per = switch (r.mode()) {
            case NEAREST -> 1;
            case LINEAR -> 2;
            case CUBIC -> 4;
        };
        long t = 1;
        for (int i = 0; i < x.rank(); i++) if (r.sizes().get(i) != x.shape().dim(i)) t *= per;
        return t;
    }
}
