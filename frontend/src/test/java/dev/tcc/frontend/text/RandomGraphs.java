package dev.tcc.frontend.text;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Elementwise.BinaryFn;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Reduction.ReduceFn;
import dev.tcc.ir.Structured;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random well-typed graphs: chains of elementwise, reduction, movement and structured ops over random values. */
final class RandomGraphs {
    private final RandomIr ir;
    private final Random r;
    private int counter;

    RandomGraphs(long seed) {
        ir = new RandomIr(seed);
        r = ir.random();
    }

    /** A unique name: a random (often awkward) prefix, '_' and a counter, which has no '_'. */
    private String fresh() {
        return ir.name() + "_" + counter++;
    }

    Graph graph() {
        counter = 0;
        List<Value> inputs = new ArrayList<>();
        int nIn = r.nextInt(4);
        for (int i = 0; i < nIn; i++) inputs.add(new Value(fresh(), new TensorType(r.nextBoolean() ? DType.F32 : ir.dtype(), ir.shape())));
        List<Value> pool = new ArrayList<>(inputs);
        List<Node> nodes = new ArrayList<>();
        int nNodes = 1 + r.nextInt(12);
        while (nodes.size() < nNodes) {
            Node n = node(pool);
            if (n == null) continue;
            nodes.add(n);
            pool.addAll(n.outputs());
        }
        List<Value> outputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int nOut = 1 + r.nextInt(3);
        for (int i = 0; i < nOut; i++) {
            Value v = pool.get(r.nextInt(pool.size()));
            outputs.add(v);
            names.add(r.nextBoolean() ? v.name() : ir.name());
        }
        return new Graph(r.nextInt(4) == 0 ? "" : ir.name(), inputs, nodes, outputs, names);
    }

    /** A node over values from {@code pool}, or null when the chosen op does not fit the chosen value. */
    private Node node(List<Value> pool) {
        if (pool.isEmpty() || r.nextInt(6) == 0) {
            return make(new Op.Constant(ir.tensor(ir.dtype(), ir.shape())), List.of());
        }
        Value x = pool.get(r.nextInt(pool.size()));
        TensorType t = x.type();
        int rank = t.rank();
        return switch (r.nextInt(9)) {
            case 0 -> make(new Elementwise.Unary(UnaryFn.values()[r.nextInt(UnaryFn.values().length)]), List.of(x));
            case 1 -> {
                Value y = pool.stream().filter(v -> v.type().equals(t)).skip(r.nextInt(2)).findFirst().orElse(x);
                yield make(new Elementwise.Binary(BinaryFn.values()[r.nextInt(BinaryFn.values().length)]), List.of(x, y));
            }
            case 2 -> t.dtype() == DType.STRING ? null : make(new Elementwise.Cast(ir.dtype(), r.nextBoolean()), List.of(x));
            case 3 -> {
                List<Integer> axes = new ArrayList<>();
                for (int i = 0; i < rank; i++) if (r.nextBoolean()) axes.add(i);
                yield make(new Reduction.Reduce(ReduceFn.values()[r.nextInt(ReduceFn.values().length)], axes, r.nextBoolean()), List.of(x));
            }
            case 4 -> {
                List<Integer> perm = new ArrayList<>();
                for (int i = 0; i < rank; i++) perm.add(i);
                java.util.Collections.shuffle(perm, r);
                yield make(new Movement.Transpose(perm), List.of(x));
            }
            case 5 -> make(new Movement.Reshape(List.of(t.size())), List.of(x));
            case 6 -> rank == 0 ? null : make(new Structured.Softmax(r.nextInt(rank), r.nextBoolean()), List.of(x));
            case 7 -> rank == 0 ? null : make(new Movement.Concat(r.nextInt(rank)), List.of(x, x));
            default -> rank == 0 ? null : make(new Structured.LayerNorm(r.nextInt(rank), ir.anyDouble(), r.nextBoolean(), ir.dtype()),
                    List.of(x, x));
        };
    }

    private Node make(Op op, List<Value> inputs) {
        List<TensorType> types = op.inferTypes(inputs.stream().map(Value::type).toList());
        List<Value> outputs = new ArrayList<>();
        for (TensorType t : types) outputs.add(new Value(fresh(), t));
        return new Node(r.nextInt(3) == 0 ? "" : ir.name(), op, inputs, outputs);
    }
}
