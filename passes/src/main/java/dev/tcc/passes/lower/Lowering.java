package dev.tcc.passes.lower;

import dev.tcc.ir.program.Profile;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.KernelIrException;
import dev.tcc.passes.fusion.Fusion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers a graph to kernels: plans fusion ({@link Fusion}), then builds each planned kernel from the
 * template its anchor calls for, with every template's default parameters:
 *
 * <ul>
 *   <li>elementwise and index-map chains, and anchors with an element formula (transposed convolution,
 *       pooling, resize, gathers, arg-max, cumulative sum): {@link PointwiseTemplate};</li>
 *   <li>matmuls with N and K of at least 16 and M of at least 16 or at most 4: {@link MatMulTemplate}
 *       (register-blocked tiles in workgroup memory; a skinny tiling for few rows); other small ones with a
 *       matrix B: {@link DotRunTemplate} (runs of output columns);</li>
 *   <li>large convolutions (reduction and output positions at least 64 each, see {@link Tuning.Conv}):
 *       {@link ConvGemmTemplate} (implicit GEMM on the same tiling); smaller and depthwise ones
 *       {@link DirectConvTemplate} (a run of outputs per work-item);</li>
 *   <li>reductions, softmax, layer and RMS normalisation: {@link RowTemplate};</li>
 *   <li>recurrent layers: {@link RnnTemplate}; attention: {@link AttentionTemplate}; scatters:
 *       {@link ScatterTemplate}.</li>
 * </ul>
 * The result is pure data: no device is needed to lower. {@link Tuning} holds every template's parameters.
 */
public final class Lowering {
    private Lowering() {}

    /** Lowers {@code g} for {@code target} with the templates' default parameters. */
    public static KernelProgram lower(Graph g, Profile target) { return lower(g, target, Tuning.DEFAULT); }

    /** Lowers {@code g} for {@code target} with the template parameters in {@code tuning}. */
    public static KernelProgram lower(Graph g, Profile target, Tuning tuning) { return lower(g, Fusion.plan(g), target, tuning); }

    /** Lowers {@code g} along the fusion {@code plan} made for it, every kernel with {@code tuning}. */
    public static KernelProgram lower(Graph g, Fusion.Plan plan, Profile target, Tuning tuning) {
        return lower(g, plan, target, KernelTunings.uniform(tuning));
    }

    /**
     * Lowers {@code g} along the fusion {@code plan} made for it, each kernel with the parameters {@code tunings} chooses
     * for its {@link KernelKey}; each launch's tuning annotations record the key ({@code key}) and where the choice came
     * from ({@code source}).
     */
    public static KernelProgram lower(Graph g, Fusion.Plan plan, Profile target, KernelTunings tunings) {
        return lower(g, plan, target, tunings, new WeightCache());
    }

    /**
     * {@link #lower(Graph, Fusion.Plan, Profile, KernelTunings)}, taking the weight bytes from {@code weights} where an
     * earlier lowering through it placed the same tensors alike (the autotuner lowers a model once per candidate).
     */
    public static KernelProgram lower(Graph g, Fusion.Plan plan, Profile target, KernelTunings tunings, WeightCache weights) {
        ProgramBuilder pb = new ProgramBuilder(g, plan, target, weights);
        for (Fusion.Kernel k : plan.kernels()) {
            Node where = k.anchor() != null ? k.anchor() : pb.producer(k.outputs().get(0));
            KernelKey key = key(plan, k);
            try {
                for (Value v : k.outputs()) pb.check(v);
                int first = pb.launches.size();
                lower(pb, k, tunings.forKernel(key));
                // in this order: Map.of's order changes from one JVM to the next, and the manifest's digest with it
                Map<String, String> notes = new LinkedHashMap<>();
                notes.put("key", key.text());
                notes.put("source", tunings.source(key));
                pb.annotate(first, notes);
            } catch (LoweringException e) {
                throw new LoweringException("graph " + g.name() + ", node '" + where.name() + "' (" + where.op().mnemonic() + "): " + e.getMessage(), e);
            } catch (KernelIrException | IllegalStateException | UnsupportedOperationException e) {
                throw new LoweringException("graph " + g.name() + ", node '" + where.name() + "' (" + where.op().mnemonic()
                        + "): internal lowering error: " + e.getMessage() + " (please report it with the model)", e);
            }
        }
        return pb.finish();
    }

    /** Lowers {@code g} for {@link Profile#DEFAULT}. */
    public static KernelProgram lower(Graph g) { return lower(g, Profile.GENERIC); }

    /** The tuning key of kernel {@code k} of {@code plan}. */
    public static KernelKey key(Fusion.Plan plan, Fusion.Kernel k) {
        return KernelKey.of(family(k.anchor()), k.anchor(), k.outputs(), plan.producers());
    }

    /** The {@link Tuning} components the template for {@code anchor} (null: an elementwise chain) reads. */
    private static List<String> family(Node a) {
        if (a == null) return List.of("pointwise");
        return switch (a.op()) {
            case Linalg.MatMul m -> List.of("matmul");
            case Linalg.Conv c -> List.of("conv", "pointwise");
            case Reduction.Reduce r -> List.of("rows");
            case Structured.Softmax s -> List.of("rows");
            case Structured.LayerNorm l -> List.of("rows");
            case Structured.RmsNorm n -> List.of("rows");
            case Structured.Rnn r -> List.of("rnn");
            case Structured.Attention at -> List.of("attention");
            default -> List.of("pointwise");
        };
    }

    private static void lower(ProgramBuilder pb, Fusion.Kernel k, Tuning t) {
        Node a = k.anchor();
        Value out = k.outputs().get(0);
        if (a == null) {
            PointwiseTemplate.lower(pb, null, out, t.pointwise());
            return;
        }
        switch (a.op()) {
            case Linalg.MatMul m when MatMulTemplate.suits(a, t.matmul()) -> MatMulTemplate.lower(pb, a, out, t.matmul());
            case Linalg.MatMul m when DotRunTemplate.suits(a) -> DotRunTemplate.lower(pb, a, out, t.pointwise());
            case Linalg.Conv c when ConvGemmTemplate.chosen(a, t.conv()) -> ConvGemmTemplate.lower(pb, a, out, t.conv());
            case Linalg.Conv c -> DirectConvTemplate.lower(pb, a, out, t.pointwise());
            case Reduction.Reduce r -> RowTemplate.reduce(pb, a, out, t.rows());
            case Structured.Softmax s -> RowTemplate.softmax(pb, a, out, t.rows());
            case Structured.LayerNorm l -> RowTemplate.layerNorm(pb, a, out, t.rows());
            case Structured.RmsNorm n -> RowTemplate.rmsNorm(pb, a, out, t.rows());
            case Structured.Rnn r -> RnnTemplate.lower(pb, a, t.rnn());
            case Structured.Attention at -> AttentionTemplate.lower(pb, a, t.attention());
            case Movement.ScatterND s -> ScatterTemplate.lower(pb, a, out, t.pointwise());
            case Movement.ScatterElements s -> ScatterTemplate.lower(pb, a, out, t.pointwise());
            default -> PointwiseTemplate.lower(pb, a, out, t.pointwise());
        }
    }
}
