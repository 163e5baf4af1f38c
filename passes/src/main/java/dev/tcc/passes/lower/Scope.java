package dev.tcc.passes.lower;

import dev.tcc.ir.kernel.BlockBuilder;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Exprs;
import dev.tcc.ir.kernel.Memory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A block of kernel statements being built, with a memo of the expressions already computed in it and
 * in its enclosing blocks. Lowering binds every computed value to a variable ({@link #let}) and
 * remembers it under a key (a value at an index, an index decomposition), so a value read twice in one
 * work-item is computed once, and nested scopes see what their parents computed but not the reverse.
 */
final class Scope {
    private final BlockBuilder block;
    private final Scope parent;
    private final Map<Object, Object> memo = new HashMap<>();

    Scope(BlockBuilder block, Scope parent) {
        this.block = block;
        this.parent = parent;
    }

    /** What {@code key} was remembered as here or in an enclosing scope, else null. */
    @SuppressWarnings("unchecked")
    <T> T lookup(Object key) {
        for (Scope s = this; s != null; s = s.parent) {
            Object v = s.memo.get(key);
            if (v != null) return (T) v;
        }
        return null;
    }

    <T> T remember(Object key, T value) {
        memo.put(key, value);
        return value;
    }

    /** {@code e} bound to a new variable, unless it is already a variable or a literal. */
    Expr let(String name, Expr e) {
        if (e instanceof Expr.Var || e instanceof Expr.IntLit || e instanceof Expr.FloatLit || e instanceof Expr.Builtin) return e;
        return block.let(name, e);
    }

    /** A new mutable variable initialised to {@code init}. */
    Expr.Var var(String name, Expr init) { return block.let(name, init); }

    void assign(Expr.Var v, Expr e) { block.assign(v, e); }

    void store(Memory m, Expr index, Expr value) { block.store(m, index, value); }

    void barrier() { block.barrier(); }

    void barrierAll() { block.barrier(dev.tcc.ir.kernel.Stmt.Barrier.Fence.ALL); }

    void ifThen(Expr cond, Consumer<Scope> then) {
        if (cond instanceof Expr.IntLit l) {
            if (l.value() != 0) block.block(b -> then.accept(new Scope(b, this)));
            return;
        }
        block.ifThen(cond, b -> then.accept(new Scope(b, this)));
    }

    void ifThenElse(Expr cond, Consumer<Scope> then, Consumer<Scope> otherwise) {
        block.ifThenElse(cond, b -> then.accept(new Scope(b, this)), b -> otherwise.accept(new Scope(b, this)));
    }

    /** {@code for (k = start; k < end; k++)}. */
    void forRange(String name, Expr start, Expr end, BiConsumer<Scope, Expr.Var> body) {
        block.forRange(name, start, end, (b, k) -> body.accept(new Scope(b, this), k));
    }

    /** {@code for (k = start; k < end; k += step)}. */
    void forRange(String name, Expr start, Expr end, long step, BiConsumer<Scope, Expr.Var> body) {
        block.forRange(name, start, end, Exprs.lit(start.type(), step), (b, k) -> body.accept(new Scope(b, this), k));
    }

    /** {@code for (k = init; cond(k); k = next(k))}. */
    void loop(String name, Expr init, java.util.function.Function<Expr.Var, Expr> cond, java.util.function.Function<Expr.Var, Expr> next,
              BiConsumer<Scope, Expr.Var> body) {
        block.loop(name, init, cond, next, (b, k) -> body.accept(new Scope(b, this), k));
    }

    /** A nested block (its variables end with it). */
    void block(Consumer<Scope> body) { block.block(b -> body.accept(new Scope(b, this))); }
}
