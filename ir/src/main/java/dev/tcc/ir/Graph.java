package dev.tcc.ir;

import java.util.List;

/**
 * A graph IR function: typed inputs, nodes in a valid execution order (every value is defined before it
 * is used), and outputs. {@code outputNames} are the external names of the outputs (an ONNX model's
 * output names), parallel to {@code outputs}: an output may be a graph input or another output's value.
 *
 * <h2>Semantics</h2>
 * Values are immutable tensors with static shapes; a node's outputs depend only on its inputs and
 * attributes, so any order that respects the data dependencies computes the same result. Weights are
 * {@link Op.Constant} nodes. Floating arithmetic rounds each operation's result to the output element type
 * (intermediate computation may be more precise); integer arithmetic wraps; NaN propagates unless an op
 * says otherwise. Out-of-range indices (gather, scatter) are errors at run time, not undefined behaviour.
 */
public record Graph(String name, List<Value> inputs, List<Node> nodes, List<Value> outputs, List<String> outputNames) {
    public Graph {
        inputs = List.copyOf(inputs);
        nodes = List.copyOf(nodes);
        outputs = List.copyOf(outputs);
        outputNames = List.copyOf(outputNames);
        if (outputs.size() != outputNames.size()) throw new IrException("graph " + name + ": outputs and output names differ in number");
    }

    /** A graph whose outputs keep their value names as external names. */
    public static Graph of(String name, List<Value> inputs, List<Node> nodes, List<Value> outputs) {
        return new Graph(name, inputs, nodes, outputs, outputs.stream().map(Value::name).toList());
    }

    public Graph withNodes(List<Node> newNodes) { return new Graph(name, inputs, newNodes, outputs, outputNames); }

    public Graph withNodesAndOutputs(List<Node> newNodes, List<Value> newOutputs) {
        return new Graph(name, inputs, newNodes, newOutputs, outputNames);
    }
}
