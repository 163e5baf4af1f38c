package dev.tcc.codegen.wgsl;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders kernel IR to a WGSL compute module for WebGPU. The pipeline, in order:
 *
 * <ol>
 *   <li>refuse more buffers, work-items or workgroup memory than the device allows ({@link WgslOptions});
 *       f64 (which WGSL lacks) is held and computed as f32, reported as a narrowing;</li>
 *   <li>{@link WgslRules}: kernel IR to kernel IR rewrites (the low word of a float converted to i64);</li>
 *   <li>{@link Int64Narrowing}: i64/u64 held in i32/u32 where an interval analysis proves it exact,
 *       refused otherwise; each narrowing is reported;</li>
 *   <li>{@link Uniformity}: barriers only in uniform control flow, refused otherwise;</li>
 *   <li>{@link WgslEmitter} prints the module over the shared C-like base, with the tables in
 *       {@link WgslTables}; memory of 1- and 2-byte elements is packed into u32 words, read with
 *       bit extraction and written with atomic and/or ({@link WgslHelpers}).</li>
 * </ol>
 *
 * <p>Semantics kept exactly: integer {@code /} and {@code %} (WGSL truncates and takes the dividend's
 * sign, as kernel IR; division by zero, which kernel IR leaves unspecified, gives the dividend in WGSL),
 * wrapping arithmetic, shift counts modulo 32, saturating float-to-integer conversion with NaN to 0,
 * C's fmin/fmax for NaN, isnan/isinf by bits. Within WGSL's precision instead of exactly: float
 * {@code %} ({@code a - b * trunc(a / b)}), the transcendental functions, erf (a polynomial, absolute
 * error below 1e-6), f16 rounding (WGSL lets a conversion to f16 round either way, and overflow to f16
 * is not defined to give infinity).
 *
 * <p>Stateless and thread-safe; {@link #render} may be called concurrently.
 */
public final class WgslRenderer {
    private final WgslOptions options;

    public WgslRenderer(WgslOptions options) { this.options = options; }

    /** A renderer for WebGPU's default limits without shader-f16 ({@link WgslOptions#PORTABLE}). */
    public WgslRenderer() { this(WgslOptions.PORTABLE); }

    public WgslOptions options() { return options; }

    /**
     * The WGSL module for {@code kernel}, its binding layout and its narrowings.
     *
     * @throws WgslException when WGSL cannot express the kernel exactly, naming the kernel and the reason
     */
    public WgslKernel render(Kernel kernel) {
        checkLimits(kernel);
        List<Narrowing> demoted = new ArrayList<>();
        Kernel rewritten = WgslRules.apply(demoteF64(kernel, demoted));
        Int64Narrowing.Result narrowed = Int64Narrowing.apply(rewritten);
        Kernel k = narrowed.kernel();
        Uniformity.check(k);
        WgslLayout layout = layout(kernel, options);
        String source = new WgslEmitter(k, options, layout).module(k);
        demoted.addAll(narrowed.narrowings());
        return new WgslKernel(WgslTables.name(kernel.name()), source, layout, demoted);
    }

    /** The entry point's name in WGSL for a kernel called {@code kernelName} (see {@link WgslKernel#name}). */
    public static String entryPoint(String kernelName) { return WgslTables.name(kernelName); }

    /** The WGSL source alone (see {@link #render}). */
    public String source(Kernel kernel) { return render(kernel).source(); }

    /** How a buffer of {@code element} is laid out for WGSL under {@code options}. */
    public static WgslLayout.Packing packing(DType element, WgslOptions options) {
        return switch (element) {
            case I8, U8, I16, U16, BOOL -> WgslLayout.Packing.PACKED_WORDS;
            case F16 -> options.shaderF16() ? WgslLayout.Packing.NATIVE : WgslLayout.Packing.PACKED_WORDS;
            case I64 -> WgslLayout.Packing.I64_AS_I32;
            case U64 -> WgslLayout.Packing.U64_AS_U32;
            case F64 -> WgslLayout.Packing.F64_AS_F32;
            default -> WgslLayout.Packing.NATIVE;
        };
    }

    /** The bindings of {@code kernel}'s parameters: see {@link WgslLayout}. */
    public static WgslLayout layout(Kernel kernel, WgslOptions options) { return layout(kernel.params(), options); }

    /**
     * The bindings of a kernel with parameters {@code params} (e.g. from a {@link Kernel.Signature}, for a
     * module read back from an artefact): the layout depends on nothing else.
     */
    public static WgslLayout layout(List<Param> params, WgslOptions options) {
        List<WgslLayout.Binding> bindings = new ArrayList<>();
        List<WgslLayout.UniformField> uniforms = new ArrayList<>();
        for (Param p : params) {
            switch (p) {
                case BufferParam b -> {
                    var packing = packing(b.elementType(), options);
                    String element = switch (packing) {
                        case PACKED_WORDS -> b.access().canStore() ? "atomic<u32>" : "u32";
                        case I64_AS_I32 -> "i32";
                        case U64_AS_U32 -> "u32";
                        case F64_AS_F32 -> "f32";
                        case NATIVE -> b.elementType() == DType.F16 ? "f16" : WgslTables.valueType(b.elementType());
                    };
                    bindings.add(new WgslLayout.Binding(bindings.size(), b.name(), b.elementType(), b.access(),
                            "array<" + element + ">", packing));
                }
                case ScalarParam s -> uniforms.add(new WgslLayout.UniformField(s.name(), s.var().type(),
                        WgslTables.valueType(s.var().type() == DType.F64 ? DType.F32 : Int64Narrowing.narrow(s.var().type())), 4 * uniforms.size()));
            }
        }
        int uniformBinding = uniforms.isEmpty() ? -1 : bindings.size();
        int bytes = (4 * uniforms.size() + 15) / 16 * 16;
        return new WgslLayout(bindings, uniformBinding, uniforms, bytes);
    }

    /**
     * Computes f64 in f32, as WGSL has no 64-bit floats: f64 buffers are held as f32 ({@link WgslLayout.Packing#F64_AS_F32},
     * the host converting on the way), f64 arrays, variables, literals and casts become f32. Reported as a
     * narrowing; the graph IR's "in double" integer arithmetic (e.g. QLinearMatMul's requantisation) takes the
     * same route.
     */
    private static Kernel demoteF64(Kernel k, List<Narrowing> narrowings) {
        if (!k.typesUsed().contains(DType.F64)) return k;
        narrowings.add(new Narrowing("f64", DType.F64, DType.F32, "WGSL has no f64: f64 tensors are held and computed as f32"));
        return KernelRewriter.rewrite(k, e -> switch (e) {
            case Expr.FloatLit l when l.type() == DType.F64 -> new Expr.FloatLit(DType.F32, l.value());
            case Expr.Var v when v.type() == DType.F64 -> new Expr.Var(v.name(), DType.F32);
            case Expr.Cast c when (c.to() == DType.F64 || c.to() == DType.F32) && c.operand().type() == DType.F32 -> c.operand();
            case Expr.Cast c when c.to() == DType.F64 -> new Expr.Cast(DType.F32, c.operand());
            default -> e;
        }, m -> switch (m) {
            case BufferParam b when b.elementType() == DType.F64 -> new BufferParam(b.name(), DType.F32, b.access());
            case ArrayDecl a when a.elementType() == DType.F64 -> new ArrayDecl(a.name(), DType.F32, a.length(), a.space());
            default -> m;
        });
    }

    private void checkLimits(Kernel k) {
        int buffers = k.buffers().size();
        if (buffers > options.maxStorageBuffers()) {
            throw new WgslException("kernel " + k.name() + " binds " + buffers + " storage buffers; the device allows "
                    + options.maxStorageBuffers() + " (maxStorageBuffersPerShaderStage). Split the kernel or fuse fewer inputs.");
        }
        int volume = k.grid().workgroupVolume();
        if (volume > options.maxInvocations()) {
            throw new WgslException("kernel " + k.name() + " has workgroups of " + volume + " work-items; the device allows "
                    + options.maxInvocations() + " (maxComputeInvocationsPerWorkgroup). Lower with a smaller maxWorkgroupSize.");
        }
        long shared = k.arrays().stream().filter(a -> a.space() == ArrayDecl.Space.WORKGROUP)
                .mapToLong(a -> (long) a.length() * (a.elementType() == DType.F16 && options.shaderF16() ? 2 : 4)).sum();
        if (shared > options.maxWorkgroupStorageBytes()) {
            throw new WgslException("kernel " + k.name() + " needs " + shared + " bytes of workgroup memory; the device allows "
                    + options.maxWorkgroupStorageBytes() + " (maxComputeWorkgroupStorageSize). Lower with a smaller localMemBytes.");
        }
    }
}
