package dev.tcc.bench;

import dev.tcc.frontend.onnx.TensorCodec;
import dev.tcc.frontend.onnx.proto.Onnx.AttributeProto;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import dev.tcc.frontend.onnx.proto.Onnx.OperatorSetIdProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorShapeProto;
import dev.tcc.frontend.onnx.proto.Onnx.TypeProto;
import dev.tcc.frontend.onnx.proto.Onnx.ValueInfoProto;
import dev.tcc.ir.DType;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Tensor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small ONNX model (opset 17, float32) with seeded random inputs and weights, built node by node: the
 * kernel benchmarks compile it with tcc and hand the same bytes to ONNX Runtime. Weights are initializers,
 * so both sides keep them on the device and move only the inputs and outputs per run.
 *
 * @param model   the model; its one output is {@code y}
 * @param inputs  a value for every graph input
 * @param weights the initializers' values, by name (for peers that take them directly)
 */
public record OpModel(ModelProto model, Map<String, Tensor> inputs, Map<String, Tensor> weights) {

    /** Builds a model: declare inputs and weights, add nodes, then {@link #build}. */
    public static final class Builder {
        private final GraphProto.Builder graph = GraphProto.newBuilder().setName("bench");
        private final Map<String, Tensor> inputs = new LinkedHashMap<>();
        private final Map<String, Tensor> weights = new LinkedHashMap<>();
        private final Random random = new Random(42);
        private int nodes;

        /** A graph input of random values in [-1, 1). */
        public String input(String name, long... dims) {
            Tensor t = random(1, dims);
            inputs.put(name, t);
            graph.addInput(value(name, dims));
            return name;
        }

        /** An initializer of random values in [-1, 1) scaled by {@code scale}. */
        public String weight(String name, double scale, long... dims) {
            Tensor t = random(scale, dims);
            weights.put(name, t);
            graph.addInitializer(TensorCodec.encode(t, name));
            return name;
        }

        /** A scalar initializer. */
        public String constant(String name, double value) {
            Tensor t = Tensor.scalar(DType.F32, value);
            weights.put(name, t);
            graph.addInitializer(TensorCodec.encode(t, name));
            return name;
        }

        /** Adds node {@code op} over {@code args} with output {@code out} and attributes. */
        public String node(String op, String out, List<String> args, AttributeProto... attributes) {
            graph.addNode(NodeProto.newBuilder().setName(op.toLowerCase() + "_" + nodes++).setOpType(op).addAllInput(args).addOutput(out)
                    .addAllAttribute(List.of(attributes)));
            return out;
        }

        /** The model whose output is {@code out} of shape {@code dims}. */
        public OpModel build(String out, long... dims) {
            graph.addOutput(value(out, dims));
            ModelProto m = ModelProto.newBuilder().setIrVersion(8).setProducerName("tcc-bench")
                    .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(17)).setGraph(graph).build();
            return new OpModel(m, Map.copyOf(inputs), Map.copyOf(weights));
        }

        private Tensor random(double scale, long... dims) {
            Shape s = Shape.of(dims);
            double[] d = new double[Math.toIntExact(s.size())];
            for (int i = 0; i < d.length; i++) d[i] = (float) ((random.nextDouble() * 2 - 1) * scale);
            return Tensor.ofDoubles(DType.F32, s, d);
        }
    }

    /** An integer attribute. */
    public static AttributeProto integer(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    /** An integer-list attribute. */
    public static AttributeProto ints(String name, long... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long v : values) a.addInts(v);
        return a.build();
    }

    /** A float attribute. */
    public static AttributeProto real(String name, double value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF((float) value).build();
    }

    private static ValueInfoProto value(String name, long... dims) {
        TensorShapeProto.Builder s = TensorShapeProto.newBuilder();
        for (long d : dims) s.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(s))).build();
    }
}
