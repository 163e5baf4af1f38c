package dev.tcc.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outputs of one {@link Model#run}, by name, in the model's order. Immutable. */
public final class Outputs {
    private final Map<String, Tensor> byName;

    Outputs(Map<String, Tensor> byName) { this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName)); }

    /** The output called {@code name}; an error listing the model's outputs otherwise. */
    public Tensor get(String name) {
        Tensor t = byName.get(name);
        if (t == null) throw new TccApiException("the model has no output '" + name + "'; its outputs: " + byName.keySet());
        return t;
    }

    /** The first output (the only one, for most models). */
    public Tensor first() { return byName.values().iterator().next(); }

    /** Output names in the model's order. */
    public List<String> names() { return List.copyOf(byName.keySet()); }

    public Map<String, Tensor> asMap() { return byName; }

    @Override public String toString() { return byName.toString(); }
}
