package dev.tcc.passes.lower;

import dev.tcc.ir.program.Profile;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.DeviceTypes;
import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.passes.fusion.Fusion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one lowering: the graph facts every kernel consults (producers, the fusion plan), the
 * buffers handed out so far, the weight bytes and the launches in order.
 */
final class ProgramBuilder {
    final Graph graph;
    final Fusion.Plan plan;
    final Profile target;
    final Map<String, Node> producer = new HashMap<>();
    final Set<String> graphOutputs = new HashSet<>();
    private final Set<String> read = new HashSet<>();
    private final Map<String, KernelProgram.Buffer> buffers = new LinkedHashMap<>();
    private final Map<String, String> bufferOfValue = new HashMap<>();
    /** The weight tensors in order, each at its offset; encoded once into the joined array, at {@link #finish}. */
    private final List<WeightCache.Placed> weights = new ArrayList<>();
    private final WeightCache weightCache;
    private long weightBytes;
    final List<KernelProgram.Launch> launches = new ArrayList<>();
    private final Set<String> kernelNames = new HashSet<>();
    private final Map<String, String> weightsByHint = new HashMap<>();
    private final Map<String, Integer> checks = new LinkedHashMap<>();
    private String status;

    ProgramBuilder(Graph graph, Fusion.Plan plan, Profile target, WeightCache weightCache) {
        this.graph = graph;
        this.weightCache = weightCache;
        this.plan = plan;
        this.target = target;
        for (Node n : graph.nodes()) for (Value v : n.outputs()) producer.put(v.name(), n);
        graph.outputs().forEach(v -> graphOutputs.add(v.name()));
        for (Node n : graph.nodes()) for (Value v : n.inputs()) read.add(v.name());
        read.addAll(graphOutputs);
        for (Value in : graph.inputs()) {
            check(in);
            bufferOfValue.put(in.name(), add(in.name(), DeviceTypes.storage(in.type().dtype()), in.type().size(), KernelProgram.Role.INPUT, -1));
        }
    }

    /** Rejects element types the target cannot hold. */
    void check(Value v) {
        DType t = v.type().dtype();
        DeviceTypes.storage(t);
        if (v.type().size() > Integer.MAX_VALUE) {
            throw new LoweringException("value '" + v.name() + "' " + v.type() + " has 2^31 or more elements; kernels index with 32 bits");
        }
        if (t == DType.F64 && !target.fp64()) {
            throw new LoweringException("value '" + v.name() + "' is f64, which " + target.name() + " does not support (no 64-bit floats: no cl_khr_fp64 on OpenCL, none in WGSL); "
                    + "convert the model to f32");
        }
    }

    Node producer(Value v) { return producer.get(v.name()); }

    /** True when a node or the graph's outputs read {@code v} (an anchor need not write an output nobody reads). */
    boolean isRead(Value v) { return read.contains(v.name()); }

    KernelProgram.Buffer bufferSpec(String name) {
        KernelProgram.Buffer b = buffers.get(name);
        if (b == null) throw new IllegalStateException("no buffer " + name);
        return b;
    }

    /**
     * The buffer holding {@code v}, or null when kernels compute it where they read it (an inlined value
     * or a one-element constant, which becomes a literal).
     */
    String bufferOf(Value v) {
        String known = bufferOfValue.get(v.name());
        if (known != null) return known;
        Value alias = plan.aliases().get(v.name());
        if (alias != null) return bufferOf(alias);
        Node p = producer(v);
        if (p != null && p.op() instanceof Op.Constant c) return c.value().size() == 1 ? null : constantBuffer(v, c.value());
        if (!plan.isMaterialised(v)) return null;
        check(v);
        String b = add(v.name(), DeviceTypes.storage(v.type().dtype()), v.type().size(), KernelProgram.Role.TEMP, -1);
        bufferOfValue.put(v.name(), b);
        return b;
    }

    /** The buffer of {@code v}, made for a one-element constant too (a graph output needs one). */
    String requireBuffer(Value v) {
        String b = bufferOf(v);
        if (b != null) return b;
        Node p = producer(v);
        if (p != null && p.op() instanceof Op.Constant c) return constantBuffer(v, c.value());
        throw new IllegalStateException("value " + v.name() + " has no buffer and is not a constant");
    }

    private String constantBuffer(Value v, Tensor t) {
        check(v);
        String b = weight(v.name(), t);
        bufferOfValue.put(v.name(), b);
        return b;
    }

    /** A weight buffer holding {@code t} in its device representation; one per {@code hint}. */
    String weight(String hint, Tensor t) {
        String known = weightsByHint.get(hint);
        if (known != null) return known;
        DType storage = DeviceTypes.storage(t.dtype());
        WeightCache.Placed placed = new WeightCache.Placed(t, storage, (weightBytes + 63) / 64 * 64);
        weights.add(placed);
        weightBytes = placed.end();
        String b = add(hint, storage, t.size(), KernelProgram.Role.WEIGHT, placed.offset());
        weightsByHint.put(hint, b);
        return b;
    }

    /**
     * The weights as one array, zero-padded so that each starts at a multiple of 64 bytes: allocated once at its final
     * size and encoded in place (a growing stream copied the CLIP encoder's 469 MiB several times on each lowering, which
     * the tuner repeats for every candidate), or the previous lowering's array where the same tensors sit at the same
     * offsets ({@link WeightCache}).
     */
    private byte[] joinedWeights() { return weightCache.join(weights, weightBytes); }

    /** A scratch buffer only kernels use. */
    String scratch(String hint, DType storage, long elements) {
        return add(hint, storage, elements, KernelProgram.Role.TEMP, -1);
    }

    private String add(String hint, DType storage, long elements, KernelProgram.Role role, long offset) {
        String name = hint;
        for (int i = 1; buffers.containsKey(name); i++) name = hint + "#" + i;
        buffers.put(name, new KernelProgram.Buffer(name, storage, elements, role, offset));
        return name;
    }

    /** The status buffer device checks write (made on first use; sized in {@link #finish}). */
    String statusBuffer() {
        if (status == null) status = add("status", DType.I32, 1, KernelProgram.Role.STATUS, -1);
        return status;
    }

    /** The status slot of the device check that reports {@code message} (one slot per distinct message). */
    int check(String message) { return checks.computeIfAbsent(message, m -> checks.size()); }

    /** A kernel name unique in the program: {@code k<index>_<what>}. */
    String kernelName(String what) {
        String base = "k" + launches.size() + "_" + what.replaceAll("[^A-Za-z0-9_]", "_");
        String n = base;
        for (int i = 1; !kernelNames.add(n); i++) n = base + "_" + i;
        return n;
    }

    /** Appends a launch of a kernel a template built. */
    void launch(Emitter.Built b, String anchor) {
        launches.add(KernelProgram.Launch.of(b.kernel(), b.args(), anchor, b.fused(), b.tuning()));
    }

    /** Adds {@code notes} to the tuning annotations of every launch from index {@code first} on. */
    void annotate(int first, Map<String, String> notes) {
        for (int i = first; i < launches.size(); i++) {
            KernelProgram.Launch l = launches.get(i);
            Map<String, String> t = new LinkedHashMap<>(l.tuning());
            t.putAll(notes);
            launches.set(i, new KernelProgram.Launch(l.signature(), l.args(), l.anchor(), l.fused(), t, l.code()));
        }
    }

    KernelProgram finish() {
        List<KernelProgram.Binding> ins = graph.inputs().stream()
                .map(v -> new KernelProgram.Binding(v.name(), v.type(), bufferOfValue.get(v.name()))).toList();
        List<KernelProgram.Binding> outs = new ArrayList<>();
        for (int i = 0; i < graph.outputs().size(); i++) {
            Value v = graph.outputs().get(i);
            outs.add(new KernelProgram.Binding(graph.outputNames().get(i), v.type(), requireBuffer(v)));
        }
        if (status != null) buffers.put(status, new KernelProgram.Buffer(status, DType.I32, Math.max(1, checks.size()), KernelProgram.Role.STATUS, -1));
        List<KernelProgram.Check> cs = checks.entrySet().stream().map(e -> new KernelProgram.Check(e.getValue(), e.getKey())).toList();
        return new KernelProgram(graph.name(), target, List.copyOf(buffers.values()), ins, outs, launches, joinedWeights(),
                dev.tcc.ir.program.MemoryPlan.NONE, cs);
    }
}
