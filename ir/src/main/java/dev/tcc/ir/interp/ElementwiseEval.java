package dev.tcc.ir.interp;

import dev.tcc.ir.*;

import java.util.List;

/** Reference semantics of {@link Elementwise} ops. */
final class ElementwiseEval {
    private ElementwiseEval() {}

    static Tensor eval(Elementwise op, List<Tensor> args, TensorType out) {
        throw new IrException("the reference interpreter does not implement " + op.mnemonic() + " yet");
    }
}
