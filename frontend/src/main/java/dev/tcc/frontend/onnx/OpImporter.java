package dev.tcc.frontend.onnx;

import dev.tcc.ir.Value;

import java.util.List;

/**
 * Converts one ONNX node to core ops. Returns the values of the node's outputs in order (it may return
 * fewer than the op declares when the node does not ask for the optional ones).
 */
@FunctionalInterface
public interface OpImporter {
    List<Value> convert(NodeContext n);
}
