package dev.tcc.cli.targets;

import dev.tcc.ir.Graph;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.passes.PassRunner;

/** The CPU reference interpreter: the oracle other targets are checked against. */
public record ReferenceTarget() implements Target {
    @Override public boolean accumulatesInDouble() { return true; }

    @Override public String name() { return "reference"; }

    @Override public Target changedModelReference() { return null; }

    @Override public String description() { return "tcc's reference interpreter on the CPU (plain Java, float64 accumulation)"; }

    @Override public String where() { return "the JVM (no device)"; }

    @Override public Target onDevice(String query) { return this; }

    @Override public Prepared prepare(Graph graph, PassRunner runner) { return inputs -> Interpreter.run(graph, inputs); }
}
