package dev.tcc.passes.lower;

import dev.tcc.ir.Graph;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Value;
import dev.tcc.ir.kernel.KernelIrException;
import dev.tcc.passes.fusion.Fusion;

/**
 * Lowers a graph to kernels: plans fusion ({@link Fusion}), then builds each planned kernel from the
 * template its anchor calls for, with every template's default parameters:
 *
 * <ul>
 *   <li>elementwise and index-map chains, and anchors with an element formula (convolution, transposed
 *       convolution, pooling, resize, gathers, arg-max, cumulative sum, small matmuls):
 *       {@link PointwiseTemplate};</li>
 *   <li>matmuls of at least 16 x 16 x 16: {@link MatMulTemplate} (tiled, workgroup memory);</li>
 *   <li>reductions, softmax and layer normalisation: {@link RowTemplate};</li>
 *   <li>recurrent layers: {@link RnnTemplate}; attention: {@link AttentionTemplate}; scatters:
 *       {@link ScatterTemplate}.</li>
 * </ul>
 * The result is pure data: no device is needed to lower.
 */
public final class Lowering {
    private Lowering() {}

    /** Lowers {@code g} for {@code target}. */
    public static KernelProgram lower(Graph g, LoweringTarget target) {
        Fusion.Plan plan = Fusion.plan(g);
        ProgramBuilder pb = new ProgramBuilder(g, plan, target);
        for (Fusion.Kernel k : plan.kernels()) {
            Node where = k.anchor() != null ? k.anchor() : pb.producer(k.outputs().get(0));
            try {
                for (Value v : k.outputs()) pb.check(v);
                lower(pb, k);
            } catch (LoweringException e) {
                throw new LoweringException("graph " + g.name() + ", node '" + where.name() + "' (" + where.op().mnemonic() + "): " + e.getMessage(), e);
            } catch (KernelIrException | IllegalStateException | UnsupportedOperationException e) {
                throw new LoweringException("graph " + g.name() + ", node '" + where.name() + "' (" + where.op().mnemonic()
                        + "): internal lowering error: " + e.getMessage() + " (please report it with the model)", e);
            }
        }
        return pb.finish();
    }

    /** Lowers {@code g} for {@link LoweringTarget#DEFAULT}. */
    public static KernelProgram lower(Graph g) { return lower(g, LoweringTarget.DEFAULT); }

    private static void lower(ProgramBuilder pb, Fusion.Kernel k) {
        Node a = k.anchor();
        Value out = k.outputs().get(0);
        if (a == null) {
            PointwiseTemplate.lower(pb, null, out, PointwiseTemplate.Params.DEFAULT);
            return;
        }
        switch (a.op()) {
            case Linalg.MatMul m when MatMulTemplate.suits(a, MatMulTemplate.Params.DEFAULT) -> MatMulTemplate.lower(pb, a, out, MatMulTemplate.Params.DEFAULT);
            case Reduction.Reduce r -> RowTemplate.reduce(pb, a, out, Rows.Params.DEFAULT);
            case Structured.Softmax s -> RowTemplate.softmax(pb, a, out, Rows.Params.DEFAULT);
            case Structured.LayerNorm l -> RowTemplate.layerNorm(pb, a, out, Rows.Params.DEFAULT);
            case Structured.Rnn r -> RnnTemplate.lower(pb, a, RnnTemplate.Params.DEFAULT);
            case Structured.Attention at -> AttentionTemplate.lower(pb, a, AttentionTemplate.Params.DEFAULT);
            case Movement.ScatterND s -> ScatterTemplate.lower(pb, a, out, PointwiseTemplate.Params.DEFAULT);
            case Movement.ScatterElements s -> ScatterTemplate.lower(pb, a, out, PointwiseTemplate.Params.DEFAULT);
            default -> PointwiseTemplate.lower(pb, a, out, PointwiseTemplate.Params.DEFAULT);
        }
    }
}
