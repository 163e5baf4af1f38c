package dev.tcc.frontend.onnx.ops;

import dev.tcc.frontend.onnx.OpRegistry;

/** Importers of ONNX operators of this family. */
public final class ReductionOps {
    private ReductionOps() {}

    public static void register(OpRegistry r) {
    }
}
