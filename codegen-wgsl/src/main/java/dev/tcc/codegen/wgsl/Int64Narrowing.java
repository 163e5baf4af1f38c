package dev.tcc.codegen.wgsl;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.BinaryOp;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelPrinter;
import dev.tcc.ir.kernel.Memory;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;
import dev.tcc.ir.kernel.Stmt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WGSL has no 64-bit integers. This rule holds every i64 value in an i32 and every u64 in a u32, after
 * an interval analysis shows that every 64-bit value the kernel computes fits its 32-bit holder, so that
 * the 32-bit arithmetic gives exactly the 64-bit result. What arrives from outside is bounded by a host
 * contract instead: an i64 buffer or scalar is packed by the host into i32 (u64 into u32), refusing values
 * that do not fit ({@link WgslLayout.Packing#I64_AS_I32}). A value the analysis cannot bound is refused
 * with a message naming the kernel and the value.
 *
 * <p>The analysis is an abstract interpretation over exact integer intervals: 32-bit operations whose
 * exact interval leaves their type wrap to the whole type (as WGSL does too); conditions of {@code if},
 * {@code select} and loops narrow the variables they compare; loops iterate to a fixed point with
 * widening. Both arms of a {@code select} are evaluated in kernel IR, but an arm's value only matters
 * where its condition holds, and 32-bit wrap-around in the other arm is harmless.
 */
final class Int64Narrowing {
    private Int64Narrowing() {}

    record Result(Kernel kernel, List<Narrowing> narrowings) {}

    static boolean wide(DType t) { return t == DType.I64 || t == DType.U64; }

    static DType narrow(DType t) {
        return switch (t) {
            case I64 -> DType.I32;
            case U64 -> DType.U32;
            default -> t;
        };
    }

    static Result apply(Kernel k) {
        if (k.typesUsed().stream().noneMatch(Int64Narrowing::wide)) return new Result(k, List.of());
        Analysis a = new Analysis(k);
        a.block(k.body(), new HashMap<>());
        List<Narrowing> out = new ArrayList<>();
        for (Param p : k.params()) {
            switch (p) {
                case BufferParam b when wide(b.elementType()) -> out.add(new Narrowing("buffer " + b.name(), b.elementType(),
                        narrow(b.elementType()), "the host packs elements into " + narrow(b.elementType())
                        + ", refusing values that do not fit, and widens them on download"));
                case ScalarParam s when wide(s.var().type()) -> out.add(new Narrowing("scalar " + s.name(), s.var().type(),
                        narrow(s.var().type()), "the host writes it as " + narrow(s.var().type()) + ", refusing values that do not fit"));
                default -> { }
            }
        }
        for (ArrayDecl d : k.arrays()) {
            if (wide(d.elementType())) {
                out.add(new Narrowing("array " + d.name(), d.elementType(), narrow(d.elementType()), "every value stored is in range"));
            }
        }
        a.seen.forEach((name, r) -> out.add(new Narrowing("variable " + name, a.types.get(name), narrow(a.types.get(name)),
                "takes values in " + r)));
        Kernel narrowed = KernelRewriter.rewrite(k, Int64Narrowing::narrowExpr, Int64Narrowing::narrowMemory);
        return new Result(narrowed, out);
    }

    private static Expr narrowExpr(Expr e) {
        return switch (e) {
            case Expr.IntLit l when wide(l.type()) -> new Expr.IntLit(narrow(l.type()), l.value());
            case Expr.Var v when wide(v.type()) -> new Expr.Var(v.name(), narrow(v.type()));
            case Expr.Cast c when c.operand().type() == narrow(c.to()) -> c.operand();
            case Expr.Cast c when wide(c.to()) -> new Expr.Cast(narrow(c.to()), c.operand());
            default -> e;
        };
    }

    private static Memory narrowMemory(Memory m) {
        if (!wide(m.elementType())) return m;
        return switch (m) {
            case BufferParam b -> new BufferParam(b.name(), narrow(b.elementType()), b.access());
            case ArrayDecl d -> new ArrayDecl(d.name(), narrow(d.elementType()), d.length(), d.space());
        };
    }

    /** The interval analysis; environments map integer variables to ranges, null meaning unreachable. */
    private static final class Analysis {
        private final Kernel kernel;
        private final Map<String, DType> types = new HashMap<>();
        private final Map<String, IntRange> params = new HashMap<>();
        /** Ranges of the 64-bit variables over the checking pass, for the report. */
        private final Map<String, IntRange> seen = new LinkedHashMap<>();
        private boolean checking = true;
        private String context = "";

        Analysis(Kernel k) {
            this.kernel = k;
            for (Param p : k.params()) {
                if (p instanceof ScalarParam s && s.var().type().isInteger()) params.put(s.name(), IntRange.held(s.var().type()));
            }
            KernelRewriter.forEachExpr(k.body(), e -> {
                if (e instanceof Expr.Var v) types.put(v.name(), v.type());
            });
        }

        // ---- statements

        Map<String, IntRange> block(Stmt.Block b, Map<String, IntRange> env) {
            for (Stmt s : b.stmts()) {
                if (env == null) return null;
                env = stmt(s, env);
            }
            return env;
        }

        private Map<String, IntRange> stmt(Stmt s, Map<String, IntRange> env) {
            switch (s) {
                case Stmt.Declare d -> {
                    context = "the value of " + d.var().name();
                    bind(env, d.var(), eval(d.init(), env));
                }
                case Stmt.Assign a -> {
                    context = "the value assigned to " + a.var().name();
                    bind(env, a.var(), eval(a.value(), env));
                }
                case Stmt.Store st -> {
                    context = "a store to " + st.memory().name();
                    eval(st.index(), env);
                    eval(st.value(), env);
                }
                case Stmt.If i -> {
                    context = "an if condition";
                    eval(i.condition(), env);
                    var t = block(i.then(), refine(copy(env), i.condition(), true));
                    var e = block(i.otherwise(), refine(copy(env), i.condition(), false));
                    return join(t, e);
                }
                case Stmt.For f -> { return loop(f, env); }
                case Stmt.Barrier b -> { }
                case Stmt.Block b -> { return block(b, env); }
            }
            return env;
        }

        private Map<String, IntRange> loop(Stmt.For f, Map<String, IntRange> env) {
            context = "the start of loop " + f.index().name();
            var entry = copy(env);
            bind(entry, f.index(), eval(f.init(), env));
            boolean outer = checking;
            checking = false;
            var head = entry;
            for (int round = 0; ; round++) {
                var joined = join(head, iterate(f, head));
                if (round >= 2) joined = widen(head, joined);
                if (joined.equals(head)) break;
                head = joined;
                if (round > 100) throw new IllegalStateException("range analysis of loop " + f.index().name() + " does not settle");
            }
            // widening overshoots (a counter up to n jumps to the end of its type); two descending rounds take it back
            for (int round = 0; round < 2; round++) head = join(entry, iterate(f, head));
            checking = outer;
            context = "the condition of loop " + f.index().name();
            eval(f.condition(), head);
            var in = refine(copy(head), f.condition(), true);
            if (in != null) {
                if (checking && wide(f.index().type())) seen.merge(f.index().name(), head.get(f.index().name()), IntRange::join);
                var out = block(f.body(), in);
                context = "the step of loop " + f.index().name();
                if (out != null) eval(f.next(), out);
            }
            return head;
        }

        /** The environment at the loop head after one more iteration from {@code head}; null if none runs. */
        private Map<String, IntRange> iterate(Stmt.For f, Map<String, IntRange> head) {
            var in = refine(copy(head), f.condition(), true);
            var out = in == null ? null : block(f.body(), in);
            if (out != null) out.put(f.index().name(), eval(f.next(), out));
            return out;
        }

        private void bind(Map<String, IntRange> env, Expr.Var v, IntRange r) {
            if (r == null) return;
            env.put(v.name(), r);
            if (checking && wide(v.type())) seen.merge(v.name(), r, IntRange::join);
        }

        private static Map<String, IntRange> copy(Map<String, IntRange> env) { return env == null ? null : new HashMap<>(env); }

        private static Map<String, IntRange> join(Map<String, IntRange> a, Map<String, IntRange> b) {
            if (a == null) return b;
            if (b == null) return a;
            var out = new HashMap<>(a);
            b.forEach((k, v) -> out.merge(k, v, IntRange::join));
            return out;
        }

        /** Bounds that still move after a few rounds jump to the end of their type. */
        private Map<String, IntRange> widen(Map<String, IntRange> old, Map<String, IntRange> now) {
            var out = new HashMap<>(now);
            now.forEach((k, v) -> {
                IntRange o = old.get(k);
                if (o == null || v.equals(o)) return;
                IntRange all = IntRange.full(types.getOrDefault(k, DType.I64));
                out.put(k, new IntRange(v.lo() < o.lo() ? all.lo() : v.lo(), v.hi() > o.hi() ? all.hi() : v.hi()));
            });
            return out;
        }

        // ---- conditions

        /** {@code env} where {@code cond} is {@code truth}; null when that cannot happen. */
        private Map<String, IntRange> refine(Map<String, IntRange> env, Expr cond, boolean truth) {
            if (env == null) return null;
            return switch (cond) {
                case Expr.IntLit l -> (l.value() != 0) == truth ? env : null;
                case Expr.Unary u when u.op() == dev.tcc.ir.kernel.UnaryOp.NOT -> refine(env, u.operand(), !truth);
                case Expr.Binary b when b.op() == BinaryOp.AND == truth && (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR) ->
                        refine(refine(env, b.left(), truth), b.right(), truth);
                case Expr.Binary b when b.op() == BinaryOp.AND || b.op() == BinaryOp.OR ->
                        join(refine(copy(env), b.left(), truth), refine(copy(env), b.right(), truth));
                case Expr.Binary b when b.op().kind() == BinaryOp.Kind.COMPARE && b.left().type().isInteger() -> {
                    BinaryOp op = truth ? b.op() : negate(b.op());
                    boolean was = checking;
                    checking = false;
                    // a compared variable's own range, not the 32-bit value its type is held in: a loop counter
                    // widened to the end of i64 must narrow back, not to the i32 range
                    IntRange l = b.left() instanceof Expr.Var v && env.containsKey(v.name()) ? env.get(v.name()) : eval(b.left(), env);
                    IntRange r = b.right() instanceof Expr.Var v && env.containsKey(v.name()) ? env.get(v.name()) : eval(b.right(), env);
                    checking = was;
                    if (b.left() instanceof Expr.Var v) env = constrain(env, v.name(), l, op, r);
                    if (env != null && b.right() instanceof Expr.Var v) env = constrain(env, v.name(), r, flip(op), l);
                    yield env;
                }
                default -> env;
            };
        }

        private static Map<String, IntRange> constrain(Map<String, IntRange> env, String var, IntRange x, BinaryOp op, IntRange y) {
            long lo = x.lo(), hi = x.hi();
            switch (op) {
                case LT -> hi = Math.min(hi, IntRange.add(y.hi(), -1));
                case LE -> hi = Math.min(hi, y.hi());
                case GT -> lo = Math.max(lo, IntRange.add(y.lo(), 1));
                case GE -> lo = Math.max(lo, y.lo());
                case EQ -> { lo = Math.max(lo, y.lo()); hi = Math.min(hi, y.hi()); }
                default -> { }
            }
            if (lo > hi) return null;
            env.put(var, new IntRange(lo, hi));
            return env;
        }

        private static BinaryOp negate(BinaryOp op) {
            return switch (op) {
                case LT -> BinaryOp.GE; case LE -> BinaryOp.GT; case GT -> BinaryOp.LE; case GE -> BinaryOp.LT;
                case EQ -> BinaryOp.NE; case NE -> BinaryOp.EQ;
                default -> throw new IllegalArgumentException(op.name());
            };
        }

        private static BinaryOp flip(BinaryOp op) {
            return switch (op) {
                case LT -> BinaryOp.GT; case LE -> BinaryOp.GE; case GT -> BinaryOp.LT; case GE -> BinaryOp.LE;
                default -> op;
            };
        }

        // ---- expressions

        /** The exact range of an integer or bool expression (null for floats), checking 64-bit values. */
        IntRange eval(Expr e, Map<String, IntRange> env) {
            IntRange exact = switch (e) {
                case Expr.IntLit l -> l.type() == DType.U64 && l.value() < 0 ? IntRange.of(Long.MAX_VALUE) : IntRange.of(l.value());
                case Expr.FloatLit l -> null;
                case Expr.Var v -> env.containsKey(v.name()) ? env.get(v.name())
                        : params.getOrDefault(v.name(), v.type().isFloat() ? null : IntRange.full(v.type()));
                case Expr.Builtin b -> builtin(b);
                case Expr.Load l -> {
                    eval(l.index(), env);
                    yield l.type().isFloat() ? null : IntRange.held(l.memory().elementType());
                }
                case Expr.Unary u -> unary(u, eval(u.operand(), env));
                case Expr.Binary b -> binary(b, eval(b.left(), env), eval(b.right(), env));
                case Expr.Select s -> {
                    eval(s.condition(), env);
                    var t = refine(copy(env), s.condition(), true);
                    var f = refine(copy(env), s.condition(), false);
                    IntRange rt = t == null ? null : eval(s.ifTrue(), t);
                    IntRange rf = f == null ? null : eval(s.ifFalse(), f);
                    yield rt == null ? rf : rt.join(rf);
                }
                case Expr.Call c -> {
                    c.args().forEach(a -> eval(a, env));
                    yield c.type() == DType.BOOL ? IntRange.BOOL : null;
                }
                case Expr.Cast c -> cast(c, eval(c.operand(), env));
            };
            return e.type().isFloat() || exact == null ? exact : fit(e, exact);
        }

        /** The value the 32-bit holder has: wrapped for 32-bit types, checked for 64-bit ones. */
        private IntRange fit(Expr e, IntRange exact) {
            DType t = e.type();
            if (t == DType.BOOL) return IntRange.BOOL;
            IntRange held = IntRange.held(t);
            if (exact.within(held)) return exact;
            if (wide(t) && checking) {
                throw new WgslException("kernel " + kernel.name() + ": WGSL has no 64-bit integers, and the " + t + " value `"
                        + KernelPrinter.print(e) + "` (in " + context + ") cannot be shown to fit in " + narrow(t)
                        + ": " + (exact.equals(IntRange.WIDE) ? "nothing bounds it below the full 64 bits"
                        : t.isSigned() || exact.lo() >= 0 ? "it may take values in " + exact
                        : "it may go below 0 and wrap around (its exact value lies in " + exact + ")")
                        + ". Compute it in 32 bits when lowering for WebGPU, or run this"
                        + " kernel on a target with 64-bit integers.");
            }
            return held;
        }

        private IntRange builtin(Expr.Builtin b) {
            var g = kernel.grid();
            int d = b.dim();
            return switch (b.kind()) {
                case GLOBAL_ID -> new IntRange(0, g.globalSize(d) - 1);
                case LOCAL_ID -> new IntRange(0, g.workgroupSize(d) - 1);
                case GROUP_ID -> new IntRange(0, g.groups(d) - 1);
                case GLOBAL_SIZE -> IntRange.of(g.globalSize(d));
                case LOCAL_SIZE -> IntRange.of(g.workgroupSize(d));
                case NUM_GROUPS -> IntRange.of(g.groups(d));
            };
        }

        private IntRange unary(Expr.Unary u, IntRange x) {
            if (x == null) return null;
            boolean signed = u.type().isSigned();
            long top = u.type() == DType.U32 ? 0xFFFF_FFFFL : Long.MAX_VALUE;
            return switch (u.op()) {
                case NOT -> IntRange.BOOL;
                case NEG -> signed ? new IntRange(IntRange.neg(x.hi()), IntRange.neg(x.lo()))
                        : x.equals(IntRange.of(0)) ? x : u.type() == DType.U32 ? IntRange.U32 : IntRange.WIDE;
                case ABS -> !signed || x.lo() >= 0 ? x : x.hi() <= 0 ? new IntRange(IntRange.neg(x.hi()), IntRange.neg(x.lo()))
                        : new IntRange(0, x.maxAbs());
                case BIT_NOT -> signed ? new IntRange(-1 - x.hi(), -1 - x.lo()) : new IntRange(top - x.hi(), top - x.lo());
            };
        }

        private IntRange binary(Expr.Binary b, IntRange x, IntRange y) {
            if (b.op().kind() == BinaryOp.Kind.COMPARE || b.op().kind() == BinaryOp.Kind.LOGIC) return IntRange.BOOL;
            if (x == null || y == null) return null;
            return b.op() == BinaryOp.SHL || b.op() == BinaryOp.SHR ? shift(b, x, y) : IntRange.arith(b.op(), x, y);
        }

        private IntRange shift(Expr.Binary b, IntRange x, IntRange count) {
            boolean is64 = wide(b.type());
            int width = is64 ? 64 : 32;
            if (count.isConstant()) count = IntRange.of(count.lo() & (width - 1));
            else if (!count.within(new IntRange(0, width - 1))) count = new IntRange(0, width - 1);
            if (is64 && count.hi() > 31 && !x.equals(IntRange.of(0))) {
                return b.op() == BinaryOp.SHL || count.lo() > 31 ? IntRange.WIDE : shiftRight(x, count).join(IntRange.WIDE);
            }
            if (b.op() == BinaryOp.SHL) {
                return count.isConstant() ? new IntRange(IntRange.mul(x.lo(), 1L << count.lo()), IntRange.mul(x.hi(), 1L << count.lo()))
                        : IntRange.full(b.type());
            }
            return shiftRight(x, count);
        }

        private static IntRange shiftRight(IntRange x, IntRange c) {
            long lo = x.lo() >= 0 ? x.lo() >> c.hi() : x.lo() >> c.lo();
            long hi = x.hi() >= 0 ? x.hi() >> c.lo() : x.hi() >> c.hi();
            return new IntRange(lo, hi);
        }

        private static IntRange cast(Expr.Cast c, IntRange x) {
            DType to = c.to();
            if (to.isFloat()) return null;
            if (to == DType.BOOL) return IntRange.BOOL;
            if (x == null) return IntRange.full(to); // from a float: saturates to the target type
            return x.within(IntRange.full(to)) ? x : wide(to) ? IntRange.WIDE : IntRange.full(to);
        }
    }
}
