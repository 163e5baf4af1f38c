package dev.tcc.ir.interp;

import dev.tcc.ir.*;

import java.util.List;

/** Reference semantics of {@link Movement} ops. */
final class MovementEval {
    private MovementEval() {}

    static Tensor eval(Movement op, List<Tensor> args, TensorType out) {
        throw new IrException("the reference interpreter does not implement " + op.mnemonic() + " yet");
    }
}
