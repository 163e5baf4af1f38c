package dev.tcc.cli.targets;

import dev.tcc.cli.tune.TuningDb;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.passes.PassRunner;

import java.util.List;
import java.util.Map;

/**
 * Somewhere a graph can run: the reference interpreter, or a device back-end ({@link DeviceTarget}, one per
 * {@link dev.tcc.runtime.Backends} entry). Commands use targets only through this interface: a new back-end
 * needs no change here or in any command.
 */
public sealed interface Target permits ReferenceTarget, DeviceTarget, Target.Custom {

    /** The name given to {@code --target}, e.g. {@code reference}. */
    String name();

    /** One line for the help text. */
    String description();

    /** Where it runs, for messages: the device's name and platform, or a description of the interpreter. */
    String where();

    /**
     * True when the target accumulates in double (the reference interpreter): it is then held to ONNX's default
     * tolerance even on cases no manifest lists; device targets computing in float32 are not (see
     * {@code Tolerance.UNLISTED_ON_DEVICE}).
     */
    default boolean accumulatesInDouble() { return false; }

    /** Null when the target can run here; otherwise why not (no device, missing driver) and what to do. */
    default String unavailableReason() { return null; }

    /**
     * Where to take the expected outputs from when the passes change what a model computes (quantised weights): the
     * reference interpreter running the same changed graph; null for the reference target itself, which is held to
     * the cases' own outputs.
     */
    default Target changedModelReference() { return new ReferenceTarget(); }

    /** This target on the device matching {@code query} (null: the default device); targets without devices return themselves. */
    Target onDevice(String query);

    /** This target lowering with {@code db}'s records for its device; targets without devices return themselves. */
    default Target withTuning(TuningDb db) { return this; }

    /** Distinct kernel keys lowered so far with a tuning record ({@link #withTuning}). */
    default int tunedKernels() { return 0; }

    /**
     * Prepares {@code graph} (after the graph passes) for running: lowers it through {@code runner}'s lowering stages
     * and kernel passes, builds kernels, uploads weights.
     *
     * @throws RuntimeException with a message naming the node and op the target cannot handle
     */
    Prepared prepare(Graph graph, PassRunner runner);

    /**
     * A target supplied by code that embeds tcc's runners rather than chosen with {@code --target} (tests use it to
     * inject failures); it runs on no device of its own.
     */
    non-sealed interface Custom extends Target {
        @Override default String where() { return "a custom target"; }

        @Override default Target onDevice(String query) { return this; }
    }

    /** A graph ready to run on this target. Close it to release device resources. */
    interface Prepared extends AutoCloseable {
        /** Runs once: inputs by graph-input value name; outputs in the graph's output order. */
        List<Tensor> run(Map<String, Tensor> inputs);

        @Override default void close() { }
    }
}
