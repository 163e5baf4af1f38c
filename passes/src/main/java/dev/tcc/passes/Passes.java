package dev.tcc.passes;

import dev.tcc.passes.graph.GraphPasses;
import dev.tcc.passes.quant.QuantScheme;
import dev.tcc.passes.quant.QuantizeWeights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every pass tcc knows, by name. A new pass is one class and one line here (and a line in {@link Pipeline}
 * when it belongs in the default pipeline).
 */
public final class Passes {
    private Passes() {}

    private static final Map<String, Pass> ALL = new LinkedHashMap<>();

    static {
        register(new InferShapes());
        register(new FoldConstants());
        register(new EliminateDeadCode());
        register(GraphPasses.CANONICALIZE);
        register(GraphPasses.RECOGNIZE_ATTENTION);
        register(new QuantizeWeights(QuantScheme.INT8, QuantizeWeights.DEFAULT_GROUP));
    }

    private static void register(Pass p) {
        if (ALL.put(p.name(), p) != null) throw new IllegalStateException("pass " + p.name() + " registered twice");
    }

    /** All registered passes, in registration order. */
    public static List<Pass> all() { return List.copyOf(ALL.values()); }

    /** The pass called {@code name}; an error listing the known names when there is none. */
    public static Pass byName(String name) {
        Pass p = ALL.get(name);
        if (p == null) throw new IllegalArgumentException("unknown pass '" + name + "'; known passes: " + String.join(", ", ALL.keySet()));
        return p;
    }

    /**
     * A pipeline from a comma-separated list of pass names; {@code default} stands for {@link Pipeline#defaults()}
     * and {@code none} (or an empty string) for no passes.
     */
    public static List<Pass> parse(String spec) {
        List<Pass> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String name = part.strip();
            if (name.isEmpty() || name.equals("none")) continue;
            if (name.equals("default")) out.addAll(Pipeline.defaults());
            else out.add(byName(name));
        }
        return out;
    }
}
