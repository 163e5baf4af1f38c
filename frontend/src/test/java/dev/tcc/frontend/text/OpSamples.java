package dev.tcc.frontend.text;

import dev.tcc.ir.DType;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.MiniFloats;
import dev.tcc.ir.Linalg.PoolKind;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Movement.PadMode;
import dev.tcc.ir.Movement.ResizeMode;
import dev.tcc.ir.Movement.ScatterReduction;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Reduction.ReduceFn;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Structured.RnnKind;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;

/** One or more well-typed sample uses of every op record, covering every enum value and element type. */
final class OpSamples {
    private OpSamples() {}

    /** An op applied to inputs of the given types. */
    record Case(Op op, List<TensorType> inputs) {
        Case(Op op, TensorType... inputs) { this(op, List.of(inputs)); }

        /** A graph with one input per operand, the op as its only node, and the op's results as outputs. */
        Graph graph(String name) {
            List<Value> in = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) in.add(new Value("in" + i, inputs.get(i)));
            List<Value> out = new ArrayList<>();
            List<TensorType> types = op.inferTypes(inputs);
            for (int i = 0; i < types.size(); i++) out.add(new Value("out" + i, types.get(i)));
            return Graph.of(name, in, List.of(new Node("n_" + op.mnemonic(), op, in, out)), out);
        }
    }

    private static TensorType f32(long... dims) { return TensorType.of(DType.F32, dims); }

    private static TensorType t(DType d, long... dims) { return TensorType.of(d, dims); }

    /** A small tensor of every element type (strings included). */
    static Tensor sampleTensor(DType d, int n) {
        Shape s = Shape.of(n);
        if (d == DType.STRING) {
            String[] v = new String[n];
            for (int i = 0; i < n; i++) v[i] = "s" + i + (i % 2 == 0 ? "\"q\\ \n" : "ü");
            return Tensor.ofStrings(s, v);
        }
        if (d.isFloat()) {
            double[] v = new double[n];
            double[] pool = {1.0, -2.0, 0.5, 0.0, 4.0, 1.5, -1.0, 3.0}; // values of every float type but f8e8m0
            for (int i = 0; i < n; i++) v[i] = d == DType.F8E8M0 ? Math.scalb(1.0, i % 7 - 3) : pool[i % pool.length];
            return Tensor.ofDoubles(d, s, v);
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = (i * 7L) % 5 - (d.isSigned() ? 2 : 0);
        return Tensor.ofLongs(d, s, v);
    }

    static List<Case> all() {
        List<Case> c = new ArrayList<>();
        for (DType d : DType.values()) {
            c.add(new Case(new Op.Constant(sampleTensor(d, 3))));
            c.add(new Case(new Op.Constant(sampleTensor(d, 40)))); // hex form (list form for strings)
            if (d != DType.STRING) c.add(new Case(new Elementwise.Cast(d, d.ordinal() % 2 == 0), t(DType.F32, 2, 3)));
        }
        for (MiniFloats.E8M0Rounding r : MiniFloats.E8M0Rounding.values()) {
            c.add(new Case(new Elementwise.Cast(DType.F8E8M0, r.ordinal() % 2 == 0, r), t(DType.F32, 2, 3)));
        }
        c.add(new Case(new Elementwise.BitCast(DType.I32), f32(2, 3)));
        c.add(new Case(new Elementwise.BitCast(DType.BF16), t(DType.I16, 4)));
        c.add(new Case(new Dequantize(8, 0, 0, DType.F32, List.of(4L, 6L)), t(DType.I8, 4, 6), f32(1, 6)));
        c.add(new Case(new Dequantize(4, 0, 32, DType.F16, List.of(70L, 3L)), t(DType.U8, 105), t(DType.F16, 3, 3), t(DType.U8, 3, 3)));
        for (UnaryFn f : UnaryFn.values()) c.add(new Case(new Elementwise.Unary(f), f32(2, 3)));
        for (BinaryFn f : BinaryFn.values()) c.add(new Case(new Elementwise.Binary(f), f32(2, 3), f32(3)));
        c.add(new Case(new Elementwise.Binary(BinaryFn.POW), f32(2, 3), t(DType.I32)));
        c.add(new Case(new Elementwise.Select(), t(DType.BOOL, 2, 1), f32(2, 3), f32(3)));
        for (ReduceFn f : ReduceFn.values()) c.add(new Case(new Reduction.Reduce(f, List.of(0, 2), f.ordinal() % 2 == 0), f32(2, 3, 4)));
        c.add(new Case(new Reduction.Reduce(ReduceFn.SUM, List.of(), false), f32(2, 3)));
        c.add(new Case(new Reduction.ArgReduce(true, 1, false, true), f32(2, 3, 4)));
        c.add(new Case(new Reduction.ArgReduce(false, 0, true, false), f32(2, 3, 4)));
        c.add(new Case(new Reduction.Cumulative(false, 1, true, false), f32(2, 3, 4)));
        c.add(new Case(new Reduction.Cumulative(true, 0, false, true), t(DType.I64, 5)));
        c.add(new Case(new Linalg.MatMul(), f32(2, 3, 4), f32(4, 5)));
        c.add(new Case(new Linalg.MatMul(), f32(4), f32(4, 5)));
        c.add(new Case(new Linalg.Conv(List.of(2L, 1L), List.of(1L, 1L, 0L, 1L), List.of(1L, 2L), 2), f32(1, 4, 8, 8), f32(6, 2, 3, 3), f32(6)));
        c.add(new Case(new Linalg.ConvTranspose(List.of(2L, 2L), List.of(1L, 1L, 1L, 1L), List.of(1L, 1L), 1, List.of(1L, 0L)),
                f32(1, 4, 5, 5), f32(4, 3, 3, 3)));
        for (PoolKind k : PoolKind.values()) {
            c.add(new Case(new Linalg.Pool(k, List.of(3L, 2L), List.of(2L, 2L), List.of(1L, 0L, 1L, 0L), List.of(1L, 1L),
                    k == PoolKind.MAX, k != PoolKind.MAX, k == PoolKind.LP ? 3 : 2), f32(1, 3, 7, 7)));
        }
        c.add(new Case(new Linalg.MaxPoolIndices(List.of(3L, 2L), List.of(2L, 1L), List.of(1L, 0L, 1L, 0L), List.of(1L, 2L), true, true),
                f32(1, 3, 7, 7)));
        c.addAll(movement());
        c.add(new Case(new Structured.Softmax(1, false), f32(2, 5)));
        c.add(new Case(new Structured.Softmax(0, true), f32(2, 5)));
        for (DType d : new DType[] {DType.F32, DType.F16, DType.BF16, DType.F64}) {
            c.add(new Case(new Structured.LayerNorm(1, 1e-5, true, d), f32(2, 3, 4), f32(3, 4), f32(3, 4)));
        }
        c.add(new Case(new Structured.LayerNorm(2, 0.001, false, DType.F32), f32(2, 3, 4), f32(4)));
        c.add(new Case(new Structured.RmsNorm(2, 1e-6), f32(2, 3, 4), f32(4)));
        c.add(new Case(new Structured.RmsNorm(1, 1e-5), f32(2, 3, 4)));
        c.addAll(rnns());
        c.add(new Case(new Structured.Attention(0.125, 0, true, 2, -1, -1, false, false, 0, DType.F32), f32(2, 4, 3, 8), f32(2, 2, 5, 8), f32(2, 2, 5, 6)));
        c.add(new Case(new Structured.Attention(0.5, 2.5, false, 0, 3, 1, true, true, 2, DType.F64), f32(2, 4, 3, 8), f32(2, 2, 5, 8),
                f32(2, 2, 5, 6), t(DType.BOOL, 3, 4), t(DType.I64, 2)));
        return c;
    }

    private static List<Case> movement() {
        List<Case> c = new ArrayList<>();
        c.add(new Case(new Movement.Reshape(List.of(3L, 2L)), f32(2, 3)));
        c.add(new Case(new Movement.Transpose(List.of(2, 0, 1)), f32(2, 3, 4)));
        c.add(new Case(new Movement.Slice(List.of(0L, 3L), List.of(2L, -1L), List.of(1L, -2L)), f32(2, 4)));
        c.add(new Case(new Movement.Concat(1), f32(2, 3), f32(2, 5), f32(2, 1)));
        for (PadMode m : PadMode.values()) {
            double v = switch (m) { case CONSTANT -> Double.NaN; case REFLECT -> -0.0; case EDGE -> 1.5; case WRAP -> Double.NEGATIVE_INFINITY; };
            c.add(new Case(new Movement.Pad(List.of(1L, 0L, -1L, 2L), m, v), f32(3, 4)));
        }
        c.add(new Case(new Movement.Expand(List.of(2L, 3L, 4L)), f32(3, 1)));
        c.add(new Case(new Movement.Tile(List.of(2L, 1L)), f32(3, 4)));
        c.add(new Case(new Movement.Gather(1), f32(3, 4), t(DType.I64, 2, 2)));
        c.add(new Case(new Movement.GatherElements(0), f32(3, 4), t(DType.I64, 2, 4)));
        c.add(new Case(new Movement.GatherND(1), f32(2, 3, 4), t(DType.I64, 2, 1)));
        for (ScatterReduction r : ScatterReduction.values()) {
            c.add(new Case(new Movement.ScatterND(r), f32(4, 3), t(DType.I64, 2, 1), f32(2, 3)));
            c.add(new Case(new Movement.ScatterElements(1, r), f32(4, 3), t(DType.I64, 4, 2), f32(4, 2)));
        }
        for (ResizeMode m : ResizeMode.values()) {
            c.add(new Case(new Movement.Resize(m, "half_pixel", m == ResizeMode.NEAREST ? "round_prefer_floor" : "", -0.75,
                    m == ResizeMode.CUBIC, 0.0, m == ResizeMode.LINEAR, List.of(1L, 3L, 8L, 6L), List.of(1.0, 1.0, 2.0, 1.5),
                    m == ResizeMode.LINEAR ? List.of(0.0, 0.0, 0.1, 0.2, 1.0, 1.0, 0.9, 0.8) : List.of()), f32(1, 3, 4, 4)));
        }
        return c;
    }

    private static List<Case> rnns() {
        List<Case> c = new ArrayList<>();
        for (RnnKind k : RnnKind.values()) {
            long gates = switch (k) { case RNN -> 1; case GRU -> 3; case LSTM -> 4; };
            long h = 5;
            String dir = switch (k) { case RNN -> "forward"; case GRU -> "reverse"; case LSTM -> "bidirectional"; };
            long dirs = dir.equals("bidirectional") ? 2 : 1;
            List<TensorType> in = new ArrayList<>(List.of(f32(7, 2, 3), f32(dirs, gates * h, 3), f32(dirs, gates * h, h),
                    f32(dirs, 2 * gates * h), f32(dirs, 2, h)));
            if (k == RnnKind.LSTM) in.addAll(List.of(f32(dirs, 2, h), f32(dirs, 3 * h)));
            List<String> acts = switch (k) { case RNN -> List.of("Tanh"); case GRU -> List.of("Sigmoid", "Tanh"); case LSTM -> List.of("Sigmoid", "Tanh", "Tanh", "Sigmoid", "Tanh", "Tanh"); };
            c.add(new Case(new Structured.Rnn(k, h, dir, acts, k == RnnKind.RNN ? List.of(0.5) : List.of(), List.of(),
                    k == RnnKind.GRU ? 3.0 : Double.POSITIVE_INFINITY, k == RnnKind.GRU, k == RnnKind.LSTM), in));
        }
        return c;
    }
}
