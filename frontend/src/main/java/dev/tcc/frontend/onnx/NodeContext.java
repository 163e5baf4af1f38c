package dev.tcc.frontend.onnx;

import dev.tcc.frontend.onnx.proto.Onnx.AttributeProto;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import dev.tcc.ir.DType;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an {@link OpImporter} sees of one ONNX node: its inputs as IR values, its attributes with defaults,
 * the opset, and ways to emit core ops. Errors made through {@link #error} name the file, node, op and opset.
 */
public final class NodeContext {
    private final ImportSession session;
    private final Scope scope;
    private final NodeProto node;
    private final Map<String, AttributeProto> attrs = new HashMap<>();

    NodeContext(ImportSession session, Scope scope, NodeProto node) {
        this.session = session;
        this.scope = scope;
        this.node = node;
        for (AttributeProto a : node.getAttributeList()) attrs.put(a.getName(), a);
    }

    List<Value> convert() {
        String domain = node.getDomain();
        OpImporter imp = session.registry.find(domain, node.getOpType());
        if (imp == null && !domain.isEmpty() && !domain.equals("ai.onnx")) {
            throw error("operator " + domain + "." + node.getOpType() + " is not supported: outside the default ONNX domain "
                    + "tcc imports only com.microsoft.MatMulNBits");
        }
        if (imp == null) {
            throw error("operator " + node.getOpType() + " is not supported by tcc; `tcc inspect` lists the model's operators "
                    + "and the README's \"Supported ONNX operators\" lists the ones tcc imports");
        }
        try {
            return imp.convert(this);
        } catch (OnnxException e) {
            throw e;
        } catch (IrException | IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
            throw error(e.getMessage());
        }
    }

    // ---- the node

    public String opType() { return node.getOpType(); }

    /** The node's name, or a stand-in built from its first output when the model gives none. */
    public String nodeName() {
        if (!node.getName().isEmpty()) return node.getName();
        return node.getOpType() + (node.getOutputCount() > 0 ? ":" + node.getOutput(0) : "");
    }

    /** The default-domain opset version the model imports. */
    public int opset() { return session.opset; }

    /** Number of inputs the node lists (missing optional ones in the middle count, as empty names). */
    public int inputCount() { return node.getInputCount(); }

    /** True when input {@code i} is given (listed and not empty). */
    public boolean hasInput(int i) { return i < node.getInputCount() && !node.getInput(i).isEmpty(); }

    /** Input {@code i}; an error when it is missing. */
    public Value input(int i) {
        if (!hasInput(i)) throw error("required input " + i + " is missing");
        Value v = scope.lookup(node.getInput(i));
        if (v == null) throw error("input '" + node.getInput(i) + "' is not defined before this node (the graph is not topologically sorted, or the name is wrong)");
        return v;
    }

    /** Input {@code i}, or null when it is not given. */
    public Value inputOrNull(int i) { return hasInput(i) ? input(i) : null; }

    public TensorType inputType(int i) { return input(i).type(); }

    /** The inputs from {@code from} on that are given (for variadic ops). */
    public List<Value> inputsFrom(int from) {
        List<Value> l = new ArrayList<>();
        for (int i = from; i < node.getInputCount(); i++) if (hasInput(i)) l.add(input(i));
        return l;
    }

    /** Number of outputs the node lists. */
    public int outputCount() { return node.getOutputCount(); }

    /** True when output {@code i} is listed and named (the model wants it). */
    public boolean wantsOutput(int i) { return i < node.getOutputCount() && !node.getOutput(i).isEmpty(); }

    /**
     * The static value of input {@code i}, needed because {@code what} must be known at compile time. A graph
     * input is bound to its value from {@link ImportOptions#bindings} when one is given, and so is a value
     * computed from bound graph inputs (evaluated on the interpreter).
     */
    public Tensor constantInput(int i, String what) {
        Value v = input(i);
        Tensor t = session.boundValue(v);
        if (t != null) return t;
        String onnxName = session.inputNames.get(v.name());
        throw error(what + " (input '" + node.getInput(i) + "') must be known at compile time, but it is computed at run time"
                + (onnxName != null ? "; give its value when compiling (it is the graph input '" + onnxName + "')"
                        : "; give the values of the graph inputs it is computed from when compiling"));
    }

    /** The static value of input {@code i} if it is already known (never binds), else null. */
    public Tensor constantOrNull(int i) { return hasInput(i) ? session.constantOf(input(i)) : null; }

    // ---- attributes

    public boolean hasAttr(String name) { return attrs.containsKey(name); }

    private AttributeProto attr(String name, AttributeProto.AttributeType type) {
        AttributeProto a = attrs.get(name);
        if (a == null) return null;
        if (!a.getRefAttrName().isEmpty()) throw error("attribute '" + name + "' refers to a function attribute, which tcc does not support");
        if (a.hasType() && a.getType() != type) throw error("attribute '" + name + "' must be of type " + type + ", got " + a.getType());
        return a;
    }

    public long attrInt(String name, long dflt) {
        AttributeProto a = attr(name, AttributeProto.AttributeType.INT);
        return a == null ? dflt : a.getI();
    }

    public double attrFloat(String name, double dflt) {
        AttributeProto a = attr(name, AttributeProto.AttributeType.FLOAT);
        return a == null ? dflt : a.getF();
    }

    public String attrString(String name, String dflt) {
        AttributeProto a = attr(name, AttributeProto.AttributeType.STRING);
        return a == null ? dflt : a.getS().toStringUtf8();
    }

    public List<Long> attrInts(String name, List<Long> dflt) {
        AttributeProto a = attr(name, AttributeProto.AttributeType.INTS);
        return a == null ? dflt : a.getIntsList();
    }

    public List<Double> attrFloats(String name, List<Double> dflt) {
        AttributeProto a = attr(name, AttributeProto.AttributeType.FLOATS);
        return a == null ? dflt : a.getFloatsList().stream().map(Float::doubleValue).toList();
    }

    public List<String> attrStrings(String name, List<String> dflt) {
        AttributeProto a = attr(name, AttributeProto.AttributeType.STRINGS);
        return a == null ? dflt : a.getStringsList().stream().map(b -> b.toStringUtf8()).toList();
    }

    /** A tensor attribute, or null. */
    public Tensor attrTensor(String name) {
        AttributeProto a = attr(name, AttributeProto.AttributeType.TENSOR);
        return a == null ? null : TensorCodec.decode(a.getT(), session.modelDir, where() + " attribute '" + name + "'");
    }

    /** A graph attribute (If branches, Loop bodies), or null. */
    public GraphProto attrGraph(String name) {
        AttributeProto a = attr(name, AttributeProto.AttributeType.GRAPH);
        return a == null ? null : a.getG();
    }

    public long requireAttrInt(String name) {
        if (!hasAttr(name)) throw error("required attribute '" + name + "' is missing");
        return attrInt(name, 0);
    }

    // ---- emitting

    /** Emits a single-output op (folded to a constant when all inputs are constants). */
    public Value emit(Op op, Value... args) {
        List<Value> outs = session.emit(nodeName(), op, List.of(args), outputHint(0));
        if (outs.size() != 1) throw error(op.mnemonic() + " has " + outs.size() + " outputs");
        return outs.get(0);
    }

    /** Emits an op with any number of outputs. */
    public List<Value> emitAll(Op op, List<Value> args) {
        String[] hints = new String[Math.max(node.getOutputCount(), 1)];
        for (int i = 0; i < hints.length; i++) hints[i] = outputHint(i);
        return session.emit(nodeName(), op, args, hints);
    }

    private String outputHint(int i) { return i < node.getOutputCount() && !node.getOutput(i).isEmpty() ? node.getOutput(i) : null; }

    /** A constant value. */
    public Value constant(Tensor t) { return session.constant(nodeName(), t, outputHint(0) == null ? "c" : outputHint(0) + "_c"); }

    /** A rank-0 constant of type {@code t}. */
    public Value scalar(double v, DType t) { return constant(Tensor.scalar(t, v)); }

    /** The known constant value of {@code v}, or null. */
    public Tensor constantOf(Value v) { return session.constantOf(v); }

    /**
     * Counts one unrolled copy of a loop or scan body against the import's total budget (nested loops
     * included) and fails with an error naming this node once it is spent.
     */
    public void unrollStep(String what) {
        if (!session.unrollOne()) {
            throw error(what + " unrolls past tcc's budget of " + ImportSession.MAX_UNROLLED_TOTAL
                    + " body copies in one model (nested loops and scans multiply); tcc unrolls control flow at import and refuses larger totals");
        }
    }

    /**
     * Imports {@code g}'s nodes inline (If branches with a constant condition, function bodies) and returns
     * the values of its outputs. The subgraph sees this graph's values.
     */
    public List<Value> inlineSubgraph(GraphProto g) { return inlineSubgraph(g, List.of()); }

    /**
     * Like {@link #inlineSubgraph(GraphProto)}, with the subgraph's declared inputs bound to {@code inputs}
     * in order (loop bodies unrolled at import time).
     */
    public List<Value> inlineSubgraph(GraphProto g, List<Value> inputs) {
        if (inputs.size() != g.getInputCount()) throw error("subgraph '" + g.getName() + "' takes " + g.getInputCount() + " inputs, got " + inputs.size());
        Scope inner = new Scope(scope);
        for (int i = 0; i < inputs.size(); i++) inner.define(g.getInput(i).getName(), inputs.get(i));
        session.importNodes(g, inner);
        List<Value> outs = new ArrayList<>();
        for (var o : g.getOutputList()) {
            Value v = inner.lookup(o.getName());
            if (v == null) throw error("subgraph output '" + o.getName() + "' is not defined");
            outs.add(v);
        }
        return outs;
    }

    // ---- errors

    private String where() {
        return session.file + ": node '" + nodeName() + "' (" + node.getOpType() + ", opset " + session.opset + ")";
    }

    /** An import error naming the file, node, op and opset. */
    public OnnxException error(String message) { return new OnnxException(where() + ": " + message); }
}
