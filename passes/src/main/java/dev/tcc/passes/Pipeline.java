package dev.tcc.passes;

import dev.tcc.passes.graph.GraphPasses;
import dev.tcc.passes.kernel.HalfStorage;
import dev.tcc.passes.kernel.SimplifyKernels;
import dev.tcc.passes.memory.PlanMemory;

import java.util.List;

/** The default pass pipeline, in the order it runs. Every compile and every run goes through it. */
public final class Pipeline {
    private Pipeline() {}

    /** The default pipeline. */
    public static List<Pass> defaults() {
        return List.of(
                // make every recorded type the inferred one; an op that rejects its inputs stops here, naming the node
                new InferShapes(),
                // evaluate constant subgraphs (shape arithmetic, weight transposes and casts) at compile time
                new FoldConstants(),
                // drop what folding left unused (the constants that fed folded nodes, unused branches)
                new EliminateDeadCode(),
                // collapse reshape/transpose chains and drop arithmetic identities (rules in dev.tcc.passes.graph)
                GraphPasses.CANONICALIZE,
                // matmul(softmax(scale * Q.K^T + mask), V) as one attention op, run by one kernel
                GraphPasses.RECOGNIZE_ATTENTION);
    }

    /**
     * The default kernel-IR passes, run after fusion ({@code fuse}) and lowering ({@code lower}), in order.
     */
    public static List<KernelPass> kernelDefaults() {
        return List.of(
                // fold constants and index arithmetic over known ranges, drop dead locals and one-trip loops,
                // read each work-item id once (rule sets in dev.tcc.passes.kernel)
                new SimplifyKernels(),
                // share allocations between temporaries whose lifetimes do not overlap (liveness over the launch order);
                // never in place: binding one buffer to a read and a write parameter is refused by WebGPU and is
                // undefined under OpenCL's restrict and SPIR-V's aliasing rules, and the same artefact must run anywhere
                new PlanMemory(false));
    }

    /**
     * The kernel-IR passes for {@code precision}: the defaults, with f16 storage ({@code store-f16}) after the simplifier
     * and before the memory plan for {@link Precision#F16}.
     */
    public static List<KernelPass> kernelDefaults(Precision precision) {
        if (precision == Precision.F32) return kernelDefaults();
        List<KernelPass> passes = new java.util.ArrayList<>(kernelDefaults());
        // f32 weights and intermediates stored as f16, kernels computing in f32 (graph inputs and outputs stay f32)
        passes.add(passes.size() - 1, new HalfStorage());
        return List.copyOf(passes);
    }
}
