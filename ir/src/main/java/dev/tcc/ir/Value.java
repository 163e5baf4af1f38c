package dev.tcc.ir;

/** An SSA value of the graph IR: defined once (by a node or as a graph input), printed as {@code %name}. */
public record Value(String name, TensorType type) {
    @Override
    public String toString() { return "%" + name + " : " + type; }
}
