package dev.tcc.ir.kernel.interp;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.HostArrays;
import dev.tcc.ir.kernel.KernelIrException;
import dev.tcc.ir.kernel.Memory;
import dev.tcc.ir.kernel.Stmt;

import java.util.HashMap;
import java.util.Map;

/** One work-item: its ids, variables and private arrays, and the tree-walking evaluator. */
final class WorkItem {
    /** Called at each barrier; blocks until the workgroup has arrived. */
    interface BarrierSync { void await(WorkItem item); }

    private final Launch launch;
    private final Map<String, Object> workgroupArrays;
    private final Map<String, Object> privateArrays = new HashMap<>();
    private final int[] groupId;
    private int[] localId;
    private final long[] ints;
    private final double[] floats;
    private final BarrierSync sync;
    int barriersPassed;

    WorkItem(Launch launch, int[] groupId, Map<String, Object> workgroupArrays, BarrierSync sync) {
        this.launch = launch;
        this.groupId = groupId;
        this.workgroupArrays = workgroupArrays;
        this.sync = sync;
        this.ints = new long[launch.initialInts.length];
        this.floats = new double[launch.initialFloats.length];
    }

    /** Makes this the work-item {@code localId} of its group, with fresh variables and private arrays. */
    void reset(int[] localId) {
        this.localId = localId;
        System.arraycopy(launch.initialInts, 0, ints, 0, ints.length);
        System.arraycopy(launch.initialFloats, 0, floats, 0, floats.length);
        for (ArrayDecl a : launch.kernel.arrays()) {
            if (a.space() == ArrayDecl.Space.PRIVATE) privateArrays.put(a.name(), Launch.poisoned(a));
        }
        barriersPassed = 0;
    }

    void run() { exec(launch.kernel.body()); }

    private int globalId(int d) { return groupId[d] * launch.kernel.grid().workgroupSize(d) + localId[d]; }

    private KernelIrException error(String message) {
        return new KernelIrException("kernel " + launch.kernel.name() + ", work-item (" + globalId(0) + ", " + globalId(1)
                + ", " + globalId(2) + "): " + message);
    }

    private void exec(Stmt s) {
        switch (s) {
            case Stmt.Declare d -> set(d.var(), d.init());
            case Stmt.Assign a -> set(a.var(), a.value());
            case Stmt.Store st -> store(st);
            case Stmt.For f -> {
                set(f.index(), f.init());
                int slot = launch.slot(f.index());
                while (evalI(f.condition()) != 0) {
                    exec(f.body());
                    ints[slot] = evalI(f.next());
                }
            }
            case Stmt.If i -> exec(evalI(i.condition()) != 0 ? i.then() : i.otherwise());
            case Stmt.Barrier b -> {
                if (sync == null) throw error("barrier reached in a launch run without workgroup synchronisation");
                sync.await(this);
                barriersPassed++;
            }
            case Stmt.Block b -> {
                for (Stmt t : b.stmts()) exec(t);
            }
        }
    }

    private void set(Expr.Var v, Expr value) {
        int slot = launch.slot(v);
        if (v.type().isFloat()) floats[slot] = evalF(value);
        else ints[slot] = evalI(value);
    }

    private Object array(Memory m) {
        return switch (m) {
            case BufferParam b -> launch.buffers.get(b.name());
            case ArrayDecl a -> a.space() == ArrayDecl.Space.WORKGROUP ? workgroupArrays.get(a.name()) : privateArrays.get(a.name());
        };
    }

    private int index(Memory m, Object array, Expr index, String what) {
        long i = evalI(index);
        int n = HostArrays.length(array);
        if (i < 0 || i >= n) {
            throw error(what + " " + m.name() + "[" + (index.type() == DType.U64 ? Long.toUnsignedString(i) : i)
                    + "] is out of bounds (" + m.name() + " has " + n + " elements)");
        }
        return (int) i;
    }

    private void store(Stmt.Store st) {
        Memory m = st.memory();
        Object a = array(m);
        int i = index(m, a, st.index(), "store to");
        if (m.valueType().isFloat()) HostArrays.setDouble(m.elementType(), a, i, evalF(st.value()));
        else HostArrays.setLong(m.elementType(), a, i, evalI(st.value()));
    }

    double evalF(Expr e) {
        return switch (e) {
            case Expr.FloatLit l -> l.value();
            case Expr.Var v -> floats[launch.slot(v)];
            case Expr.Load l -> {
                Object a = array(l.memory());
                yield HostArrays.getDouble(l.memory().elementType(), a, index(l.memory(), a, l.index(), "load from"));
            }
            case Expr.Unary u -> Scalars.floatUnary(u.op(), evalF(u.operand()));
            case Expr.Binary b -> Scalars.floatBinary(b.op(), b.type(), evalF(b.left()), evalF(b.right()));
            case Expr.Select s -> {
                long c = evalI(s.condition());
                double t = evalF(s.ifTrue());
                double f = evalF(s.ifFalse());
                yield c != 0 ? t : f;
            }
            case Expr.Call c -> {
                var args = c.args();
                double x = evalF(args.get(0));
                double y = args.size() > 1 ? evalF(args.get(1)) : 0;
                double z = args.size() > 2 ? evalF(args.get(2)) : 0;
                yield Scalars.math(c.fn(), c.type(), x, y, z);
            }
            case Expr.Cast c -> {
                DType from = c.operand().type();
                yield from.isFloat() ? Scalars.round(c.to(), evalF(c.operand())) : Scalars.intToFloat(c.to(), from, evalI(c.operand()));
            }
            case Expr.IntLit l -> throw new IllegalStateException("integer expression evaluated as float");
            case Expr.Builtin b -> throw new IllegalStateException("builtin evaluated as float");
        };
    }

    long evalI(Expr e) {
        return switch (e) {
            case Expr.IntLit l -> l.value();
            case Expr.Var v -> ints[launch.slot(v)];
            case Expr.Builtin b -> builtin(b);
            case Expr.Load l -> {
                Object a = array(l.memory());
                yield HostArrays.getLong(l.memory().elementType(), a, index(l.memory(), a, l.index(), "load from"));
            }
            case Expr.Unary u -> Scalars.intUnary(u.op(), u.type(), evalI(u.operand()));
            case Expr.Binary b -> b.left().type().isFloat()
                    ? (Scalars.floatCompare(b.op(), evalF(b.left()), evalF(b.right())) ? 1 : 0)
                    : Scalars.intBinary(b.op(), b.left().type(), evalI(b.left()), evalI(b.right()));
            case Expr.Select s -> {
                long c = evalI(s.condition());
                long t = evalI(s.ifTrue());
                long f = evalI(s.ifFalse());
                yield c != 0 ? t : f;
            }
            case Expr.Call c -> {
                double x = evalF(c.args().getFirst());
                yield switch (c.fn()) {
                    case ISNAN -> Double.isNaN(x) ? 1 : 0;
                    case ISINF -> Double.isInfinite(x) ? 1 : 0;
                    default -> throw new IllegalStateException(c.fn() + " gives a float");
                };
            }
            case Expr.Cast c -> c.operand().type().isFloat() ? Scalars.floatToInt(c.to(), evalF(c.operand()))
                    : Scalars.intToInt(c.to(), evalI(c.operand()));
            case Expr.FloatLit l -> throw new IllegalStateException("float literal evaluated as integer");
        };
    }

    private long builtin(Expr.Builtin b) {
        int d = b.dim();
        var grid = launch.kernel.grid();
        return switch (b.kind()) {
            case GLOBAL_ID -> globalId(d);
            case LOCAL_ID -> localId[d];
            case GROUP_ID -> groupId[d];
            case GLOBAL_SIZE -> grid.globalSize(d);
            case LOCAL_SIZE -> grid.workgroupSize(d);
            case NUM_GROUPS -> grid.groups(d);
        };
    }
}
