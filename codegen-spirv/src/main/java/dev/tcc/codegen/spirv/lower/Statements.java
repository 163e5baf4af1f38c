package dev.tcc.codegen.spirv.lower;

import dev.tcc.codegen.spirv.asm.Operand;
import dev.tcc.codegen.spirv.grammar.MemorySemantics;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.codegen.spirv.grammar.Scope;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.KernelIrException;
import dev.tcc.ir.kernel.Stmt;

/**
 * Statements, as structured control flow: {@code If} is a selection construct, {@code For} a loop construct
 * (condition in its own block, {@code next} in the continue block), each with its merge block; a block opens a
 * variable scope. A barrier is OpControlBarrier at workgroup scope with acquire-release semantics on workgroup
 * memory, plus storage-buffer (uniform) memory for {@code ALL}, as glslang writes GLSL's {@code barrier()}.
 */
final class Statements {
    private Statements() {}

    static void block(Lowering c, Stmt.Block b) {
        c.pushScope();
        for (Stmt s : b.stmts()) stmt(c, s);
        c.popScope();
    }

    static void stmt(Lowering c, Stmt s) {
        switch (s) {
            case Stmt.Declare d -> {
                int value = c.expr(d.init());
                c.f.store(c.declare(d.var()), value);
            }
            case Stmt.Assign a -> {
                Integer pointer = c.lookup(a.var().name());
                if (pointer == null) {
                    throw new KernelIrException("kernel " + c.kernel.name() + ": assignment to " + a.var().name()
                            + ", which is not a declared variable in scope");
                }
                c.f.store(pointer, c.expr(a.value()));
            }
            case Stmt.Store st -> MemoryAccess.store(c, st.memory(), st.index(), st.value());
            case Stmt.For loop -> forLoop(c, loop);
            case Stmt.If i -> {
                int condition = c.expr(i.condition());
                if (i.otherwise().isEmpty()) {
                    c.f.ifThen(condition, t -> block(c, i.then()));
                } else {
                    c.f.ifThenElse(condition, t -> block(c, i.then()), e -> block(c, i.otherwise()));
                }
            }
            case Stmt.Barrier b -> barrier(c, b.fence());
            case Stmt.Block b -> block(c, b);
        }
    }

    private static void forLoop(Lowering c, Stmt.For loop) {
        c.pushScope();
        int init = c.expr(loop.init());
        int index = c.declare(loop.index());
        c.f.store(index, init);
        c.f.loop(f -> c.expr(loop.condition()),
                f -> block(c, loop.body()),
                f -> f.store(index, c.expr(loop.next())));
        c.popScope();
    }

    private static void barrier(Lowering c, Stmt.Barrier.Fence fence) {
        int semantics = MemorySemantics.AcquireRelease.value() | MemorySemantics.WorkgroupMemory.value();
        if (fence == Stmt.Barrier.Fence.ALL) semantics |= MemorySemantics.UniformMemory.value();
        int workgroup = c.constant(TypeTable.intConstant(DType.U32, Scope.Workgroup.value()));
        c.f.op(Op.OpControlBarrier, Operand.id(workgroup), Operand.id(workgroup),
                Operand.id(c.constant(TypeTable.intConstant(DType.U32, semantics))));
    }
}
