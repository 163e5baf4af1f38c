package dev.tcc.ir;

/** The static type of a graph value: element type and shape. Printed as {@code f32[2,3]}. */
public record TensorType(DType dtype, Shape shape) {
    public static TensorType of(DType dtype, long... dims) { return new TensorType(dtype, Shape.of(dims)); }

    public int rank() { return shape.rank(); }

    public long size() { return shape.size(); }

    public TensorType withShape(Shape s) { return new TensorType(dtype, s); }

    public TensorType withDType(DType t) { return new TensorType(t, shape); }

    @Override
    public String toString() { return dtype.irName() + shape; }
}
