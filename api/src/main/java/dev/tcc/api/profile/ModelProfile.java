package dev.tcc.api.profile;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tcc.compiler.Compilation;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Value;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.CostModel;
import dev.tcc.passes.fusion.Fusion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a compiled model costs: parameters, weight bytes, FLOPs (a multiply-add counts 2, {@link CostModel})
 * and bytes moved per kernel of the fusion plan and in total, the device memory the program allocates, and a
 * roofline-style latency bound per {@link DeviceClass}.
 *
 * <p>Each graph node is charged to one kernel: the kernel it anchors or whose output it writes, else (an
 * expression or index map fused into its readers) the kernel of its first reader. A kernel's bytes are what
 * it reads from buffers outside it (inputs, weights, other kernels' outputs) plus what it writes, so fused
 * intermediates cost nothing. A kernel's time on a device class is {@code max(FLOPs / peak, bytes / bandwidth)
 * + launch overhead}; the model's is the sum over the program's launches.
 *
 * @param model            the model's name
 * @param parameters       weight elements
 * @param weightBytes      bytes of weights the program carries
 * @param kernels          per fusion-plan kernel, in execution order
 * @param launches         kernel launches one run makes (a kernel may take more than one)
 * @param peakMemoryBytes  device memory the program allocates (weights, inputs, outputs, intermediates)
 */
public record ModelProfile(String model, long parameters, long weightBytes, List<KernelCost> kernels, int launches, long peakMemoryBytes) {

    /** One kernel's work. */
    public record KernelCost(String name, long flops, long bytes) {}

    /** A prediction for one device class. */
    public record Prediction(DeviceClass device, double seconds, List<Double> perKernel, boolean withinBudget) {
        public double millis() { return seconds * 1e3; }
    }

    public long flops() { return kernels.stream().mapToLong(KernelCost::flops).sum(); }

    public long bytesMoved() { return kernels.stream().mapToLong(KernelCost::bytes).sum(); }

    /** The profile of {@code c}. */
    public static ModelProfile of(Compilation c) {
        Graph g = c.graph();
        Fusion.Plan plan = c.plan();
        Map<String, Integer> owner = new HashMap<>();          // node name -> kernel index
        Map<String, Node> producer = new HashMap<>();           // value name -> node
        Map<String, List<Node>> readers = new HashMap<>();
        for (Node n : g.nodes()) {
            for (Value v : n.outputs()) producer.put(v.name(), n);
            for (Value v : n.inputs()) readers.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(n);
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < plan.kernels().size(); k++) {
            Fusion.Kernel fk = plan.kernels().get(k);
            if (fk.anchor() != null) owner.putIfAbsent(fk.anchor().name(), k);
            for (Value v : fk.outputs()) {
                Node p = producer.get(v.name());
                if (p != null) owner.putIfAbsent(p.name(), k);
            }
            String what = fk.anchor() != null ? fk.anchor().op().mnemonic() + " " + fk.anchor().name()
                    : "elementwise " + (fk.outputs().isEmpty() ? "" : fk.outputs().getFirst().name());
            names.add("k" + k + " " + what);
        }
        // expressions and index maps go to their first reader's kernel (walk from the outputs back)
        List<Node> nodes = g.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            if (owner.containsKey(n.name()) || n.op() instanceof Op.Constant) continue;
            Integer k = null;
            for (Value v : n.outputs()) {
                for (Node r : readers.getOrDefault(v.name(), List.of())) {
                    Integer rk = owner.get(r.name());
                    if (rk != null && (k == null || rk < k)) k = rk;
                }
            }
            if (k != null) owner.put(n.name(), k);
        }
        long[] flops = new long[names.size() + 1];
        List<Set<String>> read = new ArrayList<>();
        for (int k = 0; k <= names.size(); k++) read.add(new HashSet<>());
        long[] bytes = new long[names.size() + 1];
        int other = names.size();
        for (Node n : nodes) {
            if (n.op() instanceof Op.Constant) continue;
            int k = owner.getOrDefault(n.name(), other);
            flops[k] += flops(n);
            for (Value v : n.inputs()) {
                Node p = producer.get(v.name());
                boolean inside = p != null && !(p.op() instanceof Op.Constant) && owner.getOrDefault(p.name(), other) == k
                        && !plan.isMaterialised(v);
                if (!inside && read.get(k).add(v.name())) bytes[k] += CostModel.bytes(v.type());
            }
        }
        for (int k = 0; k < names.size(); k++) {
            for (Value v : plan.kernels().get(k).outputs()) bytes[k] += CostModel.bytes(v.type());
        }
        List<KernelCost> ks = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) ks.add(new KernelCost(names.get(k), flops[k], bytes[k]));
        if (flops[other] > 0 || bytes[other] > 0) ks.add(new KernelCost("unassigned", flops[other], bytes[other]));
        KernelProgram p = c.program();
        long params = p.buffers().stream().filter(b -> b.role() == KernelProgram.Role.WEIGHT).mapToLong(KernelProgram.Buffer::elements).sum();
        long peak = p.buffers().stream().mapToLong(KernelProgram.Buffer::bytes).sum();
        return new ModelProfile(g.name(), params, p.weights().length, ks, p.kernelCount(), peak);
    }

    /**
     * {@link CostModel}'s FLOPs, except for recurrent layers: CostModel charges a flat 10 per gate element for
     * the activations; here they follow ONNX's equations (per step, batch row, direction and hidden unit: the
     * bias adds, one per activation, and the state update), which keeps GRU models within 2% of a count by hand.
     */
    static long flops(Node n) {
        if (n.op() instanceof dev.tcc.ir.Structured.Rnn r) {
            dev.tcc.ir.TensorType x = n.inputs().get(0).type();
            long seq = x.shape().dim(0), batch = x.shape().dim(1), in = x.shape().dim(2), h = r.hiddenSize();
            long gates = switch (r.kind()) { case RNN -> 1; case GRU -> 3; case LSTM -> 4; };
            long pointwise = switch (r.kind()) { case RNN -> 3; case GRU -> 14; case LSTM -> 16; };
            return seq * batch * r.directions() * h * (2 * gates * (in + h) + pointwise);
        }
        return CostModel.of(n).flops();
    }

    /** The predicted time on {@code d}; within budget when {@code budgetSeconds} is not positive or the time fits. */
    public Prediction predict(DeviceClass d, double budgetSeconds) {
        List<Double> per = new ArrayList<>();
        double total = 0;
        for (KernelCost k : kernels) {
            double s = d.seconds(k.flops(), k.bytes());
            per.add(s);
            total += s;
        }
        int extra = launches - kernels.size();
        if (extra > 0) total += extra * d.launchSeconds();
        return new Prediction(d, total, per, budgetSeconds <= 0 || total <= budgetSeconds);
    }

    /** Predictions for {@code devices}. */
    public List<Prediction> predict(List<DeviceClass> devices, double budgetSeconds) {
        return devices.stream().map(d -> predict(d, budgetSeconds)).toList();
    }

    /** The JSON {@code tcc profile --json} writes. */
    public String json(List<Prediction> predictions, double budgetSeconds) {
        JsonObject o = new JsonObject();
        o.addProperty("model", model);
        o.addProperty("parameters", parameters);
        o.addProperty("weight_bytes", weightBytes);
        o.addProperty("flops", flops());
        o.addProperty("bytes_moved", bytesMoved());
        o.addProperty("peak_memory_bytes", peakMemoryBytes);
        o.addProperty("launches", launches);
        if (budgetSeconds > 0) o.addProperty("budget_ms", budgetSeconds * 1e3);
        JsonArray ds = new JsonArray();
        for (Prediction pr : predictions) {
            JsonObject d = new JsonObject();
            d.addProperty("name", pr.device().name());
            d.addProperty("predicted_ms", Math.round(pr.millis() * 1e4) / 1e4);
            d.addProperty("within_budget", pr.withinBudget());
            d.addProperty("example", pr.device().example());
            d.addProperty("source", pr.device().source());
            ds.add(d);
        }
        o.add("devices", ds);
        JsonArray ks = new JsonArray();
        for (KernelCost k : kernels) {
            JsonObject j = new JsonObject();
            j.addProperty("name", k.name());
            j.addProperty("flops", k.flops());
            j.addProperty("bytes", k.bytes());
            ks.add(j);
        }
        o.add("kernels", ks);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    /** The human-readable table {@code tcc profile} prints. */
    public String table(List<Prediction> predictions, double budgetSeconds) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "model: %s%nparameters: %,d (%,d weight bytes)%nFLOPs: %,d (a multiply-add counts 2)%n"
                + "bytes moved: %,d (fused: each kernel's reads from buffers and writes)%npeak memory: %,d bytes (every buffer, as allocated)%n"
                + "kernels: %d, launches: %d%n", model, parameters, weightBytes, flops(), bytesMoved(), peakMemoryBytes, kernels.size(), launches));
        b.append(String.format(Locale.ROOT, "%n%-44s %16s %14s", "kernel", "FLOPs", "bytes"));
        for (Prediction pr : predictions) b.append(String.format(Locale.ROOT, " %14s", pr.device().name() + " us"));
        b.append('\n');
        for (int i = 0; i < kernels.size(); i++) {
            KernelCost k = kernels.get(i);
            String n = k.name().length() > 44 ? k.name().substring(0, 41) + "..." : k.name();
            b.append(String.format(Locale.ROOT, "%-44s %,16d %,14d", n, k.flops(), k.bytes()));
            for (Prediction pr : predictions) {
                double s = pr.perKernel().get(i);
                double compute = k.flops() / pr.device().flopsPerSecond(), memory = k.bytes() / pr.device().bytesPerSecond();
                String bound = s - pr.device().launchSeconds() <= 0 ? "" : compute >= memory ? "c" : "m";
                b.append(String.format(Locale.ROOT, " %13.1f%s", s * 1e6, bound.isEmpty() ? " " : bound));
            }
            b.append('\n');
        }
        b.append(String.format(Locale.ROOT, "%-44s %,16d %,14d%n", "total", flops(), bytesMoved()));
        b.append("(c: compute-bound, m: memory-bound; each kernel's bound includes one launch)\n\npredicted latency (roofline lower bound)");
        if (budgetSeconds > 0) b.append(String.format(Locale.ROOT, ", budget %.1f ms", budgetSeconds * 1e3));
        b.append(":\n");
        for (Prediction pr : predictions) {
            b.append(String.format(Locale.ROOT, "  %-14s %10.3f ms  %-9s %s%n    source: %s%n", pr.device().name(), pr.millis(),
                    budgetSeconds <= 0 ? "" : pr.withinBudget() ? "within" : "OVER", pr.device().example(), pr.device().source()));
        }
        return b.toString();
    }

    /** {@code 150ms}, {@code 0.2s}, {@code 150} (milliseconds) as seconds. */
    public static double parseBudget(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        double scale = 1e-3;
        if (t.endsWith("ms")) t = t.substring(0, t.length() - 2);
        else if (t.endsWith("us")) { t = t.substring(0, t.length() - 2); scale = 1e-6; }
        else if (t.endsWith("s")) { t = t.substring(0, t.length() - 1); scale = 1; }
        try {
            double v = Double.parseDouble(t.trim()) * scale;
            if (!(v > 0)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("budget '" + s + "': expected a positive time such as 150ms or 0.2s");
        }
    }

}
