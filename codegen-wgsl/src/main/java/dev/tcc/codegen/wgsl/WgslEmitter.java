package dev.tcc.codegen.wgsl;

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
import dev.tcc.ir.kernel.ScalarParam;
import dev.tcc.ir.kernel.Stmt;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints one kernel, already through the pre-render rules (no 64-bit types), as a WGSL module. One
 * instance per kernel: it collects the helpers the body needs while printing, and {@link #module}
 * puts them before the entry point.
 */
final class WgslEmitter extends CLikeRenderer {
    private static final String HELPERS_MARKER = "// @tcc-helpers\n";

    private final WgslOptions options;
    private final WgslLayout layout;
    private final WgslHelpers helpers = new WgslHelpers();
    private final Set<String> assigned = new HashSet<>();
    private final Set<Expr.Builtin.Kind> builtins = EnumSet.noneOf(Expr.Builtin.Kind.class);
    private final int[] workgroupSize;

    WgslEmitter(Kernel k, WgslOptions options, WgslLayout layout) {
        this.options = options;
        this.layout = layout;
        this.workgroupSize = new int[] {k.grid().workgroupSize(0), k.grid().workgroupSize(1), k.grid().workgroupSize(2)};
        KernelRewriter.forEachStmt(k.body(), s -> {
            if (s instanceof Stmt.Assign a) assigned.add(a.var().name());
            if (s instanceof Stmt.For f) assigned.add(f.index().name());
        });
        KernelRewriter.forEachExpr(k.body(), e -> {
            if (e instanceof Expr.Builtin b && b.kind() != Expr.Builtin.Kind.LOCAL_SIZE) builtins.add(b.kind());
        });
    }

    /** The complete module. */
    String module(Kernel k) {
        String source = render(k);
        return source.replace(HELPERS_MARKER, helpers.text());
    }

    // ---- module scope and signature

    @Override
    protected void header(SourceWriter w, Kernel k) {
        if (usesF16Memory(k)) w.line("enable f16;").line("");
        for (WgslLayout.Binding b : layout.bindings()) {
            String access = b.access() == BufferParam.Access.READ ? "read" : "read_write";
            w.line("@group(0) @binding(" + b.binding() + ") var<storage, " + access + "> " + name(b.param()) + ": " + b.wgslType() + ";");
        }
        if (layout.uniformBinding() >= 0) {
            w.line("").open("struct TccParams {");
            layout.uniforms().forEach(f -> w.line(name(f.param()) + ": " + f.wgslType() + ","));
            w.close("}").line("");
            w.line("@group(0) @binding(" + layout.uniformBinding() + ") var<uniform> tcc_params: TccParams;");
        }
        List<ArrayDecl> shared = k.arrays().stream().filter(a -> a.space() == ArrayDecl.Space.WORKGROUP).toList();
        if (!shared.isEmpty()) w.line("");
        shared.forEach(a -> w.line("var<workgroup> " + name(a.name()) + ": " + arrayType(a) + ";"));
        w.line("");
        w.line(HELPERS_MARKER.strip());
        var g = k.grid();
        w.line("@compute @workgroup_size(" + g.workgroupSize(0) + ", " + g.workgroupSize(1) + ", " + g.workgroupSize(2) + ")");
        String params = builtins.stream().map(WgslTables.BUILTINS::get).distinct()
                .map(p -> "@builtin(" + p.attribute() + ") " + p.param() + ": vec3<u32>").collect(Collectors.joining(", "));
        w.line("fn " + name(k.name()) + "(" + params + ")");
    }

    @Override
    protected void declarations(SourceWriter w, Kernel k) {
        for (var p : k.params()) {
            if (p instanceof ScalarParam s) {
                w.line("let " + name(s.name()) + ": " + typeName(s.var().type()) + " = tcc_params." + name(s.name()) + ";");
            }
        }
        for (ArrayDecl a : k.arrays()) {
            if (a.space() == ArrayDecl.Space.PRIVATE) w.line("var " + name(a.name()) + ": " + arrayType(a) + ";");
        }
    }

    /** Workgroup and private arrays hold 32-bit elements (f16 with shader-f16); narrow values are wrapped on store. */
    private String arrayType(ArrayDecl a) {
        String element = switch (a.elementType()) {
            case F16 -> options.shaderF16() ? "f16" : "f32";
            case BOOL -> "u32";
            default -> typeName(a.valueType());
        };
        return "array<" + element + ", " + a.length() + ">";
    }

    private boolean usesF16Memory(Kernel k) {
        return options.shaderF16() && (k.buffers().stream().anyMatch(b -> b.elementType() == DType.F16)
                || k.arrays().stream().anyMatch(a -> a.elementType() == DType.F16));
    }

    // ---- tables

    @Override protected String name(String irName) { return WgslTables.name(irName); }

    @Override protected String typeName(DType t) { return WgslTables.valueType(t); }

    @Override
    protected Code intLiteral(Expr.IntLit l) {
        return switch (l.type()) {
            case BOOL -> Code.primary(l.value() != 0 ? "true" : "false");
            case I32 -> new Code(Long.toString(l.value()), l.value() < 0 ? Code.UNARY : Code.PRIMARY);
            case U32 -> Code.primary(l.value() + "u");
            default -> throw new IllegalArgumentException("no WGSL literal of type " + l.type());
        };
    }

    @Override
    protected Code floatLiteral(Expr.FloatLit l) {
        float v = (float) l.value();
        if (Float.isNaN(v) || Float.isInfinite(v)) {
            // WGSL has no literal for them, and constant expressions must stay finite: build them at run time
            String bits = Float.isNaN(v) ? "0x7fc00000u" : v > 0 ? "0x7f800000u" : "0xff800000u";
            return Code.call(helpers.need("tcc_f32_from_bits"), Code.primary(bits));
        }
        float a = Math.abs(v);
        // decimals near the ends of the f32 range could round outside it; hexadecimal is exact
        String s = a > 1e38f || (a != 0 && a < Float.MIN_NORMAL) ? Float.toHexString(v) + "f" : Float.toString(v);
        return new Code(s, s.startsWith("-") ? Code.UNARY : Code.PRIMARY);
    }

    @Override
    protected Code builtin(Expr.Builtin b) {
        String c = WgslTables.COMPONENTS[b.dim()];
        return switch (b.kind()) {
            case LOCAL_SIZE -> Code.primary(Integer.toString(workgroupSize[b.dim()]));
            case GLOBAL_SIZE -> Code.primary("i32(tcc_num_groups." + c + " * " + workgroupSize[b.dim()] + "u)");
            default -> Code.primary("i32(" + WgslTables.BUILTINS.get(b.kind()).param() + "." + c + ")");
        };
    }

    @Override
    protected String mathName(MathFn fn, DType t) {
        String n = WgslTables.MATH.get(fn);
        return n.startsWith("tcc_") ? helpers.need(n) : n;
    }

    @Override
    protected String barrier(Stmt.Barrier.Fence f) {
        return switch (f) {
            case WORKGROUP -> "workgroupBarrier();";
            case ALL -> "storageBarrier(); workgroupBarrier();";
        };
    }

    @Override
    protected Code minMax(BinaryOp op, DType t, Code a, Code b) {
        String n = op == BinaryOp.MIN ? "min" : "max";
        return Code.call(t.isFloat() ? helpers.need("tcc_f" + n) : n, a, b);
    }

    @Override
    protected Code cast(DType to, DType from, Code x) {
        if (to == from) return x;
        if (to == DType.BOOL && from == DType.F32) return Code.prefix("!", Code.primary("(" + x.at(Code.SHIFT) + " == 0.0)"));
        if (to == DType.BOOL) return new Code(x.at(Code.SHIFT) + " != " + (from == DType.U32 ? "0u" : "0"), Code.EQUALITY);
        if (from.isFloat() && to.isInteger()) return Code.call(helpers.need("tcc_f32_to_" + typeName(to)), x);
        return Code.call(typeName(to), x); // bool to number is 0 or 1; i32 <-> u32 keeps the bits
    }

    @Override
    protected Code select(Code cond, Code ifTrue, Code ifFalse) { return Code.call("select", ifFalse, ifTrue, cond); }

    @Override protected Code abs(DType type, Code x) { return Code.call("abs", x); }

    /**
     * WGSL lets a compiler assume no NaN, and its {@code !=} comes out ordered (false for NaN) on lavapipe;
     * kernel IR's {@code NE} is true for NaN, which the negated ordered {@code ==} gives.
     */
    @Override
    protected Code floatNotEqual(Code a, Code b) {
        return Code.prefix("!", Code.primary("(" + a.at(Code.SHIFT) + " == " + b.at(Code.SHIFT) + ")"));
    }

    /** WGSL's float {@code %} is {@code a - b * trunc(a / b)}, far from C's fmod for large quotients: a helper. */
    @Override
    protected Code floatRemainder(Code a, Code b) { return Code.call(helpers.need("tcc_fmod"), a, b); }

    /** WGSL shifts take a u32 count and use its low 5 bits, which is kernel IR's count modulo 32. */
    @Override
    protected Code shiftCount(Expr count, Code rendered) {
        if (count instanceof Expr.IntLit l) return Code.primary((l.value() & 31) + "u");
        return count.type() == DType.U32 ? rendered : Code.call("u32", rendered);
    }

    /**
     * WGSL's grammar is stricter than C's: shift operands and the operands of {@code &}, {@code |},
     * {@code ^} are unary expressions (the same operator may chain), and a comparison's operands are
     * shift expressions or tighter, so any binary operator below these is parenthesised.
     */
    @Override
    protected boolean parenthesise(BinaryOp parent, int p, Code c, boolean right) {
        if (super.parenthesise(parent, p, c, right)) return true;
        if (c.precedence() >= Code.UNARY) return false;
        return switch (parent.kind()) {
            case BITWISE -> parent == BinaryOp.SHL || parent == BinaryOp.SHR || c.precedence() != p;
            case COMPARE -> c.precedence() <= Code.RELATIONAL;
            case ARITH, LOGIC -> false;
        };
    }

    // ---- declarations, loads and stores

    @Override
    protected String declare(Expr.Var var, Code init) {
        return (assigned.contains(var.name()) ? "var " : "let ") + name(var.name()) + ": " + typeName(var.type()) + " = " + init.text() + ";";
    }

    @Override
    protected Code load(Memory m, Code index) {
        String n = name(m.name());
        return switch (m) {
            case BufferParam b when packed(b) -> Code.call(helpers.packedLoad(n, b.elementType(), b.access().canStore()), u32(index));
            case BufferParam b when b.elementType() == DType.F16 -> Code.call("f32", super.load(m, index));
            case ArrayDecl a when a.elementType() == DType.F16 && options.shaderF16() -> Code.call("f32", super.load(m, index));
            case ArrayDecl a when a.elementType() == DType.BOOL -> new Code(super.load(m, index).text() + " != 0u", Code.EQUALITY);
            default -> super.load(m, index);
        };
    }

    @Override
    protected String store(Memory m, Code index, Code value) {
        String n = name(m.name());
        return switch (m) {
            case BufferParam b when packed(b) -> helpers.packedStore(n, b.elementType()) + "(" + u32(index).text() + ", "
                    + bits(b.elementType(), value).text() + ");";
            case BufferParam b when b.elementType() == DType.F16 -> super.store(m, index, Code.call("f16", value));
            case ArrayDecl a -> super.store(m, index, switch (a.elementType()) {
                case I8 -> new Code("(" + value.at(Code.UNARY) + " << 24u) >> 24u", Code.SHIFT);
                case I16 -> new Code("(" + value.at(Code.UNARY) + " << 16u) >> 16u", Code.SHIFT);
                case U8 -> new Code(value.at(Code.UNARY) + " & 0xffu", Code.BIT_AND);
                case U16 -> new Code(value.at(Code.UNARY) + " & 0xffffu", Code.BIT_AND);
                case BOOL -> Code.call("u32", value);
                case F16 -> options.shaderF16() ? Code.call("f16", value) : Code.call(helpers.need("tcc_round_f16"), value);
                default -> value;
            });
            default -> super.store(m, index, value);
        };
    }

    private boolean packed(BufferParam b) {
        return WgslRenderer.packing(b.elementType(), options) == WgslLayout.Packing.PACKED_WORDS;
    }

    private static Code u32(Code index) { return Code.call("u32", index); }

    /** The bits of a value as its packed element holds them, in the low bits of a u32. */
    private Code bits(DType element, Code value) {
        return switch (element) {
            case I8, I16 -> Code.call("bitcast<u32>", value);
            case BOOL -> Code.call("u32", value);
            case F16 -> Code.call(helpers.need("tcc_f16_bits"), value);
            default -> value;
        };
    }
}
