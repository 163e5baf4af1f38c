package dev.tcc.passes.lower;

import dev.tcc.ir.Node;
import dev.tcc.ir.Shape;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;

import java.util.List;
import java.util.function.BiConsumer;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * The skeleton of the <i>run</i> kernels (direct convolution, matmul by columns): the anchor's output is
 * {@code rows} rows of {@code length} contiguous elements, and each work-item accumulates a run of
 * {@link Tuning.Pointwise#run} adjacent elements of one row (the longest divisor of the row length up to
 * it) in a private array. The template's accumulation loads each shared operand once per step and walks
 * the run in an innermost loop of constant trip count ({@link #each}), which CPU drivers vectorise; every
 * element then goes through the epilogue chain to its single store.
 */
final class RunKernel {
    /** The anchor's output index of the row this work-item computes (without the run axis). */
    final List<Expr> row;
    /** The first element of the run along the row. */
    final Expr start;
    private final ArrayDecl acc;
    private final int run;

    private RunKernel(List<Expr> row, Expr start, ArrayDecl acc, int run) {
        this.row = row;
        this.start = start;
        this.acc = acc;
        this.run = run;
    }

    /** What a template puts in a run kernel: the accumulators' start value and the accumulation. */
    interface Body {
        Expr init(Emitter em, Scope s, List<Expr> row);

        void accumulate(Emitter em, Scope s, RunKernel k);
    }

    /** Lowers {@code anchor} (writing {@code out} through its epilogue) as a run kernel over rows of {@code rowShape}. */
    static void lower(ProgramBuilder pb, Node anchor, Value out, Tuning.Pointwise p, String template, Shape rowShape, Body body) {
        Value y = anchor.outputs().get(0);
        long rows = rowShape.size(), length = y.type().size() / Math.max(1, rows);
        if (rows == 0 || length == 0) return;
        int run = longestDivisor(length, p.run());
        long runs = length / run, items = rows * runs;
        int wg = PointwiseTemplate.workgroup(pb, p, items);
        String what = anchor.op().mnemonic();
        Emitter.Built b = Emitter.build(pb, pb.kernelName(what), (em, kb) -> {
            em.tune("template", template);
            em.tune("workgroup", wg);
            em.tune("run", run);
            kb.grid(Grid.covering(items, wg));
            ArrayDecl acc = kb.privateArray("acc", Emitter.vt(y), run);
            kb.body(block -> {
                Scope s = new Scope(block, null);
                Expr gid = s.let("gid", globalId(0));
                s.ifThen(lt(gid, Ix.lit(items)), t -> {
                    Expr row = t.let("row", Ix.div(gid, runs)), start = t.let("start", Ix.mul(Ix.rem(gid, runs), run));
                    RunKernel k = new RunKernel(Ix.delinear(t, row, rowShape), start, acc, run);
                    Expr init = t.let("init", body.init(em, t, k.row));
                    t.forRange("e", Ix.lit(0), Ix.lit(run), (l, e) -> l.store(acc, e, init));
                    body.accumulate(em, t, k);
                    t.forRange("e", Ix.lit(0), Ix.lit(run), (l, e) ->
                            em.storeThrough(l, anchor, 0, out, Ix.add(Ix.mul(row, length), Ix.add(start, e)), load(acc, e)));
                });
            });
        });
        pb.launch(b, what);
    }

    /** One step of the innermost loop, at position {@code o} along the row; {@code add} adds a term to its accumulator in a given scope. */
    interface Step {
        void at(Scope s, Expr o, BiConsumer<Scope, Expr> add);
    }

    /** The innermost loop over the run. */
    void each(Scope s, Step step) {
        s.forRange("e", Ix.lit(0), Ix.lit(run), (l, e) ->
                step.at(l, l.let("o", Ix.add(start, e)), (in, v) -> in.store(acc, e, add(load(acc, e), v))));
    }

    /** The longest divisor of {@code n} that is at most {@code max} (at least 1). */
    static int longestDivisor(long n, int max) {
        for (int d = (int) Math.min(n, Math.max(1, max)); d > 1; d--) if (n % d == 0) return d;
        return 1;
    }
}
