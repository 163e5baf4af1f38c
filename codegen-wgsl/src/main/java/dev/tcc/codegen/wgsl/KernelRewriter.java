package dev.tcc.codegen.wgsl;

import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Memory;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;
import dev.tcc.ir.kernel.Stmt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The one engine the pre-render rules run on: rebuilds a kernel bottom-up, applying an expression
 * rule to every node after its operands were rewritten, and a memory map to every buffer and array
 * (a rule that changes an element type changes the memory once, and every load and store follows).
 */
final class KernelRewriter {
    private final UnaryOperator<Expr> rule;
    private final Map<String, Memory> memories = new HashMap<>();

    private KernelRewriter(Kernel k, UnaryOperator<Expr> rule, UnaryOperator<Memory> memoryMap) {
        this.rule = rule;
        for (BufferParam b : k.buffers()) memories.put(b.name(), memoryMap.apply(b));
        for (ArrayDecl a : k.arrays()) memories.put(a.name(), memoryMap.apply(a));
    }

    /** {@code k} with {@code rule} applied to every expression (operands first) and memories mapped. */
    static Kernel rewrite(Kernel k, UnaryOperator<Expr> rule, UnaryOperator<Memory> memoryMap) {
        KernelRewriter r = new KernelRewriter(k, rule, memoryMap);
        List<Param> params = k.params().stream().map(p -> switch (p) {
            case BufferParam b -> (Param) r.memories.get(b.name());
            case ScalarParam s -> new ScalarParam(r.var(s.var()));
        }).toList();
        List<ArrayDecl> arrays = k.arrays().stream().map(a -> (ArrayDecl) r.memories.get(a.name())).toList();
        return new Kernel(k.name(), params, arrays, k.grid(), r.block(k.body()));
    }

    /** {@code k} with {@code rule} applied to every expression. */
    static Kernel rewrite(Kernel k, UnaryOperator<Expr> rule) { return rewrite(k, rule, m -> m); }

    private Stmt.Block block(Stmt.Block b) { return new Stmt.Block(b.stmts().stream().map(this::stmt).toList()); }

    private Stmt stmt(Stmt s) {
        return switch (s) {
            case Stmt.Declare d -> new Stmt.Declare(var(d.var()), expr(d.init()));
            case Stmt.Assign a -> new Stmt.Assign(var(a.var()), expr(a.value()));
            case Stmt.Store st -> new Stmt.Store(memories.get(st.memory().name()), expr(st.index()), expr(st.value()));
            case Stmt.For f -> new Stmt.For(var(f.index()), expr(f.init()), expr(f.condition()), expr(f.next()), block(f.body()));
            case Stmt.If i -> new Stmt.If(expr(i.condition()), block(i.then()), block(i.otherwise()));
            case Stmt.Barrier b -> b;
            case Stmt.Block b -> block(b);
        };
    }

    private Expr.Var var(Expr.Var v) { return (Expr.Var) expr(v); }

    private Expr expr(Expr e) {
        Expr rebuilt = switch (e) {
            case Expr.IntLit l -> l;
            case Expr.FloatLit l -> l;
            case Expr.Var v -> v;
            case Expr.Builtin b -> b;
            case Expr.Load l -> new Expr.Load(memories.get(l.memory().name()), expr(l.index()));
            case Expr.Unary u -> new Expr.Unary(u.op(), expr(u.operand()));
            case Expr.Binary b -> new Expr.Binary(b.op(), expr(b.left()), expr(b.right()));
            case Expr.Select s -> new Expr.Select(expr(s.condition()), expr(s.ifTrue()), expr(s.ifFalse()));
            case Expr.Call c -> new Expr.Call(c.fn(), c.args().stream().map(this::expr).toList());
            case Expr.Cast c -> new Expr.Cast(c.to(), expr(c.operand()));
        };
        return rule.apply(rebuilt);
    }

    /** Calls {@code f} on every expression and subexpression of {@code s}, parents first. */
    static void forEachExpr(Stmt s, Consumer<Expr> f) {
        switch (s) {
            case Stmt.Declare d -> { walk(d.var(), f); walk(d.init(), f); }
            case Stmt.Assign a -> { walk(a.var(), f); walk(a.value(), f); }
            case Stmt.Store st -> { walk(st.index(), f); walk(st.value(), f); }
            case Stmt.For l -> {
                walk(l.index(), f);
                walk(l.init(), f);
                walk(l.condition(), f);
                walk(l.next(), f);
                forEachExpr(l.body(), f);
            }
            case Stmt.If i -> { walk(i.condition(), f); forEachExpr(i.then(), f); forEachExpr(i.otherwise(), f); }
            case Stmt.Block b -> b.stmts().forEach(t -> forEachExpr(t, f));
            case Stmt.Barrier b -> { }
        }
    }

    static void walk(Expr e, Consumer<Expr> f) {
        f.accept(e);
        switch (e) {
            case Expr.IntLit l -> { }
            case Expr.FloatLit l -> { }
            case Expr.Var v -> { }
            case Expr.Builtin b -> { }
            case Expr.Load l -> walk(l.index(), f);
            case Expr.Unary u -> walk(u.operand(), f);
            case Expr.Binary b -> { walk(b.left(), f); walk(b.right(), f); }
            case Expr.Select s -> { walk(s.condition(), f); walk(s.ifTrue(), f); walk(s.ifFalse(), f); }
            case Expr.Call c -> c.args().forEach(a -> walk(a, f));
            case Expr.Cast c -> walk(c.operand(), f);
        }
    }

    /** Every statement under {@code s}, parents first. */
    static void forEachStmt(Stmt s, Consumer<Stmt> f) {
        f.accept(s);
        switch (s) {
            case Stmt.For l -> forEachStmt(l.body(), f);
            case Stmt.If i -> { forEachStmt(i.then(), f); forEachStmt(i.otherwise(), f); }
            case Stmt.Block b -> b.stmts().forEach(t -> forEachStmt(t, f));
            case Stmt.Declare d -> { }
            case Stmt.Assign a -> { }
            case Stmt.Store st -> { }
            case Stmt.Barrier b -> { }
        }
    }
}
