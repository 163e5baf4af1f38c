package dev.tcc.ir.kernel.interp;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.HostArrays;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelIrException;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;
import dev.tcc.ir.kernel.Stmt;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every work-item of one interpreted launch shares: the kernel, bound arguments and variable slots. */
final class Launch {
    final Kernel kernel;
    final Map<String, Object> buffers = new HashMap<>();
    private final Map<String, Integer> slots = new HashMap<>();
    final long[] initialInts;
    final double[] initialFloats;

    Launch(Kernel kernel, List<Object> args) {
        this.kernel = kernel;
        List<Param> params = kernel.params();
        if (args.size() != params.size()) {
            throw new KernelIrException("kernel " + kernel.name() + " takes " + params.size() + " arguments "
                    + params.stream().map(Param::name).toList() + ", got " + args.size());
        }
        for (Param p : params) if (p instanceof ScalarParam s) slots.put(s.name(), slots.size());
        collectSlots(kernel.body());
        initialInts = new long[slots.size()];
        initialFloats = new double[slots.size()];
        for (int i = 0; i < params.size(); i++) bind(params.get(i), args.get(i));
    }

    private void bind(Param p, Object arg) {
        switch (p) {
            case BufferParam b -> {
                HostArrays.check(b.elementType(), arg, "kernel " + kernel.name() + ": buffer argument " + b.name());
                buffers.put(b.name(), arg);
            }
            case ScalarParam s -> {
                if (!(arg instanceof Number n)) {
                    throw new KernelIrException("kernel " + kernel.name() + ": scalar argument " + s.name() + " needs a number, got " + arg);
                }
                DType t = s.var().type();
                int slot = slots.get(s.name());
                if (t.isFloat()) initialFloats[slot] = Scalars.round(t, n.doubleValue());
                else initialInts[slot] = Scalars.intToInt(t, n.longValue());
            }
        }
    }

    private void collectSlots(Stmt s) {
        switch (s) {
            case Stmt.Declare d -> slots.putIfAbsent(d.var().name(), slots.size());
            case Stmt.For f -> {
                slots.putIfAbsent(f.index().name(), slots.size());
                collectSlots(f.body());
            }
            case Stmt.If i -> {
                collectSlots(i.then());
                collectSlots(i.otherwise());
            }
            case Stmt.Block b -> b.stmts().forEach(this::collectSlots);
            case Stmt.Assign a -> { }
            case Stmt.Store st -> { }
            case Stmt.Barrier b -> { }
        }
    }

    int slot(Expr.Var v) { return slots.get(v.name()); }

    /** A fresh array for {@code a}, filled with NaN (floats) or 0x5A bytes (integers) to expose reads before writes. */
    static Object poisoned(ArrayDecl a) {
        Object arr = HostArrays.allocate(a.elementType(), a.length());
        switch (arr) {
            case float[] f -> Arrays.fill(f, Float.NaN);
            case double[] d -> Arrays.fill(d, Double.NaN);
            case short[] s -> Arrays.fill(s, a.elementType() == DType.F16 ? (short) 0x7E00 : (short) 0x5A5A);
            case byte[] b -> Arrays.fill(b, a.elementType() == DType.BOOL ? (byte) 1 : (byte) 0x5A);
            case int[] i -> Arrays.fill(i, 0x5A5A5A5A);
            case long[] l -> Arrays.fill(l, 0x5A5A5A5A5A5A5A5AL);
            default -> throw new IllegalStateException();
        }
        return arr;
    }
}
