package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.NodeContext;
import dev.tcc.frontend.onnx.OpRegistry;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.ir.Value;

import java.util.List;

/**
 * Importers of ONNX control flow. tcc's graph IR has no control flow: an If whose condition is known at
 * compile time is replaced by its taken branch.
 */
public final class ControlOps {
    private ControlOps() {}

    public static void register(OpRegistry r) {
        r.register("If", ControlOps::ifOp);
    }

    private static List<Value> ifOp(NodeContext n) {
        boolean cond = n.constantInput(0, "If's condition (tcc inlines the taken branch, so it must be static)").getDouble(0) != 0;
        GraphProto g = n.attrGraph(cond ? "then_branch" : "else_branch");
        if (g == null) throw n.error("required attribute '" + (cond ? "then_branch" : "else_branch") + "' is missing");
        return n.inlineSubgraph(g);
    }
}
