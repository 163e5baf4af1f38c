package dev.tcc.passes.lower;

import dev.tcc.ir.program.Profile;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.KernelBuilder;
import dev.tcc.ir.kernel.MathFn;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * The skeleton shared by the row templates (reductions, softmax, layer normalisation): {@code rows}
 * independent rows of {@code length} elements. In <i>thread</i> mode one work-item owns a row and loops
 * over it; in <i>group</i> mode one workgroup owns a row, its work-items stride over the row and combine
 * their partial results with a tree in workgroup memory, the result then visible to the whole workgroup.
 */
final class Rows {
    final long rows, length;
    final boolean group;
    final int width;
    private final KernelBuilder kb;
    private ArrayDecl partial;
    Expr row, lid;

    /** How partial results combine. */
    enum Combine { SUM, MAX, MIN, PROD }

    Rows(KernelBuilder kb, Profile target, long rows, long length, Tuning.Rows p) {
        this.kb = kb;
        this.rows = rows;
        this.length = length;
        long share = Long.highestOneBit(Math.max(1, length / Math.max(1, p.perItem())));
        this.group = length >= p.groupThreshold() && share >= 2;
        int want = group ? (int) Math.min(p.workgroup(), share) : p.threadWorkgroup();
        this.width = target.workgroup(Math.max(1, want));
        kb.grid(group ? Grid.of(rows, width) : Grid.covering(rows, width));
    }

    /** Builds the body: {@code rowBody} runs once per row with {@link #row} set. */
    void body(Consumer<Scope> rowBody) {
        kb.body(b -> {
            Scope s = new Scope(b, null);
            if (group) {
                row = s.let("row", groupId(0));
                lid = s.let("lid", localId(0));
                rowBody.accept(s);
            } else {
                row = s.let("row", globalId(0));
                s.ifThen(lt(row, Ix.lit(rows)), rowBody);
            }
        });
    }

    /** Runs {@code body} for every element {@code j} of the row this work-item handles. */
    void forEach(Scope s, BiConsumer<Scope, Expr.Var> body) {
        if (group) s.forRange("j", lid, Ix.lit(length), width, body);
        else s.forRange("j", Ix.lit(0), Ix.lit(length), body);
    }

    /** Runs {@code body} once per row (by one work-item of the group in group mode). */
    void once(Scope s, Consumer<Scope> body) {
        if (group) s.ifThen(eq(lid, Ix.lit(0)), body);
        else body.accept(s);
    }

    /** {@code combine} over the row of {@code term(j)}, starting from {@code identity}; every work-item gets the result. */
    Expr reduce(Scope s, Combine op, Expr identity, BiFunction<Scope, Expr, Expr> term) {
        Expr.Var acc = s.var("acc", identity);
        forEach(s, (l, j) -> l.assign(acc, combine(op, acc, term.apply(l, j))));
        if (!group) return acc;
        if (partial == null) partial = kb.workgroupArray("partial", identity.type(), width);
        else if (partial.elementType() != identity.type()) throw new IllegalStateException("row reductions of different types in one kernel");
        s.store(partial, lid, acc);
        s.barrier();
        for (int stride = width / 2; stride > 0; stride /= 2) {
            int st = stride;
            s.ifThen(lt(lid, Ix.lit(st)), t -> t.store(partial, lid, combine(op, load(partial, lid), load(partial, add(lid, Ix.lit(st))))));
            s.barrier();
        }
        Expr r = s.var("total", load(partial, Ix.lit(0)));
        s.barrier();
        return r;
    }

    /** {@code a op b}; MAX and MIN propagate NaN. */
    static Expr combine(Combine op, Expr a, Expr b) {
        boolean f = a.type().isFloat();
        if (a.type() == DType.BOOL) {
            return switch (op) {
                case MAX, SUM -> or(a, b);
                case MIN, PROD -> and(a, b);
            };
        }
        return switch (op) {
            case SUM -> add(a, b);
            case PROD -> mul(a, b);
            case MAX -> f ? select(or(call(MathFn.ISNAN, a), gt(a, b)), a, b) : max(a, b);
            case MIN -> f ? select(or(call(MathFn.ISNAN, a), lt(a, b)), a, b) : min(a, b);
        };
    }
}
