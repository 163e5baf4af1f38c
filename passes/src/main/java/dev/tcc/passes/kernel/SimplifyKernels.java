package dev.tcc.passes.kernel;

import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.KernelPass;

/**
 * The kernel pass {@code simplify-kernels}: every launch that holds kernel IR gets its kernel simplified
 * with {@link KernelSimplifier#DEFAULT} (or the rule set given). Signatures, arguments, buffers and the
 * launch order stay as they are; launches holding rendered code are left alone.
 */
public final class SimplifyKernels implements KernelPass {
    private final RuleSet rules;

    public SimplifyKernels() { this(KernelSimplifier.DEFAULT); }

    public SimplifyKernels(RuleSet rules) { this.rules = rules; }

    @Override public String name() { return "simplify-kernels"; }

    @Override public String description() {
        return "fold constants and index arithmetic over known ranges, drop dead locals and loops of at most one trip, read ids once";
    }

    @Override public KernelProgram apply(KernelProgram p) {
        return p.withLaunches(p.launches().stream().map(l -> switch (l.code()) {
            case KernelProgram.Code.Ir ir -> l.withKernel(KernelSimplifier.simplify(rules, ir.kernel()));
            case KernelProgram.Code.Rendered r -> l;
        }).toList());
    }
}
