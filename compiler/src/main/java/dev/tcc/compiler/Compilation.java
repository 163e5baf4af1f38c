package dev.tcc.compiler;

import dev.tcc.ir.Graph;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.MemoryPlan;
import dev.tcc.ir.program.Profile;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.fusion.Fusion;

/**
 * A compiled model: every stage's result and the figures a user wants to see.
 *
 * @param target      the target's name ({@code opencl})
 * @param profile     the device capabilities the kernels assume
 * @param graph       the graph IR after the graph passes
 * @param plan        the fusion plan
 * @param program     the lowered program, kernels as kernel IR (after the kernel passes)
 * @param rendered    the same program with every kernel rendered to the target's file
 * @param stats       the time and size of every stage after import, in order, ending with {@code render}
 * @param importNanos the time the ONNX import took
 */
public record Compilation(String target, Profile profile, Graph graph, Fusion.Plan plan, KernelProgram program,
                          KernelProgram rendered, PassRunner.Result stats, long importNanos) {

    /** Kernel launches one run makes. */
    public int kernelCount() { return program.kernelCount(); }

    /** Bytes of weights the artefact carries. */
    public long weightBytes() { return program.weights().length; }

    /** Bytes of every non-weight buffer (inputs, outputs, intermediates), each alone (without the memory plan). */
    public long activationBytes() {
        return program.buffers().stream().filter(b -> b.role() != KernelProgram.Role.WEIGHT).mapToLong(KernelProgram.Buffer::bytes).sum();
    }

    /** Bytes of the temporaries (intermediates and outputs) with the memory plan: what a runtime allocates for them. */
    public long plannedTemporaryBytes() { return program.memory().plannedBytes(program.buffers()); }

    /** Bytes of the temporaries each alone (the sum of all intermediates and outputs). */
    public long naiveTemporaryBytes() { return MemoryPlan.naiveBytes(program.buffers()); }
}
