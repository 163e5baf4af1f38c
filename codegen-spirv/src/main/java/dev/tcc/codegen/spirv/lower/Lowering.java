package dev.tcc.codegen.spirv.lower;

import dev.tcc.codegen.spirv.asm.Constant;
import dev.tcc.codegen.spirv.asm.FunctionBuilder;
import dev.tcc.codegen.spirv.asm.ModuleBuilder;
import dev.tcc.codegen.spirv.asm.SpirvType;
import dev.tcc.codegen.spirv.grammar.BuiltIn;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.codegen.spirv.grammar.StorageClass;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelIrException;
import dev.tcc.ir.kernel.Memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.SequencedSet;

/**
 * The state of lowering one kernel: the module and function being written, where each memory, variable and
 * builtin lives, and the entry point's interface. {@link #expr} dispatches each expression family to its own
 * file ({@link Arithmetic}, {@link Conversions}, {@link MathCalls}, {@link MemoryAccess}, {@link Builtins});
 * statements are in {@link Statements}, the module's globals in {@link KernelInterface}.
 *
 * <p>Expressions become SSA values (ids). Kernel variables become Function-storage variables, loaded where read
 * and stored where assigned, so no OpPhi is needed across the structured control flow.
 */
final class Lowering {
    final Kernel kernel;
    final ModuleBuilder module;
    FunctionBuilder f;

    /** Memory (buffer parameter or array) to its variable. */
    final Map<Memory, MemoryVar> memories = new HashMap<>();
    /** Scalar parameter name to its value, loaded once in the entry block. */
    final Map<String, Integer> params = new HashMap<>();
    /** Builtin input variables, declared on first use. */
    final Map<BuiltIn, Integer> builtins = new EnumMap<>(BuiltIn.class);
    /** Every global variable the entry point uses (SPIR-V 1.4+ lists them all in OpEntryPoint). */
    final SequencedSet<Integer> interfaceIds = new LinkedHashSet<>();

    private final Deque<Map<String, Integer>> scopes = new ArrayDeque<>();

    /** Where a memory lives: its variable and storage class, and whether it is a Block-wrapped buffer. */
    record MemoryVar(int variable, StorageClass storageClass, boolean buffer) {}

    Lowering(Kernel kernel, ModuleBuilder module) {
        this.kernel = kernel;
        this.module = module;
    }

    // ---- expressions -------------------------------------------------------------------------------

    /** The id of the value of {@code e}. */
    int expr(Expr e) {
        return switch (e) {
            case Expr.IntLit l -> constant(TypeTable.intConstant(l.type(), l.value()));
            case Expr.FloatLit l -> constant(TypeTable.floatConstant(l.type(), l.value()));
            case Expr.Var v -> variable(v);
            case Expr.Builtin b -> Builtins.value(this, b);
            case Expr.Load l -> MemoryAccess.load(this, l.memory(), l.index());
            case Expr.Unary u -> Arithmetic.unary(this, u);
            case Expr.Binary b -> Arithmetic.binary(this, b);
            case Expr.Select s -> f.result(Op.OpSelect, type(s.type()), expr(s.condition()), expr(s.ifTrue()), expr(s.ifFalse()));
            case Expr.Call c -> MathCalls.call(this, c);
            case Expr.Cast c -> Conversions.cast(this, c.to(), c.operand().type(), expr(c.operand()));
        };
    }

    private int variable(Expr.Var v) {
        Integer pointer = lookup(v.name());
        if (pointer != null) return f.load(type(v.type()), pointer);
        Integer param = params.get(v.name());
        if (param != null) return param;
        throw new KernelIrException("kernel " + kernel.name() + ": variable " + v.name() + " is read outside its scope");
    }

    // ---- variables and scopes ----------------------------------------------------------------------

    void pushScope() { scopes.push(new HashMap<>()); }

    void popScope() { scopes.pop(); }

    /** Declares kernel variable {@code v} in the innermost scope; returns its pointer. */
    int declare(Expr.Var v) {
        int pointer = f.variable(type(v.type()));
        module.name(pointer, v.name());
        scopes.element().put(v.name(), pointer);
        return pointer;
    }

    /** The pointer of the innermost variable named {@code name}, or null. */
    Integer lookup(String name) {
        for (Map<String, Integer> scope : scopes) {
            Integer p = scope.get(name);
            if (p != null) return p;
        }
        return null;
    }

    // ---- shorthands --------------------------------------------------------------------------------

    static SpirvType type(DType t) { return TypeTable.value(t); }

    int constant(Constant c) { return module.constant(c); }

    int zero(DType t) { return constant(TypeTable.zero(t)); }

    int one(DType t) { return constant(TypeTable.one(t)); }
}
