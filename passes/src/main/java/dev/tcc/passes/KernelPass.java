package dev.tcc.passes;

import dev.tcc.ir.program.KernelProgram;

/**
 * A kernel-IR pass: rewrites the kernels of a lowered program (never its buffers, arguments or launch order).
 * Like graph {@link Pass}es, kernel passes are pure, named in kebab case, and observed by {@link PassRunner}.
 */
public interface KernelPass {

    /** The pass's name in pipelines and on the command line: {@code simplify-kernels}. */
    String name();

    /** One line saying what the pass does. */
    String description();

    /** Transforms {@code program}. */
    KernelProgram apply(KernelProgram program);
}
