package dev.tcc.codegen.opencl;

import dev.tcc.codegen.common.Code;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.MathFn;

import java.util.EnumMap;
import java.util.Map;

/** OpenCL C's spellings of kernel-IR types, literals, builtins and math functions. */
final class OpenClTables {
    private OpenClTables() {}

    private static final Map<DType, String> VALUE_TYPES = new EnumMap<>(Map.of(
            DType.BOOL, "bool", DType.I32, "int", DType.U32, "uint", DType.I64, "long", DType.U64, "ulong",
            DType.F32, "float", DType.F64, "double"));

    /** Memory element types; bool is stored as a byte because OpenCL forbids bool in buffers. */
    private static final Map<DType, String> STORAGE_TYPES = new EnumMap<>(Map.ofEntries(
            Map.entry(DType.BOOL, "uchar"), Map.entry(DType.I8, "char"), Map.entry(DType.U8, "uchar"),
            Map.entry(DType.I16, "short"), Map.entry(DType.U16, "ushort"), Map.entry(DType.I32, "int"),
            Map.entry(DType.U32, "uint"), Map.entry(DType.I64, "long"), Map.entry(DType.U64, "ulong"),
            Map.entry(DType.F16, "half"), Map.entry(DType.F32, "float"), Map.entry(DType.F64, "double")));

    private static final Map<Expr.Builtin.Kind, String> BUILTINS = new EnumMap<>(Map.of(
            Expr.Builtin.Kind.GLOBAL_ID, "get_global_id", Expr.Builtin.Kind.LOCAL_ID, "get_local_id",
            Expr.Builtin.Kind.GROUP_ID, "get_group_id", Expr.Builtin.Kind.GLOBAL_SIZE, "get_global_size",
            Expr.Builtin.Kind.LOCAL_SIZE, "get_local_size", Expr.Builtin.Kind.NUM_GROUPS, "get_num_groups"));

    /** Every math function keeps its C99 name in OpenCL C (lower case), so no table is needed. */
    static String math(MathFn fn) { return fn.text(); }

    static String valueType(DType t) { return lookup(VALUE_TYPES, t); }

    static String storageType(DType t) { return lookup(STORAGE_TYPES, t); }

    static String builtin(Expr.Builtin.Kind k) { return BUILTINS.get(k); }

    private static String lookup(Map<DType, String> table, DType t) {
        String s = table.get(t);
        if (s == null) throw new IllegalArgumentException("OpenCL C has no spelling for element type " + t);
        return s;
    }

    static Code intLiteral(DType t, long v) {
        return switch (t) {
            case BOOL -> Code.primary(v != 0 ? "true" : "false");
            case I32 -> v == Integer.MIN_VALUE ? Code.primary("(-2147483647 - 1)") : signed(Long.toString(v));
            case U32 -> Code.primary(v + "u");
            case I64 -> v == Long.MIN_VALUE ? Code.primary("(-9223372036854775807L - 1L)") : signed(v + "L");
            case U64 -> Code.primary(Long.toUnsignedString(v) + "UL");
            default -> throw new IllegalArgumentException("not an integer value type: " + t);
        };
    }

    static Code floatLiteral(DType t, double v) {
        String s;
        if (Double.isNaN(v)) s = "NAN";
        else if (Double.isInfinite(v)) s = v > 0 ? "INFINITY" : "-INFINITY";
        else s = t == DType.F32 ? Float.toString((float) v) + "f" : Double.toString(v);
        if (t == DType.F64 && (Double.isNaN(v) || Double.isInfinite(v))) return Code.prefix("(double)", signed(s));
        return signed(s);
    }

    private static Code signed(String s) { return new Code(s, s.startsWith("-") ? Code.UNARY : Code.PRIMARY); }

    static boolean usesDouble(Kernel k) { return k.typesUsed().contains(DType.F64); }
}
