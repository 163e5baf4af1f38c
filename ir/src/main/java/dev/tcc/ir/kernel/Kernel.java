package dev.tcc.ir.kernel;

import java.util.List;

/**
 * One GPU kernel: what a single launch computes, independent of the target language.
 *
 * <h2>Semantics</h2>
 *
 * <p><b>Execution.</b> A launch runs one <i>work-item</i> per point of the {@link Grid}: {@code groups}
 * workgroups of {@code workgroupSize} work-items each, in up to three dimensions. Every work-item runs
 * {@link #body()} with its own ids ({@link Expr.Builtin}) and its own variables and {@link
 * ArrayDecl.Space#PRIVATE private} arrays. Work-items of one workgroup share the {@link
 * ArrayDecl.Space#WORKGROUP workgroup} arrays; all work-items share the buffer parameters. Nothing
 * orders work-items except barriers: different workgroups may run in any order or concurrently.
 *
 * <p><b>Barrier.</b> {@link Stmt.Barrier} waits until every work-item of the workgroup has reached it;
 * memory writes made before it (to workgroup arrays, and with {@code ALL} also to buffers) are then
 * visible to every work-item of the workgroup after it. A barrier must be reached by all work-items of
 * a workgroup or by none, the same number of times (uniform control flow); otherwise behaviour is
 * undefined (the interpreter reports it). Conflicting accesses to the same element by different
 * work-items between barriers (a data race) are undefined.
 *
 * <p><b>Types.</b> Expressions have a <i>value type</i>: bool, i32, u32, i64, u64, f32 or f64 ({@link
 * KernelTypes}). Memory (buffers, arrays) may also hold the <i>storage types</i> f16, i8, u8, i16 and
 * u16: a load widens them (f16 to f32 exactly; i8, i16 to i32; u8, u16 to u32) and a store narrows the
 * value back (f32 to f16 rounds to nearest even; integers wrap). Bool is stored as one byte (0 or 1).
 * Operands of a binary operation must have the same type; there are no implicit conversions.
 *
 * <p><b>Integers</b> are two's complement and every operation wraps modulo 2<sup>bits</sup>. Division
 * truncates toward zero, remainder takes the sign of the dividend (C's {@code /} and {@code %}).
 * Division or remainder by zero, and signed {@code MIN / -1}, are errors a kernel must not commit:
 * their results are unspecified and a CPU device may even stop the process (x86 traps), so lowering
 * guards divisors that can be zero; the interpreter gives 0 (and {@code MIN} for {@code MIN / -1}).
 * Shift counts are taken modulo the bit width; {@code >>} is arithmetic for signed and logical for
 * unsigned types.
 *
 * <p><b>Floats</b> follow IEEE 754 with round to nearest even; NaN compares unequal to everything
 * ({@code NE} is true, the others false). {@code MIN}/{@code MAX} return the other operand when exactly
 * one is NaN (C's {@code fmin}/{@code fmax}). Basic arithmetic is exact-then-rounded in the interpreter;
 * a device may be less accurate within its documented ULP bounds (OpenCL allows 2.5 ULP for f32
 * division, more for {@code exp}, {@code erf}, ...) and may contract {@code a * b + c} into one fused
 * multiply-add, so results are compared with tolerances.
 *
 * <p><b>Conversions</b> ({@link Expr.Cast}): float to integer truncates toward zero and saturates to the
 * target range, NaN becoming 0; integer to integer wraps; to float rounds to nearest; to bool is {@code
 * x != 0}; bool is 0 or 1.
 *
 * <p><b>Evaluation.</b> Expressions have no side effects, so their evaluation order does not matter.
 * Every operand is evaluated, including both arms of {@link Expr.Select} and both sides of {@code
 * AND}/{@code OR}: a load must be in bounds even when its value is not chosen (clamp the index, or use
 * {@link Stmt.If}). An out-of-bounds load or store is undefined (the interpreter reports it). Array
 * contents are undefined before the first store (the interpreter fills them with NaN or a poison
 * pattern).
 *
 * <p><b>Buffers</b> bound to different parameters of one launch must not overlap ({@code restrict}).
 * A {@code READ} buffer is never stored to, a {@code WRITE} buffer never loaded from.
 *
 * <p><b>Names.</b> Parameters, arrays and variables have distinct names that are valid identifiers;
 * a variable is visible from its declaration to the end of its block.
 *
 * @param name    the kernel's entry-point name (a valid identifier)
 * @param params  buffer and scalar parameters, in binding order
 * @param arrays  workgroup and private arrays
 * @param grid    the launch grid
 * @param body    the statements every work-item runs
 */
public record Kernel(String name, List<Param> params, List<ArrayDecl> arrays, Grid grid, Stmt.Block body) {

    public Kernel {
        params = List.copyOf(params);
        arrays = List.copyOf(arrays);
        KernelVerifier.verify(name, params, arrays, grid, body);
    }

    /** Starts a kernel with the lambda-scoped builder; see {@link KernelBuilder}. */
    public static Kernel build(String name, java.util.function.Consumer<KernelBuilder> spec) {
        return KernelBuilder.build(name, spec);
    }

    /** The buffer parameters, in binding order. */
    public List<BufferParam> buffers() {
        return params.stream().filter(p -> p instanceof BufferParam).map(p -> (BufferParam) p).toList();
    }

    /** True when the body contains a barrier (work-items of a workgroup must then run together). */
    public boolean hasBarrier() { return Stmts.containsBarrier(body); }

    /**
     * Every element type the kernel touches: of parameters, arrays (as stored) and expressions. Renderers
     * use it to enable extensions (f64, f16).
     */
    public java.util.Set<dev.tcc.ir.DType> typesUsed() {
        var types = java.util.EnumSet.noneOf(dev.tcc.ir.DType.class);
        for (Param p : params) {
            types.add(switch (p) {
                case BufferParam b -> b.elementType();
                case ScalarParam s -> s.var().type();
            });
        }
        for (ArrayDecl a : arrays) types.add(a.elementType());
        Stmts.forEachExpr(body, e -> types.add(e.type()));
        return types;
    }

    /** The canonical text form. */
    public String toText() { return KernelPrinter.print(this); }

    /** What a caller needs to launch the kernel without its body: name, parameters, arrays and grid. */
    public Signature signature() { return new Signature(name, params, arrays, grid); }

    /**
     * A kernel's interface: what a device needs besides the rendered code to build and launch it (an
     * artefact's manifest records it for each kernel file). Parameters keep their types and access modes.
     */
    public record Signature(String name, List<Param> params, List<ArrayDecl> arrays, Grid grid) {
        public Signature {
            params = List.copyOf(params);
            arrays = List.copyOf(arrays);
        }

        /** Bytes of workgroup memory the kernel declares. */
        public long workgroupBytes() {
            return arrays.stream().filter(a -> a.space() == ArrayDecl.Space.WORKGROUP).mapToLong(ArrayDecl::bytes).sum();
        }
    }
}
