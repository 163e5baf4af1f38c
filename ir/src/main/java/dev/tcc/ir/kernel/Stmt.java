package dev.tcc.ir.kernel;

import java.util.List;

/** A statement of a kernel body. Control flow is structured: blocks, loops and conditionals only. */
public sealed interface Stmt permits Stmt.Declare, Stmt.Assign, Stmt.Store, Stmt.For, Stmt.If, Stmt.Barrier, Stmt.Block {

    /** Declares {@code var}, visible to the end of the enclosing block, with an initial value. */
    record Declare(Expr.Var var, Expr init) implements Stmt {
        public Declare {
            sameType(var, init, "declaration of " + var.name());
        }
    }

    /** Gives a declared variable a new value. */
    record Assign(Expr.Var var, Expr value) implements Stmt {
        public Assign {
            sameType(var, value, "assignment to " + var.name());
        }
    }

    /** Stores {@code value} (of the memory's value type) at element {@code index}, narrowing to storage. */
    record Store(Memory memory, Expr index, Expr value) implements Stmt {
        public Store {
            if (!index.type().isInteger()) {
                throw new KernelIrException("store to " + memory.name() + ": index must be an integer, got " + index.type());
            }
            if (value.type() != memory.valueType()) {
                throw new KernelIrException("store to " + memory.name() + " (" + memory.elementType() + "): value must be "
                        + memory.valueType() + ", got " + value.type() + "; insert a cast");
            }
        }
    }

    /**
     * C's {@code for (index = init; condition; index = next) body}: {@code condition} and {@code next}
     * are evaluated before and after each iteration and may use {@code index}, which is visible in them
     * and in the body. The body must not assign {@code index}.
     */
    record For(Expr.Var index, Expr init, Expr condition, Expr next, Block body) implements Stmt {
        public For {
            if (!index.type().isInteger()) throw new KernelIrException("loop index " + index.name() + " must be an integer, got " + index.type());
            sameType(index, init, "loop " + index.name() + " start");
            sameType(index, next, "loop " + index.name() + " step");
            if (condition.type() != dev.tcc.ir.DType.BOOL) {
                throw new KernelIrException("loop " + index.name() + ": condition must be bool, got " + condition.type());
            }
        }
    }

    /** Runs {@code then} when {@code condition} holds, else {@code otherwise} (possibly empty). */
    record If(Expr condition, Block then, Block otherwise) implements Stmt {
        public If {
            if (condition.type() != dev.tcc.ir.DType.BOOL) throw new KernelIrException("if: condition must be bool, got " + condition.type());
        }
    }

    /** A workgroup barrier; see {@link Kernel} for what it guarantees. */
    record Barrier(Fence fence) implements Stmt {
        /** Which memory the barrier makes consistent across the workgroup. */
        public enum Fence {
            /** Workgroup arrays. */
            WORKGROUP,
            /** Workgroup arrays and buffers. */
            ALL;

            public String text() { return name().toLowerCase(); }
        }
    }

    /** A sequence of statements and a scope for the variables declared in it. */
    record Block(List<Stmt> stmts) implements Stmt {
        public static final Block EMPTY = new Block(List.of());

        public Block {
            stmts = List.copyOf(stmts);
        }

        public boolean isEmpty() { return stmts.isEmpty(); }
    }

    private static void sameType(Expr.Var var, Expr e, String where) {
        if (var.type() != e.type()) {
            throw new KernelIrException(where + ": expected " + var.type() + ", got " + e.type() + "; insert a cast");
        }
    }
}
