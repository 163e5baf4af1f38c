/**
 * Kernel-IR to kernel-IR simplification written as rules: {@link dev.tcc.passes.kernel.KernelSimplifier#simplify}
 * is the entry point.
 *
 * <p>How: a {@link dev.tcc.passes.kernel.Rule} is a named partial rewrite (a {@code switch} over the
 * sealed {@code Expr} or {@code Stmt} records with {@code when} guards, answering null when it does not
 * apply); a {@link dev.tcc.passes.kernel.RuleSet} is a named ordered list of them and sets compose;
 * {@link dev.tcc.passes.kernel.RewriteEngine} is the one fixed-point engine that applies a set and counts
 * what fired. Guards that need more than the shape of an expression ask {@link dev.tcc.passes.kernel.Facts}:
 * the value {@link dev.tcc.passes.kernel.Interval} of an integer expression, from the grid's id ranges,
 * loop bounds, branch conditions and the definitions of locals that are never reassigned. An interval is
 * only known when nothing under the expression can wrap, which is what lets the division rules be exact
 * under the kernel's truncating, wrapping integer semantics. {@link dev.tcc.passes.kernel.KernelChecks}
 * finds what a simplified kernel must not keep (unread locals, loops of at most one trip), for tests.
 */
package dev.tcc.passes.kernel;
