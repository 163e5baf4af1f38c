package dev.tcc.frontend.text;

import dev.tcc.frontend.text.TccKernelParser.ArrayContext;
import dev.tcc.frontend.text.TccKernelParser.BlockContext;
import dev.tcc.frontend.text.TccKernelParser.KernelContext;
import dev.tcc.frontend.text.TccKernelParser.ParamContext;
import dev.tcc.frontend.text.TccKernelParser.StmtContext;
import dev.tcc.frontend.text.TccKernelParser.TypeContext;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelIrException;
import dev.tcc.ir.kernel.Memory;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;
import dev.tcc.ir.kernel.Stmt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns a parsed {@code kernel} into a {@link Kernel}: resolves memory names against the parameters and
 * arrays, variable names against the enclosing scopes (innermost first), and builds every statement;
 * expressions are built by {@link KernelExprReader}. A record that refuses its operands (a type
 * mismatch, a bad name) becomes an {@link IrSyntaxException} at the construct that built it.
 */
final class KernelReader {
    private final Map<String, Memory> memories = new LinkedHashMap<>();
    private final Deque<Map<String, Expr.Var>> scopes = new ArrayDeque<>();
    private final KernelExprReader exprs = new KernelExprReader(this);

    static Kernel read(KernelContext ctx) { return new KernelReader().kernel(ctx); }

    private Kernel kernel(KernelContext ctx) {
        scopes.push(new HashMap<>());
        List<Param> params = new ArrayList<>();
        for (ParamContext p : ctx.param()) params.add(param(p));
        List<ArrayDecl> arrays = new ArrayList<>();
        for (ArrayContext a : ctx.array()) arrays.add(array(a));
        Grid grid = at(ctx.dims(0), () -> new Grid(
                ctx.dims(0).INT().stream().map(t -> number(t, Long.MAX_VALUE)).toList(),
                ctx.dims(1).INT().stream().map(t -> (int) number(t, Integer.MAX_VALUE)).toList()));
        Stmt.Block body = block(ctx.block());
        return at(ctx, () -> new Kernel(ctx.name().getText(), params, arrays, grid, body));
    }

    private Param param(ParamContext ctx) {
        String name = ctx.name().getText();
        DType type = type(ctx.type());
        if (ctx.access() == null) {
            Expr.Var v = at(ctx, () -> new Expr.Var(name, type));
            scopes.peek().put(name, v);
            return at(ctx, () -> new ScalarParam(v));
        }
        String access = ctx.access().getText();
        BufferParam.Access a = null;
        for (BufferParam.Access x : BufferParam.Access.values()) if (x.text().equals(access)) a = x;
        if (a == null) {
            throw Positions.error(ctx.access(), "unknown buffer access '" + access + "' (read, write or read-write)");
        }
        BufferParam.Access chosen = a;
        BufferParam b = at(ctx, () -> new BufferParam(name, type, chosen));
        memories.put(name, b);
        return b;
    }

    private ArrayDecl array(ArrayContext ctx) {
        String space = ctx.space.getText();
        ArrayDecl.Space s = null;
        for (ArrayDecl.Space x : ArrayDecl.Space.values()) if (x.text().equals(space)) s = x;
        if (s == null) throw Positions.error(ctx.space, "unknown array space '" + space + "' (workgroup or private)");
        ArrayDecl.Space chosen = s;
        ArrayDecl a = at(ctx, () -> new ArrayDecl(ctx.name(1).getText(), type(ctx.type()),
                (int) number(ctx.INT(), Integer.MAX_VALUE), chosen));
        memories.put(a.name(), a);
        return a;
    }

    private Stmt.Block block(BlockContext ctx) {
        scopes.push(new HashMap<>());
        List<Stmt> stmts = new ArrayList<>();
        for (StmtContext s : ctx.stmt()) stmts.add(stmt(s));
        scopes.pop();
        return new Stmt.Block(stmts);
    }

    private Stmt stmt(StmtContext ctx) {
        return switch (ctx) {
            case TccKernelParser.DeclareContext d -> {
                Expr init = exprs.expr(d.expr());
                Expr.Var v = at(d, () -> new Expr.Var(d.name().getText(), type(d.type())));
                Stmt s = at(d, () -> new Stmt.Declare(v, init));
                scopes.peek().put(v.name(), v);
                yield s;
            }
            case TccKernelParser.AssignContext a -> {
                Expr.Var v = variable(a.name());
                Expr value = exprs.expr(a.expr());
                yield at(a, () -> new Stmt.Assign(v, value));
            }
            case TccKernelParser.StoreContext st -> {
                Memory m = memory(st.name());
                Expr index = exprs.expr(st.index);
                Expr value = exprs.expr(st.value);
                yield at(st, () -> new Stmt.Store(m, index, value));
            }
            case TccKernelParser.ForContext f -> loop(f);
            case TccKernelParser.IfContext i -> {
                Expr c = exprs.expr(i.expr());
                Stmt.Block then = block(i.then);
                Stmt.Block otherwise = i.otherwise == null ? Stmt.Block.EMPTY : block(i.otherwise);
                yield at(i, () -> new Stmt.If(c, then, otherwise));
            }
            case TccKernelParser.BarrierContext b -> {
                String fence = b.name().getText();
                for (Stmt.Barrier.Fence f : Stmt.Barrier.Fence.values()) {
                    if (f.text().equals(fence)) yield new Stmt.Barrier(f);
                }
                throw Positions.error(b.name(), "unknown barrier fence '" + fence + "' (workgroup or all)");
            }
            case TccKernelParser.NestedContext n -> block(n.block());
            default -> throw new IllegalStateException("statement " + ctx.getClass().getSimpleName());
        };
    }

    private Stmt loop(TccKernelParser.ForContext f) {
        Expr init = exprs.expr(f.init);
        String name = f.name(0).getText();
        if (!f.name(1).getText().equals(name)) {
            throw Positions.error(f.name(1), "loop step must assign the loop index '" + name + "', not '"
                    + f.name(1).getText() + "'");
        }
        Expr.Var index = at(f, () -> new Expr.Var(name, type(f.type())));
        scopes.push(new HashMap<>(Map.of(name, index)));
        Expr cond = exprs.expr(f.cond);
        Expr next = exprs.expr(f.next);
        Stmt.Block body = block(f.block());
        scopes.pop();
        return at(f, () -> new Stmt.For(index, init, cond, next, body));
    }

    // ---- names, shared with the expression reader

    /** The variable {@code name} visible here, or null. */
    Expr.Var lookup(String name) {
        for (Map<String, Expr.Var> s : scopes) {
            Expr.Var v = s.get(name);
            if (v != null) return v;
        }
        return null;
    }

    Expr.Var variable(TccKernelParser.NameContext ctx) {
        Expr.Var v = lookup(ctx.getText());
        if (v == null) throw Positions.error(ctx, "variable '" + ctx.getText() + "' is not declared in an enclosing scope");
        return v;
    }

    Memory memory(TccKernelParser.NameContext ctx) {
        Memory m = memories.get(ctx.getText());
        if (m == null) {
            throw Positions.error(ctx, "'" + ctx.getText() + "' is not a buffer parameter or array (known: "
                    + memories.keySet() + ")");
        }
        return m;
    }

    static DType type(TypeContext ctx) {
        try {
            return DType.fromIrName(ctx.getText());
        } catch (IllegalArgumentException e) {
            throw Positions.error(ctx, "unknown type '" + ctx.getText() + "'");
        }
    }

    private static long number(TerminalNode t, long max) {
        try {
            long v = Long.parseLong(t.getText());
            if (v <= max) return v;
        } catch (NumberFormatException e) {
            // too large, reported below
        }
        throw Positions.error(t.getSymbol(), t.getText() + " is too large (at most " + max + ")");
    }

    /** Builds a record, turning its complaint into a syntax error at {@code ctx}. */
    static <T> T at(ParserRuleContext ctx, Supplier<T> build) {
        try {
            return build.get();
        } catch (KernelIrException e) {
            throw Positions.error(ctx, e.getMessage());
        }
    }
}
