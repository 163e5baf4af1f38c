package dev.tcc.ir.kernel;

/**
 * A scalar parameter (a size, a flag, a constant chosen at launch). The body reads it as the variable
 * {@code var}, which it must not assign. Bool is not allowed (OpenCL forbids bool kernel arguments):
 * pass an i32 instead.
 */
public record ScalarParam(Expr.Var var) implements Param {
    public ScalarParam {
        if (var.type() == dev.tcc.ir.DType.BOOL) {
            throw new KernelIrException("scalar parameter " + var.name() + ": bool parameters are not allowed, use i32");
        }
    }

    @Override public String name() { return var.name(); }
}
