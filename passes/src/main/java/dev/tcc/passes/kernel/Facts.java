package dev.tcc.passes.kernel;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BinaryOp;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Stmt;

import java.util.Set;

/**
 * What is known at one point of a kernel body: the launch grid, which variables are never assigned
 * (<i>immutable</i>: scalar parameters, loop indexes and locals without an {@link Stmt.Assign}), the
 * range of each immutable variable and id builtin, and the defining expression of each immutable local
 * whose initial value is <i>pure</i> (built from literals, builtins and immutable variables only, so it
 * means the same wherever the local is visible). Facts are immutable; entering a declaration, loop or
 * branch makes a child. Kernel-IR names are unique in a kernel, so a name means one variable everywhere.
 */
public final class Facts {
    private final Grid grid;
    private final Set<String> assigned;
    private final Facts parent;
    private final Expr atom;
    private final Interval range;
    private final Expr definition;

    private Facts(Grid grid, Set<String> assigned, Facts parent, Expr atom, Interval range, Expr definition) {
        this.grid = grid;
        this.assigned = assigned;
        this.parent = parent;
        this.atom = atom;
        this.range = range;
        this.definition = definition;
    }

    /** Facts at the top of {@code k}'s body. */
    public static Facts of(Kernel k) { return new Facts(k.grid(), Trees.assignedNames(k.body()), null, null, null, null); }

    public Grid grid() { return grid; }

    /** True when {@code v} is never assigned in the kernel. */
    public boolean isImmutable(Expr.Var v) { return !assigned.contains(v.name()); }

    private Facts with(Expr atom, Interval r, Expr def) {
        return r == null && def == null ? this : new Facts(grid, assigned, this, atom, r, def);
    }

    /** The facts after {@code let v = init}. */
    public Facts declare(Expr.Var v, Expr init) {
        if (!isImmutable(v)) return this;
        return with(v, range(init), isPure(init) ? init : null);
    }

    /** The pure expression an immutable local was declared with, or null. */
    public Expr definition(Expr.Var v) {
        for (Facts f = this; f != null; f = f.parent) if (f.definition != null && v.equals(f.atom)) return f.definition;
        return null;
    }

    /** {@code e} with every variable that has a {@linkplain #definition definition} replaced by it, recursively. */
    public Expr resolve(Expr e) {
        return Trees.mapExpr(e, x -> x instanceof Expr.Var v && definition(v) instanceof Expr d ? resolve(d) : x);
    }

    private boolean isPure(Expr e) {
        boolean[] pure = {true};
        Trees.walk(e, x -> {
            if (x instanceof Expr.Load || x instanceof Expr.Var v && !isImmutable(v)) pure[0] = false;
        });
        return pure[0];
    }

    // ---- ranges

    /** The values {@code e} can take here, or null when unknown (or when {@code e} could wrap). */
    public Interval range(Expr e) {
        if (!Interval.tracks(e.type())) return null;
        Interval r = switch (e) {
            case Expr.IntLit l -> Interval.of(l.value());
            case Expr.FloatLit l -> null;
            case Expr.Var v -> known(v);
            case Expr.Builtin b -> builtin(b);
            case Expr.Load l -> switch (l.memory().elementType()) {
                case I8 -> new Interval(Byte.MIN_VALUE, Byte.MAX_VALUE);
                case U8 -> new Interval(0, 255);
                case I16 -> new Interval(Short.MIN_VALUE, Short.MAX_VALUE);
                case U16 -> new Interval(0, 65535);
                default -> null;
            };
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> binary(b);
            case Expr.Select s -> {
                Interval c = range(s.condition());
                Interval t = range(s.ifTrue());
                Interval f = range(s.ifFalse());
                if (c != null && c.isConstant()) yield c.lo() != 0 ? t : f;
                yield t == null || f == null ? null : t.union(f);
            }
            case Expr.Call c -> c.fn().predicate() ? new Interval(0, 1) : null;
            case Expr.Cast c -> {
                if (c.to() == DType.BOOL) yield new Interval(0, 1);
                Interval x = c.operand().type().isFloat() ? null : range(c.operand());
                yield x == null ? null : Interval.within(c.to(), x.lo(), x.hi());
            }
        };
        if (e.type() == DType.BOOL) return r == null ? new Interval(0, 1) : r;
        return r == null ? null : Interval.within(e.type(), r.lo(), r.hi());
    }

    private Interval known(Expr atom) {
        Interval r = null;
        for (Facts f = this; f != null; f = f.parent) {
            if (f.range != null && atom.equals(f.atom)) r = narrower(r, f.range);
        }
        return r;
    }

    /** Both facts together; contradictory facts (code that cannot run) keep the first. */
    private static Interval narrower(Interval r, Interval other) {
        if (r == null || other == null) return r == null ? other : r;
        Interval both = r.intersect(other);
        return both == null ? r : both;
    }

    private Interval builtin(Expr.Builtin b) {
        int d = b.dim();
        Interval declared = switch (b.kind()) {
            case GLOBAL_ID -> new Interval(0, grid.globalSize(d) - 1);
            case LOCAL_ID -> new Interval(0, grid.workgroupSize(d) - 1);
            case GROUP_ID -> new Interval(0, grid.groups(d) - 1);
            case GLOBAL_SIZE -> Interval.of(grid.globalSize(d));
            case LOCAL_SIZE -> Interval.of(grid.workgroupSize(d));
            case NUM_GROUPS -> Interval.of(grid.groups(d));
        };
        return narrower(declared, known(b));
    }

    private Interval unary(Expr.Unary u) {
        Interval a = range(u.operand());
        if (a == null) return null;
        return switch (u.op()) {
            case NEG -> a.lo() == Long.MIN_VALUE ? null : new Interval(-a.hi(), -a.lo());
            case ABS -> a.lo() == Long.MIN_VALUE ? null
                    : a.lo() >= 0 ? a : a.hi() <= 0 ? new Interval(-a.hi(), -a.lo()) : new Interval(0, Math.max(-a.lo(), a.hi()));
            case NOT -> new Interval(1 - a.hi(), 1 - a.lo());
            case BIT_NOT -> u.type().isSigned() ? new Interval(~a.hi(), ~a.lo()) : null;
        };
    }

    private Interval binary(Expr.Binary b) {
        Interval x = range(b.left());
        Interval y = range(b.right());
        if (x == null || y == null) return null;
        return switch (b.op()) {
            case ADD -> Interval.add(x, y);
            case SUB -> Interval.sub(x, y);
            case MUL -> Interval.mul(x, y);
            case DIV -> Interval.div(x, y);
            case REM -> Interval.rem(x, y);
            case MIN -> new Interval(Math.min(x.lo(), y.lo()), Math.min(x.hi(), y.hi()));
            case MAX -> new Interval(Math.max(x.lo(), y.lo()), Math.max(x.hi(), y.hi()));
            case EQ -> sameConstant(x, y) ? Interval.of(1) : x.intersect(y) == null ? Interval.of(0) : null;
            case NE -> sameConstant(x, y) ? Interval.of(0) : x.intersect(y) == null ? Interval.of(1) : null;
            case LT -> x.hi() < y.lo() ? Interval.of(1) : x.lo() >= y.hi() ? Interval.of(0) : null;
            case LE -> x.hi() <= y.lo() ? Interval.of(1) : x.lo() > y.hi() ? Interval.of(0) : null;
            case GT -> x.lo() > y.hi() ? Interval.of(1) : x.hi() <= y.lo() ? Interval.of(0) : null;
            case GE -> x.lo() >= y.hi() ? Interval.of(1) : x.hi() < y.lo() ? Interval.of(0) : null;
            case AND -> new Interval(x.lo() & y.lo(), x.hi() & y.hi());
            case OR -> new Interval(x.lo() | y.lo(), x.hi() | y.hi());
            case BIT_AND -> x.lo() >= 0 && y.lo() >= 0 ? new Interval(0, Math.min(x.hi(), y.hi())) : null;
            case BIT_OR, BIT_XOR -> x.lo() >= 0 && y.lo() >= 0 ? new Interval(0, allOnes(Math.max(x.hi(), y.hi()))) : null;
            case SHL -> y.isConstant() && y.lo() >= 0 && y.lo() < 31 ? Interval.mul(x, Interval.of(1L << y.lo())) : null;
            case SHR -> y.isConstant() && y.lo() >= 0 && y.lo() < b.type().bits() && (b.type().isSigned() || x.lo() >= 0)
                    ? new Interval(x.lo() >> y.lo(), x.hi() >> y.lo()) : null;
        };
    }

    private static boolean sameConstant(Interval x, Interval y) { return x.isConstant() && y.isConstant() && x.lo() == y.lo(); }

    private static long allOnes(long v) { return v == 0 ? 0 : (Long.highestOneBit(v) << 1) - 1; }

    // ---- refinement by branch conditions and loops

    /** The facts where {@code cond} is known to be {@code holds} (the branches of an {@code if}). */
    public Facts assume(Expr cond, boolean holds) {
        return switch (cond) {
            case Expr.Unary(var op, var x) when op == dev.tcc.ir.kernel.UnaryOp.NOT -> assume(x, !holds);
            case Expr.Binary(var op, var l, var r) when op == BinaryOp.AND && holds -> assume(l, true).assume(r, true);
            case Expr.Binary(var op, var l, var r) when op == BinaryOp.OR && !holds -> assume(l, false).assume(r, false);
            case Expr.Binary(var op, var l, var r) when op.kind() == BinaryOp.Kind.COMPARE && Interval.tracks(l.type())
                    && l.type() != DType.BOOL -> {
                BinaryOp o = holds ? op : negate(op);
                yield bound(l, o, range(r)).bound(r, mirror(o), range(l));
            }
            default -> this;
        };
    }

    /** Records that {@code atom op (a value in other)} holds, when {@code atom} is an immutable variable or an id. */
    private Facts bound(Expr atom, BinaryOp op, Interval other) {
        boolean trackable = atom instanceof Expr.Var v && isImmutable(v) || atom instanceof Expr.Builtin;
        if (!trackable || other == null) return this;
        Interval full = Interval.full(atom.type());
        Interval r = switch (op) {
            case LT -> other.hi() == full.lo() ? null : new Interval(full.lo(), other.hi() - 1);
            case LE -> new Interval(full.lo(), other.hi());
            case GT -> other.lo() == full.hi() ? null : new Interval(other.lo() + 1, full.hi());
            case GE -> new Interval(other.lo(), full.hi());
            case EQ -> other;
            default -> null;
        };
        return r == null ? this : with(atom, r, null);
    }

    private static BinaryOp negate(BinaryOp op) {
        return switch (op) {
            case LT -> BinaryOp.GE;
            case LE -> BinaryOp.GT;
            case GT -> BinaryOp.LE;
            case GE -> BinaryOp.LT;
            case EQ -> BinaryOp.NE;
            case NE -> BinaryOp.EQ;
            default -> throw new IllegalArgumentException(op + " is not a comparison");
        };
    }

    /** {@code a op b} as {@code b op' a}. */
    private static BinaryOp mirror(BinaryOp op) {
        return switch (op) {
            case LT -> BinaryOp.GT;
            case LE -> BinaryOp.GE;
            case GT -> BinaryOp.LT;
            case GE -> BinaryOp.LE;
            default -> op;
        };
    }

    /** The facts inside loop {@code f} (its step and body; not its condition): the {@linkplain #indexRange index range}. */
    public Facts loop(Stmt.For f) {
        Interval r = indexRange(f);
        return r == null ? this : with(f.index(), r, null);
    }

    /**
     * The values the index of {@code for (i = a; i < b; i = i + c)} takes in the body, when {@code c} is a
     * positive constant, {@code b} has a known range and {@code i + c} cannot wrap past the type's
     * maximum: {@code [lo(a), hi(b) - 1]}. A loop with an index range also provably ends. Null when
     * unknown or when the loop never runs.
     */
    public Interval indexRange(Stmt.For f) {
        Expr.Var i = f.index();
        Interval start = range(f.init());
        Long step = Trees.stepOf(f);
        if (start == null || step == null || step <= 0) return null;
        Interval bound = switch (f.condition()) {
            case Expr.Binary(var op, var l, var r) when l.equals(i) && op == BinaryOp.LT -> limit(range(r), 1);
            case Expr.Binary(var op, var l, var r) when l.equals(i) && op == BinaryOp.LE -> limit(range(r), 0);
            case Expr.Binary(var op, var l, var r) when r.equals(i) && op == BinaryOp.GT -> limit(range(l), 1);
            case Expr.Binary(var op, var l, var r) when r.equals(i) && op == BinaryOp.GE -> limit(range(l), 0);
            default -> null;
        };
        Interval full = Interval.full(i.type());
        if (bound == null || full == null || bound.hi() < start.lo() || bound.hi() > full.hi() - step) return null;
        return new Interval(start.lo(), bound.hi());
    }

    private static Interval limit(Interval r, long minus) { return r == null ? null : Interval.of(r.hi() - minus); }
}
