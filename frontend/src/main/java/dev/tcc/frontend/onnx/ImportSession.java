package dev.tcc.frontend.onnx;

import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorProto;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * State of one model import: the graph being built, which values are known constants, which graph inputs
 * were bound to constants, and where the model came from (for messages and external data).
 */
final class ImportSession {
    final GraphBuilder builder = new GraphBuilder();
    final String file;
    final Path modelDir;
    final int opset;
    final ImportOptions options;
    final OpRegistry registry;
    /** Known constant value of a Value, by value name. */
    private final Map<String, Tensor> constants = new HashMap<>();
    /** Graph inputs (by value name) to their ONNX names, for binding. */
    final Map<String, String> inputNames = new HashMap<>();
    final Set<String> boundInputs = new HashSet<>();

    /**
     * Most loop and scan body copies one import makes, nested ones included (an outer loop of 64 trips around
     * an inner one of 64 makes 64 + 64 * 64); beyond it the import fails fast instead of growing the graph
     * without bound.
     */
    static final long MAX_UNROLLED_TOTAL = 16_384;
    private long unrolled;

    /** Counts one more unrolled body copy; false once the budget is spent. */
    boolean unrollOne() { return ++unrolled <= MAX_UNROLLED_TOTAL; }

    /** Largest result (in elements) folded at import time; larger ones stay nodes. */
    private static final long FOLD_LIMIT = 1 << 24;

    ImportSession(String file, Path modelDir, int opset, ImportOptions options, OpRegistry registry) {
        this.file = file;
        this.modelDir = modelDir;
        this.opset = opset;
        this.options = options;
        this.registry = registry;
    }

    Tensor constantOf(Value v) { return constants.get(v.name()); }

    /** The op and arguments that computed each value of a node that was not folded, by value name. */
    private final Map<String, Producer> producers = new HashMap<>();

    private record Producer(Op op, List<Value> args, int output) {}

    /**
     * The value of {@code v} with graph inputs bound to their values from {@link ImportOptions#bindings}:
     * a constant, a bound graph input, or a value computed from those by nodes already imported (run on the
     * interpreter). Null when some graph input it depends on has no binding. Inputs used are recorded in
     * {@link #boundInputs}.
     */
    Tensor boundValue(Value v) {
        Set<String> used = new HashSet<>();
        Tensor t = boundValue(v, new HashMap<>(), used);
        if (t != null) boundInputs.addAll(used);
        return t;
    }

    private Tensor boundValue(Value v, Map<String, Tensor> memo, Set<String> used) {
        Tensor t = constants.get(v.name());
        if (t != null) return t;
        t = memo.get(v.name());
        if (t != null) return t;
        String onnxName = inputNames.get(v.name());
        if (onnxName != null) {
            t = options.bindings().get(onnxName);
            if (t != null) used.add(onnxName);
            return t;
        }
        Producer p = producers.get(v.name());
        if (p == null) return null;
        List<Tensor> args = new ArrayList<>();
        for (Value a : p.args()) {
            Tensor at = boundValue(a, memo, used);
            if (at == null) return null;
            args.add(at);
        }
        t = Interpreter.eval(p.op(), args).get(p.output());
        memo.put(v.name(), t);
        return t;
    }

    Value constant(String nodeName, Tensor t, String hint) {
        Value v = builder.constant(nodeName, t, hint);
        constants.put(v.name(), t);
        return v;
    }

    /**
     * Adds {@code op}, folding it to constants when every argument is a known constant, except a {@link Dequantize}
     * (a quantised weight stays quantised, dequantised in the kernels that read it).
     */
    List<Value> emit(String nodeName, Op op, List<Value> args, String... hints) {
        List<Tensor> known = new ArrayList<>();
        for (Value a : args) {
            Tensor t = constants.get(a.name());
            if (t == null) break;
            known.add(t);
        }
        if (known.size() == args.size() && !(op instanceof Op.Constant) && !(op instanceof Dequantize)) {
            long size = op.inferTypes(args.stream().map(Value::type).toList()).stream().mapToLong(t -> t.size()).sum();
            if (size <= FOLD_LIMIT) {
                List<Tensor> results = null;
                try {
                    results = Interpreter.eval(op, known);
                } catch (IrException e) {
                    if (!String.valueOf(e.getMessage()).contains("does not implement")) throw e;
                }
                if (results != null) {
                    List<Value> outs = new ArrayList<>();
                    for (int i = 0; i < results.size(); i++) {
                        outs.add(constant(nodeName, results.get(i), i < hints.length ? hints[i] : op.mnemonic()));
                    }
                    return outs;
                }
            }
        }
        List<Value> outs = builder.add(nodeName, op, args, hints);
        for (int i = 0; i < outs.size(); i++) producers.put(outs.get(i).name(), new Producer(op, List.copyOf(args), i));
        return outs;
    }

    /** Imports the nodes of {@code g} into {@code scope} (initializers first). */
    void importNodes(GraphProto g, Scope scope) {
        for (TensorProto init : g.getInitializerList()) {
            Tensor t = TensorCodec.decode(init, modelDir, file + ": initializer '" + init.getName() + "'");
            scope.define(init.getName(), constant(init.getName(), t, init.getName()));
        }
        for (NodeProto node : g.getNodeList()) {
            NodeContext ctx = new NodeContext(this, scope, node);
            List<Value> outs = ctx.convert();
            for (int i = 0; i < node.getOutputCount(); i++) {
                String name = node.getOutput(i);
                if (name.isEmpty()) continue;
                if (i >= outs.size() || outs.get(i) == null) {
                    throw ctx.error("output " + i + " ('" + name + "') is not supported by tcc's import of " + node.getOpType());
                }
                scope.define(name, outs.get(i));
            }
        }
    }
}
