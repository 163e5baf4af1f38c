package dev.tcc.frontend.onnx;

import dev.tcc.ir.Value;

import java.util.HashMap;
import java.util.Map;

/** ONNX names visible in a graph: its own values, then the enclosing graphs' (for subgraphs). */
final class Scope {
    private final Scope parent;
    private final Map<String, Value> values = new HashMap<>();

    Scope(Scope parent) { this.parent = parent; }

    void define(String name, Value v) { values.put(name, v); }

    Value lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Value v = s.values.get(name);
            if (v != null) return v;
        }
        return null;
    }
}
