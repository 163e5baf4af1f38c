package dev.tcc.passes.lower;

import dev.tcc.ir.Node;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;

import java.util.List;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * One work-item per output element: the element formula of the kernel's root (an elementwise/index-map
 * chain, or an anchor with an element formula such as a direct convolution, pooling, resize, gather or a
 * small matmul) followed by the epilogue chain, stored once.
 */
final class PointwiseTemplate {
    private PointwiseTemplate() {}

    /**
     * Lowers the kernel writing {@code out}; {@code anchor} is the node whose element formula starts the
     * chain (null when {@code out} is computed by an elementwise chain alone).
     */
    static void lower(ProgramBuilder pb, Node anchor, Value out, Tuning.Pointwise p) {
        long n = out.type().size();
        if (n == 0) return;
        String what = anchor == null ? pb.producer(out).op().mnemonic() : anchor.op().mnemonic();
        int wg = pb.target.workgroup((int) Math.min(p.workgroup(), Math.max(1, Long.highestOneBit(n) * 2)));
        Emitter.Built b = Emitter.build(pb, pb.kernelName(what), (em, kb) -> {
            em.tune("template", "pointwise");
            em.tune("workgroup", wg);
            kb.grid(Grid.covering(n, wg));
            kb.body(body -> {
                Scope s = new Scope(body, null);
                Expr i = s.let("gid", globalId(0));
                s.ifThen(lt(i, Ix.lit(n)), t -> {
                    if (anchor == null) {
                        List<Expr> idx = Ix.delinear(t, i, out.type().shape());
                        em.fuse(pb.producer(out));
                        em.store(t, out, i, em.compute(t, pb.producer(out), idx));
                    } else {
                        Value a = anchor.outputs().get(0);
                        List<Expr> idx = Ix.delinear(t, i, a.type().shape());
                        em.storeThrough(t, anchor, 0, out, i, em.compute(t, anchor, idx));
                    }
                });
            });
        });
        pb.launch(b, anchor == null ? "elementwise" : what);
    }
}
