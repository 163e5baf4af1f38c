package dev.tcc.passes.kernel;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Memory;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.KernelPass;
import dev.tcc.passes.fusion.Fusion;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kernel pass {@code store-f16} ({@code --precision f16}): f32 weights and intermediate tensors are stored as
 * f16, halving the bytes every kernel reads and writes, while every kernel still computes in f32 — kernel IR widens
 * an f16 load to f32 exactly and rounds an f32 store to the nearest f16, so matmul, convolution and reduction
 * accumulators, elementwise chains and workgroup arrays stay f32. Each target stores f16 its own way (OpenCL
 * {@code vload_half}/{@code vstore_half}, 16-bit storage in SPIR-V, {@code f16} or u32-packed words in WGSL), so the
 * result runs on every device of the target, with or without half-precision arithmetic.
 *
 * <p>Tables lowering builds are weights too (resize's tap weights), so they are stored f16 as well.
 *
 * <p>Left f32: the graph's inputs and outputs (the artefact keeps its declared f32 interface, converted by the first
 * and last kernels, never on the host), and buffers some kernel binds read-write (scatter outputs and recurrent
 * state accumulate into memory, and must not accumulate in f16). Runs before {@code plan-memory}, so slots group
 * buffers by their final storage type.
 */
public final class HalfStorage implements KernelPass {
    @Override public String name() { return "store-f16"; }

    @Override public String description() {
        return "store f32 weights and intermediate tensors as f16 (kernels still compute in f32); graph inputs and outputs stay f32";
    }

    @Override public KernelProgram apply(KernelProgram p) {
        Set<String> narrowed = narrowed(p);
        if (narrowed.isEmpty()) return p;
        List<KernelProgram.Buffer> buffers = new ArrayList<>();
        ByteArrayOutputStream weights = new ByteArrayOutputStream();
        for (KernelProgram.Buffer b : p.buffers()) {
            DType storage = narrowed.contains(b.name()) ? DType.F16 : b.storage();
            long offset = b.role() == KernelProgram.Role.WEIGHT ? append(weights, p.weights(), b, storage) : b.offset();
            buffers.add(new KernelProgram.Buffer(b.name(), storage, b.elements(), b.role(), offset));
        }
        List<KernelProgram.Launch> launches = p.launches().stream().map(l -> narrow(l, narrowed)).toList();
        return new KernelProgram(p.name(), p.profile(), buffers, p.inputs(), p.outputs(), launches, weights.toByteArray(), p.memory(), p.checks());
    }

    /**
     * The graph whose reference-interpreter outputs are what {@code g} lowered with this pass computes, up to the order
     * of f32 sums: every f32 weight of more than one element (one-element constants become kernel literals) held as f16
     * and cast to f32 where read, and every f32 value the fusion plan gives a buffer, except graph outputs, rounded to f16 by a cast there and
     * back. (Read-write buffers, which the pass leaves f32, are rounded here and tables lowering builds are not.)
     */
    public static Graph reference(Graph g) {
        Fusion.Plan plan = Fusion.plan(g);
        Set<String> outputs = new HashSet<>();
        g.outputs().forEach(v -> outputs.add(v.name()));
        List<Node> nodes = new ArrayList<>();
        for (Node n : g.nodes()) {
            if (n.op() instanceof Op.Constant(Tensor t) && t.dtype() == DType.F32 && t.size() > 1) {
                Value v = n.output(), half = new Value(v.name() + ".f16", v.type().withDType(DType.F16));
                nodes.add(new Node(n.name(), new Op.Constant(Tensor.ofDoubles(DType.F16, t.shape(), t.toDoubles())), List.of(), List.of(half)));
                nodes.add(new Node(v.name() + ".to_f32", new Elementwise.Cast(DType.F32), List.of(half), List.of(v)));
                continue;
            }
            List<Value> outs = new ArrayList<>();
            List<Node> casts = new ArrayList<>();
            for (Value v : n.outputs()) {
                if (n.op() instanceof Op.Constant || v.type().dtype() != DType.F32 || !plan.isMaterialised(v) || outputs.contains(v.name())) {
                    outs.add(v);
                    continue;
                }
                Value wide = new Value(v.name() + ".f32", v.type()), half = new Value(v.name() + ".f16", v.type().withDType(DType.F16));
                outs.add(wide);
                casts.add(new Node(v.name() + ".to_f16", new Elementwise.Cast(DType.F16), List.of(wide), List.of(half)));
                casts.add(new Node(v.name() + ".to_f32", new Elementwise.Cast(DType.F32), List.of(half), List.of(v)));
            }
            nodes.add(casts.isEmpty() ? n : new Node(n.name(), n.op(), n.inputs(), outs));
            nodes.addAll(casts);
        }
        return g.withNodes(nodes);
    }

    /** The f32 weight and temporary buffers that are not graph outputs and that no kernel binds read-write. */
    static Set<String> narrowed(KernelProgram p) {
        Set<String> keep = new HashSet<>();
        p.outputs().forEach(o -> keep.add(o.buffer()));
        for (KernelProgram.Launch l : p.launches()) {
            List<Param> params = l.signature().params();
            for (int i = 0; i < params.size(); i++) {
                if (params.get(i) instanceof BufferParam bp && bp.access() == BufferParam.Access.READ_WRITE
                        && l.args().get(i) instanceof KernelProgram.Arg.BufferArg a) {
                    keep.add(a.buffer());
                }
            }
        }
        Set<String> out = new HashSet<>();
        for (KernelProgram.Buffer b : p.buffers()) {
            boolean data = b.role() == KernelProgram.Role.WEIGHT || b.role() == KernelProgram.Role.TEMP;
            if (data && b.storage() == DType.F32 && !keep.contains(b.name())) out.add(b.name());
        }
        return out;
    }

    /** Appends {@code b}'s contents as {@code storage} (64-byte aligned, as lowering lays weights out); returns the offset. */
    private static long append(ByteArrayOutputStream out, byte[] weights, KernelProgram.Buffer b, DType storage) {
        while (out.size() % 64 != 0) out.write(0);
        long offset = out.size();
        ByteBuffer src = ByteBuffer.wrap(weights, Math.toIntExact(b.offset()), Math.toIntExact(b.bytes())).order(ByteOrder.LITTLE_ENDIAN);
        if (storage == b.storage()) {
            out.write(weights, Math.toIntExact(b.offset()), Math.toIntExact(b.bytes()));
            return offset;
        }
        ByteBuffer dst = ByteBuffer.allocate(Math.toIntExact(b.elements() * 2)).order(ByteOrder.LITTLE_ENDIAN);
        while (src.hasRemaining()) dst.putShort(Float.floatToFloat16(src.getFloat()));
        out.write(dst.array(), 0, dst.capacity());
        return offset;
    }

    /** {@code l} with the parameters bound to narrowed buffers declared f16, and its loads and stores through them. */
    private static KernelProgram.Launch narrow(KernelProgram.Launch l, Set<String> narrowed) {
        if (!(l.code() instanceof KernelProgram.Code.Ir(Kernel k))) return l;
        Map<String, Memory> by = new HashMap<>();
        List<Param> params = new ArrayList<>();
        for (int i = 0; i < k.params().size(); i++) {
            Param q = k.params().get(i);
            if (q instanceof BufferParam bp && l.args().get(i) instanceof KernelProgram.Arg.BufferArg a && narrowed.contains(a.buffer())) {
                q = new BufferParam(bp.name(), DType.F16, bp.access());
                by.put(bp.name(), (BufferParam) q);
            }
            params.add(q);
        }
        if (by.isEmpty()) return l;
        Kernel n = new Kernel(k.name(), params, k.arrays(), k.grid(), Trees.mapBlock(k.body(),
                x -> x instanceof Expr.Load ld && by.containsKey(ld.memory().name()) ? new Expr.Load(by.get(ld.memory().name()), ld.index()) : x,
                m -> by.getOrDefault(m.name(), m)));
        return KernelProgram.Launch.of(n, l.args(), l.anchor(), l.fused(), l.tuning());
    }
}
