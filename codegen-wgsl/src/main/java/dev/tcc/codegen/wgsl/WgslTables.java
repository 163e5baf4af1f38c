package dev.tcc.codegen.wgsl;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.MathFn;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** WGSL's spellings of kernel-IR types, builtins and math functions, and the names WGSL reserves. */
final class WgslTables {
    private WgslTables() {}

    /** Value types after the pre-render rules (64-bit integers narrowed, f64 refused). */
    static final Map<DType, String> VALUE_TYPES = new EnumMap<>(Map.of(
            DType.BOOL, "bool", DType.I32, "i32", DType.U32, "u32", DType.F32, "f32"));

    /** The entry-point parameter that carries each builtin, and its {@code @builtin} name. */
    record BuiltinParam(String param, String attribute) {}

    static final Map<Expr.Builtin.Kind, BuiltinParam> BUILTINS = new EnumMap<>(Map.of(
            Expr.Builtin.Kind.GLOBAL_ID, new BuiltinParam("tcc_global_id", "global_invocation_id"),
            Expr.Builtin.Kind.LOCAL_ID, new BuiltinParam("tcc_local_id", "local_invocation_id"),
            Expr.Builtin.Kind.GROUP_ID, new BuiltinParam("tcc_group_id", "workgroup_id"),
            Expr.Builtin.Kind.NUM_GROUPS, new BuiltinParam("tcc_num_groups", "num_workgroups"),
            Expr.Builtin.Kind.GLOBAL_SIZE, new BuiltinParam("tcc_num_groups", "num_workgroups")));

    static final String[] COMPONENTS = {"x", "y", "z"};

    /**
     * WGSL builtin functions for each math function; the ones WGSL lacks or defines differently are
     * {@code tcc_} helpers ({@link WgslHelpers}): erf (no builtin), isnan/isinf (WGSL may assume no NaN or
     * infinity, so they test the bits).
     */
    static final Map<MathFn, String> MATH = new EnumMap<>(Map.ofEntries(
            Map.entry(MathFn.EXP, "exp"), Map.entry(MathFn.EXP2, "exp2"), Map.entry(MathFn.LOG, "log"),
            Map.entry(MathFn.LOG2, "log2"), Map.entry(MathFn.SQRT, "sqrt"), Map.entry(MathFn.RSQRT, "inverseSqrt"),
            Map.entry(MathFn.SIN, "sin"), Map.entry(MathFn.COS, "cos"), Map.entry(MathFn.TAN, "tan"),
            Map.entry(MathFn.ASIN, "asin"), Map.entry(MathFn.ACOS, "acos"), Map.entry(MathFn.ATAN, "atan"),
            Map.entry(MathFn.SINH, "sinh"), Map.entry(MathFn.COSH, "cosh"), Map.entry(MathFn.TANH, "tcc_tanh"),
            Map.entry(MathFn.ASINH, "asinh"), Map.entry(MathFn.ACOSH, "acosh"), Map.entry(MathFn.ATANH, "atanh"),
            Map.entry(MathFn.ERF, "tcc_erf"), Map.entry(MathFn.FLOOR, "floor"), Map.entry(MathFn.CEIL, "ceil"),
            Map.entry(MathFn.TRUNC, "trunc"), Map.entry(MathFn.RINT, "round"), Map.entry(MathFn.POW, "pow"),
            Map.entry(MathFn.ATAN2, "atan2"), Map.entry(MathFn.FMA, "fma"), Map.entry(MathFn.ISNAN, "tcc_isnan"),
            Map.entry(MathFn.ISINF, "tcc_isinf")));

    static String valueType(DType t) {
        String s = VALUE_TYPES.get(t);
        if (s == null) throw new IllegalArgumentException("WGSL has no value type for " + t + " (the pre-render rules remove it)");
        return s;
    }

    /**
     * Keywords, reserved words and the predeclared names a kernel's own names must not shadow (the
     * types and functions the renderer emits). A kernel name among them gets a trailing {@code _}.
     */
    static final Set<String> RESERVED = Set.of(
            // keywords
            "alias", "break", "case", "const", "const_assert", "continue", "continuing", "default", "diagnostic",
            "discard", "else", "enable", "false", "fn", "for", "if", "let", "loop", "override", "requires", "return",
            "struct", "switch", "true", "var", "while",
            // reserved words
            "NULL", "Self", "abstract", "active", "alignas", "alignof", "as", "asm", "asm_fragment", "async", "attribute",
            "auto", "await", "become", "cast", "catch", "class", "co_await", "co_return", "co_yield", "coherent",
            "column_major", "common", "compile", "compile_fragment", "concept", "const_cast", "consteval", "constexpr",
            "constinit", "crate", "debugger", "decltype", "delete", "demote", "demote_to_helper", "do", "dynamic_cast",
            "enum", "explicit", "export", "extends", "extern", "external", "fallthrough", "filter", "final", "finally",
            "friend", "from", "fxgroup", "get", "goto", "groupshared", "highp", "impl", "implements", "import", "inline",
            "instanceof", "interface", "layout", "lowp", "macro", "macro_rules", "match", "mediump", "meta", "mod",
            "module", "move", "mut", "mutable", "namespace", "new", "nil", "noexcept", "noinline", "nointerpolation",
            "non_coherent", "noncoherent", "noperspective", "null", "nullptr", "of", "operator", "package", "packoffset",
            "partition", "pass", "patch", "pixelfragment", "precise", "precision", "premerge", "priv", "protected", "pub",
            "public", "readonly", "ref", "regardless", "register", "reinterpret_cast", "require", "resource", "restrict",
            "self", "set", "shared", "sizeof", "smooth", "snorm", "static", "static_assert", "static_cast", "std",
            "subroutine", "super", "target", "template", "this", "thread_local", "throw", "trait", "try", "type",
            "typedef", "typeid", "typename", "typeof", "union", "unless", "unorm", "unsafe", "unsized", "use", "using",
            "varying", "virtual", "volatile", "wgsl", "where", "with", "writeonly", "yield",
            // predeclared types and functions the renderer uses
            "bool", "i32", "u32", "f32", "f16", "vec2", "vec3", "array", "atomic", "bitcast", "select", "min", "max",
            "abs", "clamp", "exp", "exp2", "log", "log2", "sqrt", "inverseSqrt", "sin", "cos", "tan", "asin", "acos",
            "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "floor", "ceil", "trunc", "round", "pow",
            "atan2", "fma", "sign", "frexp", "ldexp", "extractBits", "pack2x16float", "unpack2x16float", "atomicLoad", "atomicAnd", "atomicOr",
            "workgroupBarrier", "storageBarrier", "read", "read_write", "storage", "uniform", "workgroup", "function",
            "private");

    /** The WGSL spelling of a kernel-IR name. */
    static String name(String irName) {
        if (irName.equals("_") || irName.startsWith("__")) return "v" + irName; // WGSL reserves a leading "__"
        return RESERVED.contains(irName) || irName.startsWith("tcc_") ? irName + "_" : irName;
    }
}
