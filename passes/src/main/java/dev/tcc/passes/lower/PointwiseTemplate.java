package dev.tcc.passes.lower;

import dev.tcc.ir.Node;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;

import java.util.List;
import java.util.function.BiConsumer;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * The element formula of the kernel's root (an elementwise/index-map chain, or an anchor with an element
 * formula such as pooling, resize, gather or a small matmul) followed by the epilogue chain, stored once per
 * element. Each work-item computes a chunk of {@link Tuning.Pointwise#chunk} contiguous elements in an inner
 * loop of constant trip count, which CPU drivers unroll and vectorise; a chunk that would pass the end is
 * computed element by element with a bound check.
 */
final class PointwiseTemplate {
    /** Workgroups along one dimension that every device allows (WebGPU's default limit, Vulkan's required minimum). */
    static final long MAX_WORKGROUPS = 65535;

    private PointwiseTemplate() {}

    /**
     * Lowers the kernel writing {@code out}; {@code anchor} is the node whose element formula starts the
     * chain (null when {@code out} is computed by an elementwise chain alone).
     */
    static void lower(ProgramBuilder pb, Node anchor, Value out, Tuning.Pointwise p) {
        long n = out.type().size();
        if (n == 0) return;
        String what = anchor == null ? pb.producer(out).op().mnemonic() : anchor.op().mnemonic();
        int tuned = (int) Math.max(1, Math.min(p.chunk(), n));
        int wg = workgroup(pb, p, Grid.ceilDiv(n, tuned));
        // a longer chunk where the tuned one would need more workgroups than every device allows along one dimension
        int chunk = (int) Math.max(tuned, Grid.ceilDiv(n, MAX_WORKGROUPS * wg));
        long items = Grid.ceilDiv(n, chunk);
        Emitter.Built b = Emitter.build(pb, pb.kernelName(what), (em, kb) -> {
            em.tune("template", "pointwise");
            em.tune("workgroup", wg);
            em.tune("chunk", chunk);
            kb.grid(Grid.covering(items, wg));
            BiConsumer<Scope, Expr> element = (t, i) -> {
                if (anchor == null) {
                    List<Expr> idx = Ix.delinear(t, i, out.type().shape());
                    em.fuse(pb.producer(out));
                    em.store(t, out, i, em.compute(t, pb.producer(out), idx));
                } else {
                    Value a = anchor.outputs().get(0);
                    List<Expr> idx = Ix.delinear(t, i, a.type().shape());
                    em.storeThrough(t, anchor, 0, out, i, em.compute(t, anchor, idx));
                }
            };
            kb.body(body -> {
                Scope s = new Scope(body, null);
                Expr gid = s.let("gid", globalId(0));
                if (chunk == 1) {
                    s.ifThen(lt(gid, Ix.lit(n)), t -> element.accept(t, gid));
                    return;
                }
                Expr base = s.let("base", Ix.mul(gid, chunk));
                BiConsumer<Scope, Boolean> loop = (t, checked) -> t.forRange("e", Ix.lit(0), Ix.lit(chunk), (l, e) -> {
                    Expr i = l.let("i", Ix.add(base, e));
                    if (checked) l.ifThen(lt(i, Ix.lit(n)), c -> element.accept(c, i));
                    else element.accept(l, i);
                });
                if (n % chunk == 0) s.ifThen(lt(gid, Ix.lit(items)), t -> loop.accept(t, false));
                else s.ifThenElse(le(Ix.add(base, chunk), Ix.lit(n)), t -> loop.accept(t, false), t -> loop.accept(t, true));
            });
        });
        pb.launch(b, anchor == null ? "elementwise" : what);
    }

    /** The workgroup size for {@code items} work-items: the tuned size, no larger than the next power of two above them. */
    static int workgroup(ProgramBuilder pb, Tuning.Pointwise p, long items) {
        return pb.target.workgroup((int) Math.min(p.workgroup(), Math.max(1, Long.highestOneBit(items) * 2)));
    }
}
