package dev.tcc.frontend.onnx;

import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorProto;
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

    /**
     * The value of {@code v} computed from graph inputs bound in {@link ImportOptions#bindings} (a graph
     * input itself, or a value derived from bound inputs only), or null when some input it needs is not
     * bound. The inputs it uses are recorded as bound.
     */
    Tensor evaluateBound(Value v) {
        dev.tcc.ir.Graph g = builder.build("bound", List.of(v), List.of(v.name()), false);
        Map<String, Tensor> feed = new HashMap<>();
        for (Value in : g.inputs()) {
            Tensor t = options.bindings().get(inputNames.get(in.name()));
            if (t == null) return null;
            feed.put(in.name(), t);
        }
        Tensor result = Interpreter.run(g, feed).get(0);
        for (Value in : g.inputs()) boundInputs.add(inputNames.get(in.name()));
        return result;
    }

    Value constant(String nodeName, Tensor t, String hint) {
        Value v = builder.constant(nodeName, t, hint);
        constants.put(v.name(), t);
        return v;
    }

    /** Adds {@code op}, folding it to constants when every argument is a known constant. */
    List<Value> emit(String nodeName, Op op, List<Value> args, String... hints) {
        List<Tensor> known = new ArrayList<>();
        for (Value a : args) {
            Tensor t = constants.get(a.name());
            if (t == null) break;
            known.add(t);
        }
        if (known.size() == args.size() && !(op instanceof Op.Constant)) {
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
        return builder.add(nodeName, op, args, hints);
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
