package dev.tcc.passes.kernel;

import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.KernelPass;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kernel pass {@code simplify-kernels}: every launch that holds kernel IR gets its kernel simplified
 * with {@link KernelSimplifier#DEFAULT} (or the rule set given). Signatures, arguments, buffers and the
 * launch order stay as they are; launches holding rendered code are left alone.
 *
 * <p>Results are remembered per kernel (kernel IR is a value): {@code tcc tune} lowers the whole model again for
 * every candidate of one kernel key, and only that key's kernels differ from the last lowering.
 */
public final class SimplifyKernels implements KernelPass {
    /** Kernels remembered at most; the memo starts afresh past it (a conformance run lowers thousands of models). */
    private static final int REMEMBERED = 2048;
    private final RuleSet rules;
    private final Map<Kernel, Kernel> simplified = new ConcurrentHashMap<>();

    public SimplifyKernels() { this(KernelSimplifier.DEFAULT); }

    public SimplifyKernels(RuleSet rules) { this.rules = rules; }

    @Override public String name() { return "simplify-kernels"; }

    @Override public String description() {
        return "fold constants and index arithmetic over known ranges, drop dead locals and loops of at most one trip, read ids once";
    }

    @Override public KernelProgram apply(KernelProgram p) {
        return p.withLaunches(p.launches().stream().map(l -> switch (l.code()) {
            case KernelProgram.Code.Ir ir -> l.withKernel(simplify(ir.kernel()));
            case KernelProgram.Code.Rendered r -> l;
        }).toList());
    }

    private Kernel simplify(Kernel k) {
        Kernel done = simplified.get(k);
        if (done != null) return done;
        done = KernelSimplifier.simplify(rules, k);
        if (simplified.size() >= REMEMBERED) simplified.clear();
        simplified.put(k, done);
        return done;
    }
}
