package dev.tcc.passes.fusion;

import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which values get a buffer and which are computed inside the kernels that read them.
 *
 * <p>The model: elementwise ops are expression nodes and index-remapping movement ops (reshape, transpose,
 * slice, expand, tile, pad, concat, gather) are index maps, so a value they produce can be computed per
 * element wherever it is read. Such a value is <em>inlined</em> into its consumer — a chain of them
 * becomes one kernel, and a chain feeding a matmul, reduction or normalisation becomes that kernel's
 * prologue — unless it must be <em>materialised</em> (given a buffer): it is a graph output, or it has
 * several consumers and is not a free view. Values of other ops (<em>anchors</em>: matmul, conv, pooling,
 * reductions, softmax, layer norm, recurrent layers, scatter, resize) are materialised, except that an
 * anchor with one output read once by an elementwise op of the same shape (or a reshape) takes that op
 * as its <em>epilogue</em>, and so on down the chain: the anchor's kernel then writes the chain's end
 * (scatters, which run as two launches, take none; a value ends at most one anchor's chain).
 * A reshape of a value with a buffer is an <em>alias</em> of that buffer (no kernel), graph outputs
 * included: reading an output never changes the buffer.
 *
 * <p>Two refinements. An operand of a matmul or convolution whose inline computation involves
 * transcendental functions is materialised, since those anchors read each operand element many times (it
 * then usually becomes the epilogue of its own producer). And a value read by several consumers that all
 * end up in one kernel is not materialised after all ({@link SharedValues}): {@code x * sigmoid(x)} is one
 * kernel, and an anchor's epilogue may branch and rejoin.
 */
public final class Fusion {
    private Fusion() {}

    /**
     * One kernel launch: the materialised values it writes, and the anchor it is built around (null when
     * it is a pure elementwise/index-map kernel of one output).
     */
    public record Kernel(List<Value> outputs, Node anchor) {}

    /** The plan: kernels in execution order, values with buffers, buffer aliases (reshapes of buffers). */
    public record Plan(List<Kernel> kernels, Set<String> materialised, Map<String, Node> producers, Map<String, Value> aliases) {
        public boolean isMaterialised(Value v) { return materialised.contains(v.name()); }
    }

    /** True for ops evaluated per output element through an index map. */
    public static boolean isIndexable(Op op) {
        return switch (op) {
            case Elementwise e -> true;
            case Movement.Reshape r -> true;
            case Movement.Transpose t -> true;
            case Movement.Slice s -> true;
            case Movement.Expand e -> true;
            case Movement.Tile t -> true;
            case Movement.Pad p -> true;
            case Movement.Concat c -> true;
            case Movement.Gather g -> true;
            case Movement.GatherElements g -> true;
            case Dequantize d -> true;
            default -> false;
        };
    }

    /**
     * Recomputed in every consumer rather than given a buffer: pure re-indexing without arithmetic, and
     * dequantisation (a buffer would hold the weight expanded to floats).
     */
    static boolean isView(Op op) {
        return op instanceof Dequantize || op instanceof Movement.Reshape || op instanceof Movement.Transpose || op instanceof Movement.Slice || op instanceof Movement.Expand;
    }

    /** True for anchors that can write an epilogue chain instead of their own output (not the two-pass scatters). */
    static boolean takesEpilogue(Op op) {
        return !(op instanceof Movement.ScatterND || op instanceof Movement.ScatterElements);
    }

    /** True when computing {@code v} inline involves transcendental functions (exp, erf, tanh, pow, ...). */
    static boolean costly(Value v, Map<String, Node> producer, Set<String> materialised) {
        Node p = producer.get(v.name());
        if (p == null || materialised.contains(v.name()) && p.outputs().get(0) != v) return false;
        boolean here = switch (p.op()) {
            case Elementwise.Unary u -> switch (u.fn()) {
                case NEG, ABS, RELU, FLOOR, CEIL, ROUND, SIGN, NOT, BITWISE_NOT, IS_NAN, IS_INF, IS_POS_INF, IS_NEG_INF, SQRT, RECIPROCAL -> false;
                default -> true;
            };
            case Elementwise.Binary b -> b.fn() == Elementwise.BinaryFn.POW;
            default -> false;
        };
        if (here) return true;
        if (!isIndexable(p.op())) return false;
        for (Value in : p.inputs()) if (!materialised.contains(in.name()) && costly(in, producer, materialised)) return true;
        return false;
    }

    public static Plan plan(Graph g) {
        Map<String, Node> producer = new HashMap<>();
        Map<String, List<Node>> consumers = new HashMap<>();
        for (Node n : g.nodes()) {
            for (Value v : n.outputs()) producer.put(v.name(), n);
            for (Value v : n.inputs()) consumers.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(n);
        }
        Set<String> outputs = new HashSet<>();
        g.outputs().forEach(v -> outputs.add(v.name()));
        Set<String> materialised = new HashSet<>();
        g.inputs().forEach(v -> materialised.add(v.name()));
        for (Node n : g.nodes()) {
            for (Value v : n.outputs()) {
                int uses = consumers.getOrDefault(v.name(), List.of()).size();
                boolean inline = isIndexable(n.op()) && !outputs.contains(v.name())
                        && (uses <= 1 || isView(n.op()) || v.type().size() == 1);
                if (!inline) materialised.add(v.name());
            }
        }
        // Operands that matmuls and convolutions read many times are not recomputed per read when costly.
        for (Node n : g.nodes()) {
            if (!(n.op() instanceof Linalg.MatMul || n.op() instanceof Linalg.Conv || n.op() instanceof Linalg.ConvTranspose)) continue;
            for (Value v : n.inputs()) if (!materialised.contains(v.name()) && costly(v, producer, materialised)) materialised.add(v.name());
        }
        // Epilogues: walk down from each single-output anchor while the value is read once, element for element.
        Map<String, Node> anchorOf = new HashMap<>();
        Set<String> chained = new HashSet<>();
        for (Node n : g.nodes()) {
            if (isIndexable(n.op()) || n.op() instanceof Op.Constant || n.outputs().size() != 1) continue;
            Value cur = n.output();
            while (takesEpilogue(n.op()) && !outputs.contains(cur.name())) {
                List<Node> cs = consumers.getOrDefault(cur.name(), List.of());
                if (cs.size() != 1) break;
                Node c = cs.get(0);
                String curName = cur.name();
                boolean sameSpace = c.op() instanceof Movement.Reshape
                        || (c.op() instanceof Elementwise && c.output().type().shape().equals(cur.type().shape())
                            && c.inputs().stream().filter(i -> i.name().equals(curName)).count() == 1);
                if (!sameSpace || chained.contains(c.output().name())
                        || !materialised.contains(c.output().name()) && consumers.getOrDefault(c.output().name(), List.of()).size() > 1) break;
                materialised.remove(cur.name());
                materialised.add(c.output().name());
                chained.add(c.output().name());
                cur = c.output();
            }
            anchorOf.put(cur.name(), n);
        }
        new SharedValues(g, producer, consumers, outputs, materialised, anchorOf).run();
        // Reshapes of buffers are aliases: same bytes, no kernel.
        Map<String, Value> aliases = new HashMap<>();
        List<Kernel> kernels = new ArrayList<>();
        Set<Node> anchorsDone = new HashSet<>();
        for (Node n : g.nodes()) {
            if (n.op() instanceof Op.Constant) continue;
            if (!isIndexable(n.op()) && n.outputs().size() > 1) {
                kernels.add(new Kernel(n.outputs(), n));
                continue;
            }
            Value v = n.outputs().get(0);
            if (!materialised.contains(v.name())) continue;
            if (n.op() instanceof Movement.Reshape && materialised.contains(n.inputs().get(0).name())) {
                aliases.put(v.name(), n.inputs().get(0));
                continue;
            }
            Node anchor = anchorOf.get(v.name());
            if (anchor != null && !anchorsDone.add(anchor)) throw new IllegalStateException("anchor " + anchor.name() + " planned twice");
            kernels.add(new Kernel(List.of(v), anchor));
        }
        return new Plan(kernels, materialised, producer, aliases);
    }
}
