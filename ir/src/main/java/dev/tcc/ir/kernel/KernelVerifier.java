package dev.tcc.ir.kernel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what the expression records cannot check alone: names are unique, variables are used in scope
 * with their declared type, memory belongs to the kernel and is used as its access allows, loop indexes
 * and scalar parameters are never assigned. Types were checked when the records were built.
 */
final class KernelVerifier {
    private final String kernel;
    private final Map<String, Object> declared = new HashMap<>();
    private final Set<String> readOnly = new HashSet<>();
    private final Deque<Set<String>> scopes = new ArrayDeque<>();

    private KernelVerifier(String kernel) { this.kernel = kernel; }

    static void verify(String name, List<Param> params, List<ArrayDecl> arrays, Grid grid, Stmt.Block body) {
        Names.check(name, "kernel");
        if (grid == null || body == null) throw new KernelIrException("kernel " + name + ": grid and body are required");
        KernelVerifier v = new KernelVerifier(name);
        v.scopes.push(new HashSet<>());
        for (Param p : params) {
            switch (p) {
                case BufferParam b -> v.declare(b.name(), b);
                case ScalarParam s -> {
                    v.declare(s.name(), s.var());
                    v.readOnly.add(s.name());
                }
            }
        }
        for (ArrayDecl a : arrays) v.declare(a.name(), a);
        v.block(body);
    }

    private KernelIrException error(String message) {
        return new KernelIrException("kernel " + kernel + ": " + message);
    }

    private void declare(String name, Object what) {
        if (declared.putIfAbsent(name, what) != null) throw error("name '" + name + "' is declared twice");
        scopes.peek().add(name);
    }

    private boolean visible(String name) {
        for (Set<String> s : scopes) if (s.contains(name)) return true;
        return false;
    }

    private void block(Stmt.Block b) {
        scopes.push(new HashSet<>());
        for (Stmt s : b.stmts()) stmt(s);
        scopes.pop();
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Declare d -> {
                expr(d.init());
                declare(d.var().name(), d.var());
            }
            case Stmt.Assign a -> {
                use(a.var());
                if (readOnly.contains(a.var().name())) throw error("'" + a.var().name() + "' is a parameter or loop index and cannot be assigned");
                expr(a.value());
            }
            case Stmt.Store st -> {
                memory(st.memory(), false);
                expr(st.index());
                expr(st.value());
            }
            case Stmt.For f -> {
                expr(f.init());
                scopes.push(new HashSet<>());
                declare(f.index().name(), f.index());
                readOnly.add(f.index().name());
                expr(f.condition());
                expr(f.next());
                block(f.body());
                readOnly.remove(f.index().name());
                scopes.pop();
            }
            case Stmt.If i -> {
                expr(i.condition());
                block(i.then());
                block(i.otherwise());
            }
            case Stmt.Barrier b -> { }
            case Stmt.Block b -> block(b);
        }
    }

    private void use(Expr.Var v) {
        Object d = declared.get(v.name());
        if (d == null || !visible(v.name())) throw error("variable '" + v.name() + "' is used outside its scope or never declared");
        if (!v.equals(d)) throw error("'" + v.name() + "' is used as " + v.type() + " but declared as " + d);
    }

    private void memory(Memory m, boolean load) {
        Object d = declared.get(m.name());
        if (!m.equals(d)) throw error("memory '" + m.name() + "' is not a parameter or array of this kernel");
        if (m instanceof BufferParam b) {
            if (load && !b.access().canLoad()) throw error("buffer '" + b.name() + "' is write-only but is loaded from");
            if (!load && !b.access().canStore()) throw error("buffer '" + b.name() + "' is read-only but is stored to");
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.IntLit l -> { }
            case Expr.FloatLit l -> { }
            case Expr.Builtin b -> { }
            case Expr.Var v -> use(v);
            case Expr.Load l -> {
                memory(l.memory(), true);
                expr(l.index());
            }
            case Expr.Unary u -> expr(u.operand());
            case Expr.Binary b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.Select s -> {
                expr(s.condition());
                expr(s.ifTrue());
                expr(s.ifFalse());
            }
            case Expr.Call c -> c.args().forEach(this::expr);
            case Expr.Cast c -> expr(c.operand());
        }
    }
}
