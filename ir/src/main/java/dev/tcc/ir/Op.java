package dev.tcc.ir;

import java.util.List;

/**
 * The closed set of core operations of the graph IR. Each family is a sealed interface of records in its
 * own file; an exhaustive {@code switch} over this interface is the visitor, so adding an op fails to
 * compile exactly where it must be handled (interpreter, printer/parser, lowering).
 *
 * <p>Attributes are static: shapes, axes, pads and the like are resolved at import time, so every op
 * has statically known output types, computed by {@link #inferTypes}.
 */
public sealed interface Op permits Op.Constant, Elementwise, Reduction, Linalg, Movement, Structured, Dequantize {

    /** The op's mnemonic in textual IR, e.g. {@code add} or {@code reduce}. */
    String mnemonic();

    /**
     * Output types for the given input types.
     *
     * @throws IrException if the inputs are not acceptable (wrong count, type or shape)
     */
    List<TensorType> inferTypes(List<TensorType> inputs);

    /** A constant tensor (weights, folded values). No inputs, one output. */
    record Constant(Tensor value) implements Op {
        @Override public String mnemonic() { return "constant"; }

        @Override public List<TensorType> inferTypes(List<TensorType> inputs) {
            Types.arity(this, inputs, 0);
            return List.of(value.type());
        }
    }
}
