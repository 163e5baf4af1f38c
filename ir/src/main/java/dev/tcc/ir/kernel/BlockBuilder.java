package dev.tcc.ir.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds one block of statements; nested blocks get their own builder through the lambdas of
 * {@link #ifThen}, {@link #forRange} and friends. See {@link KernelBuilder} for an example.
 */
public final class BlockBuilder {
    private final KernelBuilder.Namer names;
    private final List<Stmt> stmts = new ArrayList<>();

    BlockBuilder(KernelBuilder.Namer names) { this.names = names; }

    /** Declares a variable initialised to {@code init} and returns it (the name may get a suffix). */
    public Expr.Var let(String name, Expr init) {
        Expr.Var v = new Expr.Var(names.fresh(name), init.type());
        stmts.add(new Stmt.Declare(v, init));
        return v;
    }

    /** Assigns a new value to a variable declared with {@link #let}. */
    public BlockBuilder assign(Expr.Var var, Expr value) { return add(new Stmt.Assign(var, value)); }

    /** Stores {@code value} at {@code memory[index]}. */
    public BlockBuilder store(Memory memory, Expr index, Expr value) { return add(new Stmt.Store(memory, index, value)); }

    /** {@code for (k = start; k < end; k += 1)}, the index typed like {@code start}. */
    public BlockBuilder forRange(String name, Expr start, Expr end, BiConsumer<BlockBuilder, Expr.Var> body) {
        return forRange(name, start, end, Exprs.lit(start.type(), 1L), body);
    }

    /** {@code for (k = start; k < end; k += step)}, {@code step} positive. */
    public BlockBuilder forRange(String name, Expr start, Expr end, Expr step, BiConsumer<BlockBuilder, Expr.Var> body) {
        return loop(name, start, k -> Exprs.lt(k, end), k -> Exprs.add(k, step), body);
    }

    /** The general loop {@code for (k = init; condition(k); k = next(k)) body(k)}. */
    public BlockBuilder loop(String name, Expr init, Function<Expr.Var, Expr> condition, Function<Expr.Var, Expr> next,
                             BiConsumer<BlockBuilder, Expr.Var> body) {
        Expr.Var k = new Expr.Var(names.fresh(name), init.type());
        BlockBuilder inner = new BlockBuilder(names);
        body.accept(inner, k);
        return add(new Stmt.For(k, init, condition.apply(k), next.apply(k), inner.build()));
    }

    /** {@code if (condition) then}. */
    public BlockBuilder ifThen(Expr condition, Consumer<BlockBuilder> then) {
        return add(new Stmt.If(condition, nested(then), Stmt.Block.EMPTY));
    }

    /** {@code if (condition) then else otherwise}. */
    public BlockBuilder ifThenElse(Expr condition, Consumer<BlockBuilder> then, Consumer<BlockBuilder> otherwise) {
        return add(new Stmt.If(condition, nested(then), nested(otherwise)));
    }

    /** A workgroup barrier over workgroup arrays. */
    public BlockBuilder barrier() { return add(new Stmt.Barrier(Stmt.Barrier.Fence.WORKGROUP)); }

    /** A workgroup barrier with the given memory fence. */
    public BlockBuilder barrier(Stmt.Barrier.Fence fence) { return add(new Stmt.Barrier(fence)); }

    /** A nested block (a scope for its variables). */
    public BlockBuilder block(Consumer<BlockBuilder> spec) { return add(nested(spec)); }

    /** Adds a ready-made statement. */
    public BlockBuilder add(Stmt s) {
        stmts.add(s);
        return this;
    }

    Stmt.Block build() { return new Stmt.Block(stmts); }

    private Stmt.Block nested(Consumer<BlockBuilder> spec) {
        BlockBuilder b = new BlockBuilder(names);
        spec.accept(b);
        return b.build();
    }
}
