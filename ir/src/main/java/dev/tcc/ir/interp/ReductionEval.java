package dev.tcc.ir.interp;

import dev.tcc.ir.*;

import java.util.List;

/** Reference semantics of {@link Reduction} ops. */
final class ReductionEval {
    private ReductionEval() {}

    static Tensor eval(Reduction op, Tensor x, TensorType out) {
        throw new IrException("the reference interpreter does not implement " + op.mnemonic() + " yet");
    }
}
