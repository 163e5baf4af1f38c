package dev.tcc.passes.kernel;

import dev.tcc.ir.kernel.Kernel;

/**
 * Simplifies a kernel with rule sets applied to a fixed point by {@link RewriteEngine}: constant folding
 * and exact identities ({@link #FOLD}), index arithmetic over the ranges that ids, loop bounds and branch
 * conditions give ({@link #INDEX}), statement clean-ups (dead locals, loops of at most one trip, decided
 * {@code if}s; {@link #STATEMENTS}) and ids read once ({@link #BIND_IDS}). Every rule keeps the kernel's
 * meaning as {@link Kernel} defines it; parameters, arrays and the grid never change, so a launch binds
 * the simplified kernel exactly as it bound the original.
 */
public final class KernelSimplifier {
    private KernelSimplifier() {}

    /** Constant folding and algebraic identities that hold for every value. */
    public static final RuleSet FOLD = FoldRules.RULES;

    /** Division, remainder, min and max over known ranges; {@code (i/n)*n + i%n} back to {@code i}. */
    public static final RuleSet INDEX = IndexRules.RULES;

    /** Dead locals, loops that run at most once, constant {@code if}s, nested blocks, constant locals. */
    public static final RuleSet STATEMENTS = StmtRules.RULES;

    /** Each work-item and workgroup id read at most once, into a local at the top of the body. */
    public static final RuleSet BIND_IDS = BindBuiltins.RULES;

    /** All of the above: what {@link #simplify(Kernel)} applies. */
    public static final RuleSet DEFAULT = RuleSet.compose("simplify", FOLD, INDEX, STATEMENTS, BIND_IDS);

    /** {@code k} simplified with {@link #DEFAULT}. */
    public static Kernel simplify(Kernel k) { return simplify(DEFAULT, k); }

    /** {@code k} with {@code rules} applied until nothing changes. */
    public static Kernel simplify(RuleSet rules, Kernel k) { return RewriteEngine.run(rules, k).kernel(); }
}
