package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.ir.Value;

import java.util.List;

/** Einsum. */
final class EinsumImport {
    private EinsumImport() {}

    static List<Value> convert(NodeContext n) {
        throw n.error("Einsum is not supported yet");
    }
}
