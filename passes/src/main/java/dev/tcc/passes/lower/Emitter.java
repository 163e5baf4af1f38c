package dev.tcc.passes.lower;

import dev.tcc.ir.program.Profile;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.DeviceTypes;
import dev.tcc.ir.DType;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Numerics;
import dev.tcc.ir.Op;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Exprs;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Builds one kernel: binds the buffers it touches as parameters and turns graph values into kernel
 * expressions. {@link #valueAt} is the heart of lowering: a value with a buffer is a load at the
 * linearised index; a one-element constant is a literal; any other value is computed in place from its
 * producer's element formula ({@link #compute}): elementwise ops on their operands at the broadcast index,
 * movement ops by remapping the index ({@link IndexMaps}), window and reduction ops by loops
 * ({@link Formulas}). Every computed value is bound to a variable and memoised per index, so a value read
 * twice is computed once. An anchor's result fed to its epilogue is an <i>override</i>: the variable
 * holding it, valid at one linear index.
 */
final class Emitter {
    final ProgramBuilder pb;
    final Profile target;
    final KernelBuilder kb;
    private final Map<String, BufferParam> params = new HashMap<>();
    private final List<KernelProgram.Arg> args = new ArrayList<>();
    private final Map<String, Override> overrides = new HashMap<>();
    private final Set<Node> fused = new LinkedHashSet<>();
    private final Set<String> paramNames = new java.util.HashSet<>();
    private final Map<String, String> tuning = new LinkedHashMap<>();

    private record Override(Expr value, Expr linear) {}

    private record ValueKey(String value, List<Expr> idx) {}

    private Emitter(ProgramBuilder pb, KernelBuilder kb) {
        this.pb = pb;
        this.target = pb.target;
        this.kb = kb;
    }

    /** What a template produced. */
    record Built(Kernel kernel, List<KernelProgram.Arg> args, List<String> fused, Map<String, String> tuning) {}

    /** Builds a kernel named {@code name} with {@code spec}, which sets the grid and body through the emitter. */
    static Built build(ProgramBuilder pb, String name, BiConsumer<Emitter, KernelBuilder> spec) {
        Emitter[] holder = new Emitter[1];
        Kernel k = Kernel.build(name, kb -> {
            holder[0] = new Emitter(pb, kb);
            spec.accept(holder[0], kb);
        });
        Emitter e = holder[0];
        List<String> fusedOps = e.fused.stream().map(n -> n.op().mnemonic() + " " + n.name()).toList();
        return new Built(k, e.args, fusedOps, e.tuning);
    }

    /** Notes that {@code n} is computed inside this kernel (for the kernel's description). */
    void fuse(Node n) { fused.add(n); }

    /** Records a template choice for the manifest and {@code tcc inspect}. */
    void tune(String key, Object value) { tuning.put(key, String.valueOf(value)); }

    // ---- parameters

    private BufferParam param(String buffer, BufferParam.Access access) {
        BufferParam p = params.get(buffer);
        if (p != null) {
            if (p.access() != access) throw new IllegalStateException("buffer " + buffer + " bound as " + p.access() + " and " + access);
            return p;
        }
        KernelProgram.Buffer b = pb.bufferSpec(buffer);
        String base = (access == BufferParam.Access.READ ? "in_" : "out_") + b.name().replaceAll("[^A-Za-z0-9_]", "_");
        if (base.length() > 40) base = base.substring(0, 40);
        String n = base;
        for (int i = 1; !paramNames.add(n); i++) n = base + "_" + i;
        p = kb.buffer(n, b.storage(), access);
        params.put(buffer, p);
        args.add(new KernelProgram.Arg.BufferArg(buffer));
        return p;
    }

    BufferParam reads(String buffer) { return param(buffer, BufferParam.Access.READ); }

    BufferParam writes(String buffer) { return param(buffer, BufferParam.Access.WRITE); }

    BufferParam readsAndWrites(String buffer) { return param(buffer, BufferParam.Access.READ_WRITE); }

    // ---- values

    /** The value type kernels compute {@code v} in. */
    static DType vt(Value v) { return DeviceTypes.value(v.type().dtype()); }

    /** Element {@code idx} of {@code v} as a kernel expression of its value type. */
    Expr valueAt(Scope s, Value v, List<Expr> idx) {
        Override o = overrides.get(v.name());
        if (o != null) {
            Expr lin = Ix.linear(s, idx, v.type().shape());
            if (!lin.equals(o.linear())) {
                throw new IllegalStateException("epilogue reads " + v.name() + " at " + lin + " but the anchor computed it at " + o.linear());
            }
            return o.value();
        }
        ValueKey key = new ValueKey(v.name(), List.copyOf(idx));
        Expr known = s.lookup(key);
        if (known != null) return known;
        String buffer = pb.bufferOf(v);
        Expr r;
        if (buffer != null) {
            r = s.let("v", Exprs.load(reads(buffer), Ix.linear(s, idx, v.type().shape())));
        } else {
            Node p = pb.producer(v);
            if (p == null) throw new IllegalStateException("value " + v.name() + " has neither a buffer nor a producer");
            if (p.op() instanceof Op.Constant c) return literal(c.value(), 0);
            fused.add(p);
            r = s.let("v", compute(s, p, idx));
        }
        return s.remember(key, r);
    }

    /** Element {@code i} of constant {@code t} as a literal of its value type. */
    static Expr literal(Tensor t, int i) {
        DType vt = DeviceTypes.value(t.dtype());
        if (vt == DType.BOOL) return Exprs.bool(t.getLong(i) != 0);
        return vt.isFloat() ? Exprs.lit(vt, t.getDouble(i)) : Exprs.lit(vt, t.getLong(i));
    }

    /** A number of graph type {@code t} (rounded or wrapped to it) as a literal of its value type. */
    static Expr literal(DType t, double v) {
        DType vt = DeviceTypes.value(t);
        if (vt == DType.BOOL) return Exprs.bool(v != 0);
        return vt.isFloat() ? Exprs.lit(vt, Numerics.round(t, v)) : Exprs.lit(vt, Numerics.toInteger(t, v));
    }

    /** The element at {@code idx} of {@code n}'s (single) output, from its element formula. */
    Expr compute(Scope s, Node n, List<Expr> idx) {
        Value out = n.outputs().get(0);
        return switch (n.op()) {
            case Op.Constant c -> c.value().size() == 1 ? literal(c.value(), 0) : valueAt(s, out, idx);
            case Elementwise e -> elementwise(s, n, e, idx);
            case Movement m -> IndexMaps.compute(this, s, n, m, idx);
            case Linalg l -> Formulas.linalg(this, s, n, l, idx);
            case Reduction r -> Formulas.reduction(this, s, n, r, idx);
            case Structured st -> throw new IllegalStateException(st.mnemonic() + " has no element formula; it needs its own template");
            case Dequantize d -> DequantizeFormula.compute(this, s, n, d, idx);
        };
    }

    private Expr elementwise(Scope s, Node n, Elementwise e, List<Expr> idx) {
        Value out = n.outputs().get(0);
        List<Expr> ops = new ArrayList<>();
        for (Value in : n.inputs()) ops.add(valueAt(s, in, Ix.broadcast(idx, in.type().shape(), out.type().shape())));
        DType od = out.type().dtype();
        return switch (e) {
            case Elementwise.Unary u -> ScalarOps.unary(s, u.fn(), ops.get(0), n.inputs().get(0).type().dtype(), od, target);
            case Elementwise.Binary b -> ScalarOps.binary(s, b.fn(), ops.get(0), n.inputs().get(0).type().dtype(), ops.get(1),
                    n.inputs().get(1).type().dtype(), od, target);
            case Elementwise.Select sel -> Exprs.select(ops.get(0), ops.get(1), ops.get(2));
            case Elementwise.Cast c -> ScalarOps.castOp(s, ops.get(0), n.inputs().get(0).type().dtype(), c, target);
            case Elementwise.BitCast b when !b.to().isFloat() && !n.inputs().get(0).type().dtype().isFloat() ->
                    b.to() == DType.BOOL ? Exprs.ne(ops.get(0), Exprs.lit(ops.get(0).type(), 0L))
                            : ScalarOps.fit(s, Exprs.cast(DeviceTypes.value(b.to()), ops.get(0)), b.to());
            case Elementwise.BitCast b -> throw new LoweringException("node " + n.name() + ": bitcast to " + b.to()
                    + " is not supported on OpenCL yet (kernel IR has no bit reinterpretation)");
        };
    }

    // ---- device checks

    /**
     * Flags the program's check {@code message} when {@code failed} holds: the kernel writes {@code culprit}
     * (an i32, never zero where the check fails) to the check's slot of the status buffer, which the runtime
     * reads after each run ({@link KernelProgram#checks}).
     */
    void check(Scope s, Expr failed, Expr culprit, String message) {
        int slot = pb.check(message);
        BufferParam p = writes(pb.statusBuffer());
        s.ifThen(failed, t -> t.store(p, Ix.lit(slot), culprit));
    }

    // ---- outputs

    /** Stores {@code value} (the value type of {@code out}) as element {@code linear} of {@code out}'s buffer. */
    void store(Scope s, Value out, Expr linear, Expr value) {
        DType t = out.type().dtype();
        Expr v = DeviceTypes.isNarrowFloat(t) && t != DType.F16 ? NarrowFloats.round(s, value, t) : value;
        s.store(writes(pb.bufferOf(out)), linear, v);
    }

    /**
     * Stores the anchor's result {@code anchorValue} (output {@code k} of {@code anchor}, at {@code linear})
     * through the epilogue chain that ends at {@code out}: the chain is computed at the same linear index
     * with the anchor's output standing for {@code anchorValue}.
     */
    void storeThrough(Scope s, Node anchor, int k, Value out, Expr linear, Expr anchorValue) {
        Value a = anchor.outputs().get(k);
        Expr lin = s.let("o", linear);
        if (a.name().equals(out.name())) {
            store(s, out, lin, anchorValue);
            return;
        }
        overrides.put(a.name(), new Override(s.let("y", anchorValue), lin));
        List<Expr> idx = Ix.delinear(s, lin, out.type().shape());
        Node last = pb.producer(out);
        fused.add(last);
        Expr v = compute(s, last, idx);
        overrides.remove(a.name());
        store(s, out, lin, v);
    }
}
