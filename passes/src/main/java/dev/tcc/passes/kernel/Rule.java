package dev.tcc.passes.kernel;

import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Stmt;

import java.util.List;

/**
 * One named rewrite: a pattern (a {@code switch} with record patterns and {@code when} guards) and what
 * it becomes. A rule answers null when it does not apply; when it applies, its result must mean the same
 * as its input under {@link Kernel}'s semantics for every execution, which the guards prove (ranges
 * from {@link Facts}). Rules live in {@link RuleSet}s and are applied by {@link RewriteEngine}.
 */
public sealed interface Rule permits Rule.OnExpr, Rule.OnStmt, Rule.OnKernel {
    String name();

    /** Rewrites one expression node, whose children are already simplified; the result has the same type. */
    record OnExpr(String name, ExprRewrite rewrite) implements Rule {}

    /**
     * Rewrites a statement together with the statements that follow it in its block (its scope): the
     * result replaces {@code first} and {@code rest}. {@code facts} hold before {@code first}.
     */
    record OnStmt(String name, StmtRewrite rewrite) implements Rule {}

    /** Rewrites a whole kernel (for rewrites that must see every use, such as binding builtins once). */
    record OnKernel(String name, KernelRewrite rewrite) implements Rule {}

    @FunctionalInterface
    interface ExprRewrite {
        Expr apply(Expr e, Facts facts);
    }

    @FunctionalInterface
    interface StmtRewrite {
        List<Stmt> apply(Stmt first, List<Stmt> rest, Facts facts);
    }

    @FunctionalInterface
    interface KernelRewrite {
        Kernel apply(Kernel k);
    }

    static Rule expr(String name, ExprRewrite r) { return new OnExpr(name, r); }

    static Rule stmt(String name, StmtRewrite r) { return new OnStmt(name, r); }

    static Rule kernel(String name, KernelRewrite r) { return new OnKernel(name, r); }
}
