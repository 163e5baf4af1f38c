package dev.tcc.passes.fusion;

import dev.tcc.ir.Graph;
import dev.tcc.ir.Value;
import dev.tcc.passes.IrText;

import java.util.List;
import java.util.TreeSet;

/**
 * The text of a fused graph for {@code --dump-ir=after:fuse}: the graph IR, then the fusion plan as comments —
 * one line per kernel (its anchor node and op, the values it writes) and the values that get buffers. The
 * graph part parses back like any graph IR (the plan is comments).
 */
public final class FusionText {
    private FusionText() {}

    public static String print(Graph g, Fusion.Plan plan) {
        StringBuilder b = new StringBuilder(IrText.print(g));
        b.append("// fusion plan: ").append(plan.kernels().size()).append(" kernels for ").append(g.nodes().size()).append(" nodes\n");
        List<Fusion.Kernel> ks = plan.kernels();
        for (int i = 0; i < ks.size(); i++) {
            Fusion.Kernel k = ks.get(i);
            b.append("//   kernel ").append(i).append(": ");
            b.append(k.anchor() == null ? "elementwise" : k.anchor().op().mnemonic() + " @" + k.anchor().name());
            b.append(" -> ").append(String.join(", ", k.outputs().stream().map(Value::name).map(n -> "%" + n).toList())).append('\n');
        }
        b.append("// buffers: ").append(String.join(", ", new TreeSet<>(plan.materialised()).stream().map(n -> "%" + n).toList())).append('\n');
        return b.toString();
    }
}
