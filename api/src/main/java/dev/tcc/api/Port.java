package dev.tcc.api;

import java.util.Arrays;

/**
 * A model's input or output: its name, element type and shape.
 *
 * @param name  the graph name ({@code input_ids})
 * @param dtype the element type's name ({@code f32}, {@code i64})
 * @param shape the dimensions
 */
public record Port(String name, String dtype, long[] shape) {
    public Port { shape = shape.clone(); }

    @Override public long[] shape() { return shape.clone(); }

    @Override public boolean equals(Object o) {
        return o instanceof Port p && p.name.equals(name) && p.dtype.equals(dtype) && Arrays.equals(p.shape, shape);
    }

    @Override public int hashCode() { return name.hashCode() * 31 + Arrays.hashCode(shape); }

    @Override public String toString() { return name + ": " + dtype + Arrays.toString(shape); }
}
