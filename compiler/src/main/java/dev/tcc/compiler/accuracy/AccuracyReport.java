package dev.tcc.compiler.accuracy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.passes.CostModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * What a change to a model (quantisation, pruning) cost in accuracy and what it saved: both graphs run on the
 * reference interpreter on the model's sample inputs and on seeded random inputs, and every output of the changed
 * graph is compared with the reference's.
 *
 * <p>Per output and per kind of input set ({@code "sample"}, {@code "random"}): the largest absolute difference,
 * the mean absolute difference over every element of every set, the smallest cosine similarity of one set, and,
 * for outputs that look like class scores (floats whose last dimension is at least 2), the share of rows whose
 * arg-max (top-1 class) is the same. Weight bytes are the storage bytes of the graph's constants and FLOPs are
 * {@link CostModel}'s, before and after.
 *
 * @param errors per output and kind of input set, sample sets first
 * @param before the reference graph's weights and FLOPs
 * @param after  the changed graph's weights and FLOPs
 */
public record AccuracyReport(List<OutputError> errors, Footprint before, Footprint after) {
    /** The kind of input set read from the model's folder. */
    public static final String SAMPLE = "sample";
    /** The kind of input set drawn at random. */
    public static final String RANDOM = "random";

    /**
     * The error of one output over the input sets of one kind.
     *
     * @param output        the output's name
     * @param inputs        {@link #SAMPLE} or {@link #RANDOM}
     * @param sets          how many input sets were compared
     * @param maxAbs        the largest absolute difference
     * @param meanAbs       the mean absolute difference over every element
     * @param cosine        the smallest cosine similarity of one set's output to the reference's
     * @param top1Agreement the share of rows with the same arg-max; null unless the output looks like class scores
     */
    public record OutputError(String output, String inputs, int sets, double maxAbs, double meanAbs, double cosine, Double top1Agreement) {}

    /** The size and work of a graph: storage bytes of its constants and {@link CostModel} FLOPs. */
    public record Footprint(long weightBytes, long flops) {
        /** The footprint of {@code g}. */
        public static Footprint of(Graph g) {
            long bytes = 0;
            for (Node n : g.nodes()) if (n.op() instanceof Op.Constant c) bytes += CostModel.bytes(c.value().type());
            return new Footprint(bytes, CostModel.total(g).flops());
        }
    }

    /**
     * Compares {@code changed} with {@code reference} on {@code sampleInputs} (by input name; empty when the model
     * has none) and on {@code randomSets} sets of {@link RandomInputs} drawn from {@code seed}. Both graphs must have
     * the same inputs and outputs.
     */
    public static AccuracyReport compare(Graph reference, Graph changed, Map<String, Tensor> sampleInputs, int randomSets, long seed) {
        return compare(reference, in -> Interpreter.run(changed, in), Footprint.of(changed), sampleInputs, randomSets, seed);
    }

    /**
     * Like {@link #compare(Graph, Graph, Map, int, long)}, with the changed model run by {@code changed} (a lowered
     * program on a device, say: its outputs in graph output order) and its footprint given.
     */
    public static AccuracyReport compare(Graph reference, Function<Map<String, Tensor>, List<Tensor>> changed, Footprint after,
                                         Map<String, Tensor> sampleInputs, int randomSets, long seed) {
        List<OutputError> errors = new ArrayList<>();
        if (!sampleInputs.isEmpty()) errors.addAll(errors(reference, changed, List.of(only(reference, sampleInputs)), SAMPLE));
        Random r = new Random(seed);
        List<Map<String, Tensor>> random = new ArrayList<>();
        for (int i = 0; i < randomSets; i++) random.add(randomInputs(reference, r));
        if (randomSets > 0) errors.addAll(errors(reference, changed, random, RANDOM));
        return new AccuracyReport(List.copyOf(errors), Footprint.of(reference), after);
    }

    private static List<OutputError> errors(Graph reference, Function<Map<String, Tensor>, List<Tensor>> changed, List<Map<String, Tensor>> sets,
                                            String kind) {
        List<ErrorStats> stats = new ArrayList<>();
        for (Map<String, Tensor> in : sets) {
            List<Tensor> ref = Interpreter.run(reference, in), got = changed.apply(in);
            for (int o = 0; o < ref.size(); o++) {
                if (stats.size() <= o) stats.add(new ErrorStats(ErrorStats.looksLikeClassScores(ref.get(o))));
                stats.get(o).add(ref.get(o), got.get(o));
            }
        }
        List<OutputError> out = new ArrayList<>();
        for (int o = 0; o < stats.size(); o++) out.add(stats.get(o).result(reference.outputNames().get(o), kind));
        return out;
    }

    /** The entries of {@code inputs} that {@code g} declares (the importer may have bound others as values). */
    private static Map<String, Tensor> only(Graph g, Map<String, Tensor> inputs) {
        Map<String, Tensor> m = new LinkedHashMap<>();
        for (Value v : g.inputs()) m.put(v.name(), inputs.get(v.name()));
        return m;
    }

    private static Map<String, Tensor> randomInputs(Graph g, Random r) {
        Map<String, Tensor> m = new LinkedHashMap<>();
        for (Value v : g.inputs()) m.put(v.name(), RandomInputs.tensor(v.type(), r));
        return m;
    }

    /** The smallest cosine similarity of any output on any input set (1 when there are no outputs). */
    public double worstCosine() { return errors.stream().mapToDouble(OutputError::cosine).min().orElse(1); }

    /** The report as text: the footprint before and after, then one line per output and kind of input set. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "weight bytes: %,d -> %,d (%.3fx)%nFLOPs: %,d -> %,d (%.3fx)%n",
                before.weightBytes, after.weightBytes, ratio(after.weightBytes, before.weightBytes),
                before.flops, after.flops, ratio(after.flops, before.flops)));
        b.append(String.format(Locale.ROOT, "%-32s %-7s %4s %12s %12s %10s %6s%n", "output", "inputs", "sets", "max abs", "mean abs", "cosine", "top-1"));
        for (OutputError e : errors) {
            String top1 = e.top1Agreement() == null ? "-" : String.format(Locale.ROOT, "%.3f", e.top1Agreement());
            b.append(String.format(Locale.ROOT, "%-32s %-7s %4d %12.4g %12.4g %10.6f %6s%n",
                    e.output(), e.inputs(), e.sets(), e.maxAbs(), e.meanAbs(), e.cosine(), top1));
        }
        return b.toString();
    }

    private static double ratio(long a, long b) { return b == 0 ? 1 : (double) a / b; }

    /** The report as JSON: {@code before}/{@code after} footprints and an {@code outputs} array, one object per row of {@link #table}. */
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.add("before", json(before));
        o.add("after", json(after));
        JsonArray rows = new JsonArray();
        for (OutputError e : errors) {
            JsonObject r = new JsonObject();
            r.addProperty("output", e.output());
            r.addProperty("inputs", e.inputs());
            r.addProperty("sets", e.sets());
            r.addProperty("max_abs", e.maxAbs());
            r.addProperty("mean_abs", e.meanAbs());
            r.addProperty("cosine", e.cosine());
            if (e.top1Agreement() != null) r.addProperty("top1_agreement", e.top1Agreement());
            rows.add(r);
        }
        o.add("outputs", rows);
        return o;
    }

    private static JsonObject json(Footprint f) {
        JsonObject o = new JsonObject();
        o.addProperty("weight_bytes", f.weightBytes());
        o.addProperty("flops", f.flops());
        return o;
    }
}
