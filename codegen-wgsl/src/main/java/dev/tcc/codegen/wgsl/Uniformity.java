package dev.tcc.codegen.wgsl;

import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelPrinter;
import dev.tcc.ir.kernel.Stmt;

import java.util.HashSet;
import java.util.Set;

/**
 * WGSL requires {@code workgroupBarrier()} in uniform control flow and checks it when the shader is
 * created; kernel IR requires the same of its barriers but cannot check it. This check is conservative
 * in the way WGSL's analysis is: a value is non-uniform when it depends on a local or global invocation
 * id, on a load from memory, or on a variable assigned a non-uniform value or under non-uniform control
 * flow; workgroup ids, launch sizes, scalar parameters and literals are uniform. A barrier under an
 * {@code if} or a loop whose condition is non-uniform is refused, naming the kernel and the condition.
 */
final class Uniformity {
    private final Kernel kernel;
    private final Set<String> nonUniform = new HashSet<>();
    private boolean changed;

    private Uniformity(Kernel k) { this.kernel = k; }

    static void check(Kernel k) {
        if (!k.hasBarrier()) return;
        Uniformity u = new Uniformity(k);
        do {
            u.changed = false;
            u.block(k.body(), null, false);
        } while (u.changed);
        u.block(k.body(), null, true);
    }

    /** {@code under}: the innermost non-uniform condition around, or null in uniform control flow. */
    private void block(Stmt.Block b, Expr under, boolean report) {
        for (Stmt s : b.stmts()) stmt(s, under, report);
    }

    private void stmt(Stmt s, Expr under, boolean report) {
        switch (s) {
            case Stmt.Declare d -> assign(d.var(), d.init(), under);
            case Stmt.Assign a -> assign(a.var(), a.value(), under);
            case Stmt.Store st -> { }
            case Stmt.If i -> {
                Expr inner = under != null ? under : uniform(i.condition()) ? null : i.condition();
                block(i.then(), inner, report);
                block(i.otherwise(), inner, report);
            }
            case Stmt.For f -> {
                assign(f.index(), f.init(), under);
                assign(f.index(), f.next(), under);
                Expr inner = under != null ? under : uniform(f.condition()) ? null : f.condition();
                block(f.body(), inner, report);
            }
            case Stmt.Barrier b -> {
                if (report && under != null) {
                    throw new WgslException("kernel " + kernel.name() + ": a barrier sits under the condition `"
                            + KernelPrinter.print(under) + "`, which may differ between the work-items of a workgroup;"
                            + " WGSL requires barriers in uniform control flow. Hoist the barrier out of the condition"
                            + " (guard the work, not the barrier).");
                }
            }
            case Stmt.Block b -> block(b, under, report);
        }
    }

    private void assign(Expr.Var v, Expr value, Expr under) {
        if ((under != null || !uniform(value)) && nonUniform.add(v.name())) changed = true;
    }

    private boolean uniform(Expr e) {
        boolean[] ok = {true};
        KernelRewriter.walk(e, x -> {
            switch (x) {
                case Expr.Builtin b when b.kind() == Expr.Builtin.Kind.GLOBAL_ID || b.kind() == Expr.Builtin.Kind.LOCAL_ID -> ok[0] = false;
                case Expr.Load l -> ok[0] = false;
                case Expr.Var v when nonUniform.contains(v.name()) -> ok[0] = false;
                default -> { }
            }
        });
        return ok[0];
    }
}
