package dev.tcc.ir.interp;

import dev.tcc.ir.*;

import java.util.List;

/** Reference semantics of {@link Linalg} ops. */
final class LinalgEval {
    private LinalgEval() {}

    static Tensor eval(Linalg op, List<Tensor> args, TensorType out) {
        throw new IrException("the reference interpreter does not implement " + op.mnemonic() + " yet");
    }
}
