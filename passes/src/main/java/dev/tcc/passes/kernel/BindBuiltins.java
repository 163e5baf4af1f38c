package dev.tcc.passes.kernel;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.Stmt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads each work-item or workgroup id at most once: an id read in several places is bound to one
 * local at the top of the body and the local read instead. When the body already starts with such a
 * binding ({@code let i: i32 = global_id(0);} at top level, before any other read of the id, never
 * assigned), that local is reused so the kernel keeps its names. Ids are the same for the whole
 * work-item, so reading them earlier changes nothing; launch sizes are constants and are folded instead.
 */
final class BindBuiltins {
    private BindBuiltins() {}

    static final RuleSet RULES = RuleSet.of("bind-builtins", Rule.kernel("bind-repeated-ids", BindBuiltins::bind));

    /** The builtins that differ between work-items; the sizes are constants of the grid. */
    private static final List<Expr.Builtin.Kind> IDS =
            List.of(Expr.Builtin.Kind.GLOBAL_ID, Expr.Builtin.Kind.LOCAL_ID, Expr.Builtin.Kind.GROUP_ID);

    private static Kernel bind(Kernel k) {
        List<Stmt> body = k.body().stmts();
        Set<String> assigned = Trees.assignedNames(k.body());
        for (Expr.Builtin.Kind kind : IDS) {
            for (int dim = 0; dim < 3; dim++) {
                Expr.Builtin id = new Expr.Builtin(kind, dim);
                if (count(body, id) >= 2) body = bindOnce(k, body, id, assigned);
            }
        }
        if (body.equals(k.body().stmts())) return null;
        return new Kernel(k.name(), k.params(), k.arrays(), k.grid(), new Stmt.Block(body));
    }

    private static List<Stmt> bindOnce(Kernel k, List<Stmt> body, Expr.Builtin id, Set<String> assigned) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Stmt.Declare(var v, var init) && init.equals(id) && !assigned.contains(v.name())) {
                List<Stmt> out = new ArrayList<>(body.subList(0, i + 1));
                out.addAll(replace(body.subList(i + 1, body.size()), id, v));
                return out;
            }
            if (count(List.of(body.get(i)), id) > 0) break;
        }
        Expr.Var v = new Expr.Var(freshName(k, body, id), DType.I32);
        List<Stmt> out = new ArrayList<>();
        out.add(new Stmt.Declare(v, id));
        out.addAll(replace(body, id, v));
        return out;
    }

    private static List<Stmt> replace(List<Stmt> stmts, Expr.Builtin id, Expr.Var v) {
        return stmts.stream().map(s -> Trees.mapStmt(s, x -> x.equals(id) ? v : x)).toList();
    }

    private static int count(List<Stmt> stmts, Expr.Builtin id) {
        int[] n = {0};
        for (Stmt s : stmts) Trees.forEachExpr(s, x -> n[0] += x.equals(id) ? 1 : 0);
        return n[0];
    }

    private static String freshName(Kernel k, List<Stmt> body, Expr.Builtin id) {
        Set<String> taken = new HashSet<>();
        for (Param p : k.params()) taken.add(p.name());
        for (ArrayDecl a : k.arrays()) taken.add(a.name());
        for (Stmt s : body) {
            Trees.forEachStmt(s, t -> {
                if (t instanceof Stmt.Declare d) taken.add(d.var().name());
                if (t instanceof Stmt.For l) taken.add(l.index().name());
            });
        }
        String base = switch (id.kind()) {
            case GLOBAL_ID -> "gid";
            case LOCAL_ID -> "lid";
            case GROUP_ID -> "grp";
            case GLOBAL_SIZE, LOCAL_SIZE, NUM_GROUPS -> throw new IllegalArgumentException(id + " is a constant, not an id");
        } + id.dim();
        String name = base;
        for (int n = 1; taken.contains(name); n++) name = base + "_" + n;
        return name;
    }
}
