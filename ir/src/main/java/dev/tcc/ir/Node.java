package dev.tcc.ir;

import java.util.List;

/**
 * One operation of the graph IR: {@code op} applied to {@code inputs}, defining {@code outputs}.
 * {@code name} is where the node came from (the ONNX node name, or a pass's name for nodes it made)
 * and appears in error messages.
 */
public record Node(String name, Op op, List<Value> inputs, List<Value> outputs) {
    public Node {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    public Value output() {
        if (outputs.size() != 1) throw new IrException("node " + name + " has " + outputs.size() + " outputs");
        return outputs.get(0);
    }
}
