package dev.tcc.ir.kernel;

/** A kernel parameter: a buffer or a scalar, bound by position at launch. */
public sealed interface Param permits BufferParam, ScalarParam {
    /** The parameter's name, unique in its kernel. */
    String name();
}
