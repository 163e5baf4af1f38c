package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.proto.Onnx.TensorShapeProto;
import dev.tcc.frontend.onnx.proto.Onnx.TypeProto;
import dev.tcc.frontend.onnx.proto.Onnx.ValueInfoProto;
import dev.tcc.ir.DType;

/** Pieces of hand-built ONNX models for importer tests. */
final class Protos {
    private Protos() {}

    /** A graph input (or output) {@code name} of element type {@code t} and static shape {@code dims}. */
    static ValueInfoProto input(String name, DType t, long... dims) {
        TensorShapeProto.Builder s = TensorShapeProto.newBuilder();
        for (long d : dims) s.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        return ValueInfoProto.newBuilder().setName(name)
                .setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(t.onnxCode()).setShape(s))).build();
    }
}
