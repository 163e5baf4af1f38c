package dev.tcc.cli.targets;

import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;

import java.util.List;
import java.util.Map;

/**
 * Somewhere a graph can run: the reference interpreter, or a GPU back-end. {@code tcc run} and
 * {@code tcc conformance} use targets only through this interface, so adding one is one class and one
 * line in {@link Targets}.
 */
public interface Target {

    /** The name given to {@code --target}, e.g. {@code reference}. */
    String name();

    /** One line for the help text. */
    String description();

    /**
     * True when the target accumulates in double (the reference interpreter): it is then held to ONNX's default
     * tolerance even on cases no manifest lists; device targets computing in float32 are not (see
     * {@code Tolerance.UNLISTED_ON_DEVICE}).
     */
    default boolean accumulatesInDouble() { return false; }

    /** Null when the target can run here; otherwise why not (no device, missing driver) and what to do. */
    default String unavailableReason() { return null; }

    /**
     * Prepares {@code graph} (after the pass pipeline) for running: compiles kernels, uploads weights.
     *
     * @throws RuntimeException with a message naming the node and op the target cannot handle
     */
    Prepared prepare(Graph graph);

    /** A graph ready to run on this target. Close it to release device resources. */
    interface Prepared extends AutoCloseable {
        /** Runs once: inputs by graph-input value name; outputs in the graph's output order. */
        List<Tensor> run(Map<String, Tensor> inputs);

        @Override default void close() { }
    }
}
