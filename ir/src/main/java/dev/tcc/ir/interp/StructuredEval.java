package dev.tcc.ir.interp;

import dev.tcc.ir.*;

import java.util.List;

/** Reference semantics of {@link Structured} ops. */
final class StructuredEval {
    private StructuredEval() {}

    static List<Tensor> eval(Structured op, List<Tensor> args, List<TensorType> out) {
        throw new IrException("the reference interpreter does not implement " + op.mnemonic() + " yet");
    }
}
