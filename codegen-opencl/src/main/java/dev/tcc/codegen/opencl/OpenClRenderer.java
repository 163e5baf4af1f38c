package dev.tcc.codegen.opencl;

import dev.tcc.codegen.common.CLikeRenderer;
import dev.tcc.codegen.common.Code;
import dev.tcc.codegen.common.SourceWriter;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.BinaryOp;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.MathFn;
import dev.tcc.ir.kernel.Memory;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;
import dev.tcc.ir.kernel.Stmt;

import java.util.stream.Collectors;

/**
 * Renders kernel IR to OpenCL C 1.2: the tables in {@link OpenClTables} plus the constructs OpenCL
 * spells its own way. f16 memory goes through {@code vload_half}/{@code vstore_half_rte} (no {@code
 * cl_khr_fp16} needed), bool memory is {@code uchar}, buffers are {@code restrict} (kernel IR forbids
 * aliasing), the workgroup size is fixed with {@code reqd_work_group_size}, and float-to-integer
 * conversions use the saturating {@code convert_T_sat_rtz}, as kernel IR specifies.
 *
 * <p>One gap to kernel IR's semantics: signed integer arithmetic is rendered as plain C operators, and
 * signed overflow is formally undefined in OpenCL C (kernel IR says it wraps). PoCL and GPU compilers
 * wrap in practice (the runtime tests check {@code INT_MAX << 3} and friends); if a device ever does
 * not, render overflowing signed operations through the unsigned type.
 */
public final class OpenClRenderer extends CLikeRenderer {

    /** The build options every tcc OpenCL kernel is compiled with. */
    public static final String BUILD_OPTIONS = "-cl-std=CL1.2";

    @Override
    protected void header(SourceWriter w, Kernel k) {
        if (OpenClTables.usesDouble(k)) w.line("#pragma OPENCL EXTENSION cl_khr_fp64 : enable").line("");
        var g = k.grid();
        w.line("__kernel __attribute__((reqd_work_group_size(" + g.workgroupSize(0) + ", " + g.workgroupSize(1)
                + ", " + g.workgroupSize(2) + ")))");
        w.line("void " + k.name() + "(" + k.params().stream().map(this::param).collect(Collectors.joining(", ")) + ")");
    }

    private String param(Param p) {
        return switch (p) {
            case BufferParam b -> "__global " + (b.access().canStore() ? "" : "const ")
                    + OpenClTables.storageType(b.elementType()) + "* restrict " + b.name();
            case ScalarParam s -> "const " + typeName(s.var().type()) + " " + s.name();
        };
    }

    @Override
    protected void declarations(SourceWriter w, Kernel k) {
        for (ArrayDecl a : k.arrays()) {
            String space = a.space() == ArrayDecl.Space.WORKGROUP ? "__local " : "";
            w.line(space + OpenClTables.storageType(a.elementType()) + " " + a.name() + "[" + a.length() + "];");
        }
    }

    @Override protected String typeName(DType t) { return OpenClTables.valueType(t); }

    @Override protected Code intLiteral(Expr.IntLit l) { return OpenClTables.intLiteral(l.type(), l.value()); }

    @Override protected Code floatLiteral(Expr.FloatLit l) { return OpenClTables.floatLiteral(l.type(), l.value()); }

    @Override
    protected Code builtin(Expr.Builtin b) {
        return Code.prefix("(int)", Code.primary(OpenClTables.builtin(b.kind()) + "(" + b.dim() + ")"));
    }

    @Override protected String mathName(MathFn fn, DType t) { return OpenClTables.math(fn); }

    @Override
    protected String barrier(Stmt.Barrier.Fence f) {
        return switch (f) {
            case WORKGROUP -> "barrier(CLK_LOCAL_MEM_FENCE);";
            case ALL -> "barrier(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE);";
        };
    }

    @Override
    protected Code minMax(BinaryOp op, DType t, Code a, Code b) {
        String name = (t.isFloat() ? "f" : "") + (op == BinaryOp.MIN ? "min" : "max");
        return Code.call(name, a, b);
    }

    @Override
    protected Code abs(DType t, Code x) {
        if (t.isFloat()) return Code.call("fabs", x);
        if (!t.isSigned()) return x;
        return Code.prefix("(" + typeName(t) + ")", Code.call("abs", x)); // abs gives the unsigned type
    }

    @Override
    protected Code cast(DType to, DType from, Code x) {
        if (to == DType.BOOL) return Code.primary("(" + x.at(Code.RELATIONAL) + " != 0)");
        if (from.isFloat() && to.isInteger()) return Code.call("convert_" + typeName(to) + "_sat_rtz", x);
        return Code.prefix("(" + typeName(to) + ")", x);
    }

    @Override
    protected Code load(Memory m, Code index) {
        return switch (m.elementType()) {
            case F16 -> Code.call("vload_half", index, Code.primary(m.name()));
            case BOOL -> Code.primary("(" + m.name() + "[" + index.text() + "] != 0)");
            case I8, U8, I16, U16 -> Code.prefix("(" + typeName(m.valueType()) + ")", super.load(m, index));
            default -> super.load(m, index);
        };
    }

    @Override
    protected String store(Memory m, Code index, Code value) {
        return switch (m.elementType()) {
            case F16 -> "vstore_half_rte(" + value.text() + ", " + index.text() + ", " + m.name() + ");";
            case BOOL, I8, U8, I16, U16 -> super.store(m, index, Code.prefix("(" + OpenClTables.storageType(m.elementType()) + ")", value));
            default -> super.store(m, index, value);
        };
    }
}
