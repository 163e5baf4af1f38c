package dev.tcc.codegen.spirv.exec;

import dev.tcc.codegen.spirv.SpirvRenderer;
import dev.tcc.codegen.spirv.SpirvVal;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BinaryOp;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.HostArrays;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelTypes;
import dev.tcc.ir.kernel.MathFn;
import dev.tcc.ir.kernel.Stmt;
import dev.tcc.ir.kernel.UnaryOp;
import dev.tcc.ir.kernel.interp.KernelInterpreter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.tcc.ir.kernel.Exprs.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operator, math function, conversion and storage type of kernel IR, one kernel per value or storage
 * type: each module must pass {@code spirv-val} and compute on {@link SpirvInterpreter} what {@link
 * KernelInterpreter} computes. Inputs include the edge values (extremes, NaN, infinities, -0).
 */
class OpCoverageTest {
    private static final int N = 64;
    private static final int WORKGROUP = 16;
    private static final double TOLERANCE = 2e-6;
    private final Random random = new Random(7);

    @ParameterizedTest
    @EnumSource(names = {"I32", "U32", "I64", "U64", "F32", "F64"})
    void operators(DType t) {
        List<BinaryOp> binary = new ArrayList<>(List.of(BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV, BinaryOp.REM,
                BinaryOp.MIN, BinaryOp.MAX));
        if (t.isInteger()) binary.addAll(List.of(BinaryOp.BIT_AND, BinaryOp.BIT_OR, BinaryOp.BIT_XOR, BinaryOp.SHL, BinaryOp.SHR));
        List<UnaryOp> unary = t.isInteger() ? List.of(UnaryOp.NEG, UnaryOp.ABS, UnaryOp.BIT_NOT) : List.of(UnaryOp.NEG, UnaryOp.ABS);
        List<BinaryOp> compare = List.of(BinaryOp.EQ, BinaryOp.NE, BinaryOp.LT, BinaryOp.LE, BinaryOp.GT, BinaryOp.GE);
        int k = binary.size() + unary.size() + 1;
        Kernel kernel = Kernel.build("operators_" + t.irName(), kb -> {
            var a = kb.input("a", t);
            var b = kb.input("b", t);
            var out = kb.output("out", t);
            var cmp = kb.output("cmp", DType.BOOL);
            kb.grid(Grid.covering(N, WORKGROUP));
            kb.body(s -> {
                var i = s.let("i", globalId(0));
                var x = s.let("x", load(a, i));
                var y = s.let("y", load(b, i));
                int slot = 0;
                for (BinaryOp op : binary) s.store(out, add(mul(i, k), slot++), new Expr.Binary(op, x, y));
                for (UnaryOp op : unary) s.store(out, add(mul(i, k), slot++), new Expr.Unary(op, x));
                s.store(out, add(mul(i, k), slot), select(lt(x, y), x, y));
                for (int c = 0; c < compare.size(); c++) s.store(cmp, add(mul(i, compare.size()), c), new Expr.Binary(compare.get(c), x, y));
            });
        });
        Object a = values(t), b = values(t);
        if (t.isInteger()) avoidUndefinedDivision(t, a, b);
        check(kernel, a, b, HostArrays.allocate(t, N * k), HostArrays.allocate(DType.BOOL, N * compare.size()));
    }

    @ParameterizedTest
    @EnumSource(names = {"F32", "F64"})
    void mathFunctions(DType t) {
        MathFn[] fns = MathFn.values();
        Kernel kernel = Kernel.build("math_" + t.irName(), kb -> {
            var a = kb.input("a", t);
            var out = kb.output("out", t);
            var flags = kb.output("flags", DType.BOOL);
            kb.grid(Grid.covering(N, WORKGROUP));
            kb.body(s -> {
                var i = s.let("i", globalId(0));
                var x = s.let("x", load(a, i));
                for (int f = 0; f < fns.length; f++) {
                    MathFn fn = fns[f];
                    Expr arg = fn == MathFn.ACOSH ? add(x, lit(t, 1.0)) : x;
                    Expr[] args = switch (fn.arity()) {
                        case 1 -> new Expr[] {arg};
                        case 2 -> new Expr[] {arg, add(x, lit(t, 0.25))};
                        default -> new Expr[] {arg, x, x};
                    };
                    if (fn.predicate()) s.store(flags, add(mul(i, 2), fn == MathFn.ISNAN ? 0 : 1), call(fn, args));
                    else s.store(out, add(mul(i, fns.length), f), call(fn, args));
                }
            });
        });
        Object a = HostArrays.allocate(t, N);
        for (int i = 0; i < N; i++) HostArrays.setDouble(t, a, i, 0.05 + 0.9 * random.nextDouble());
        HostArrays.setDouble(t, a, 0, Double.NaN);
        HostArrays.setDouble(t, a, 1, Double.POSITIVE_INFINITY);
        check(kernel, a, HostArrays.allocate(t, N * fns.length), HostArrays.allocate(DType.BOOL, N * 2));
    }

    @ParameterizedTest
    @EnumSource(names = {"BOOL", "I32", "U32", "I64", "U64", "F32", "F64"})
    void conversions(DType from) {
        List<DType> targets = KernelTypes.VALUE_TYPES.stream().filter(t -> t != from).toList();
        Kernel kernel = Kernel.build("casts_" + from.irName(), kb -> {
            var a = kb.input("a", from);
            List<BufferParam> outs = new ArrayList<>();
            for (DType to : targets) outs.add(kb.output("to_" + to.irName(), to));
            kb.grid(Grid.covering(N, WORKGROUP));
            kb.body(s -> {
                var i = s.let("i", globalId(0));
                var x = s.let("x", load(a, i));
                for (int k = 0; k < targets.size(); k++) s.store(outs.get(k), i, cast(targets.get(k), x));
            });
        });
        List<Object> args = new ArrayList<>();
        args.add(values(from));
        for (DType to : targets) args.add(HostArrays.allocate(to, N));
        check(kernel, args.toArray());
    }

    @ParameterizedTest
    @EnumSource(names = {"BOOL", "I8", "U8", "I16", "U16", "I32", "U32", "I64", "U64", "F16", "F32", "F64"})
    void storageTypesInBuffersAndArrays(DType s) {
        DType v = KernelTypes.valueTypeOf(s);
        Kernel kernel = Kernel.build("storage_" + s.irName(), kb -> {
            var x = kb.input("x", s);
            var y = kb.output("y", s);
            var shared = kb.workgroupArray("shared", s, WORKGROUP);
            var own = kb.privateArray("own", s, 2);
            kb.grid(Grid.of(N / WORKGROUP, WORKGROUP));
            kb.body(b -> {
                var i = b.let("i", globalId(0));
                var l = b.let("l", localId(0));
                var value = b.let("value", load(x, i));
                b.store(own, i32(1), v == DType.BOOL ? not(value) : add(mul(value, lit(v, 3L)), lit(v, 1L)));
                b.store(shared, l, load(own, 1));
                b.barrier();
                b.store(y, i, load(shared, sub(i32(WORKGROUP - 1), l)));
            });
        });
        check(kernel, values(s), HostArrays.allocate(s, N));
    }

    @Test
    void builtinsInThreeDimensionsAndBarrierOnAllMemory() {
        Grid grid = Grid.of(2, 3, 2, 4, 2, 2);
        Expr.Builtin.Kind[] kinds = Expr.Builtin.Kind.values();
        int total = (int) (grid.globalSize(0) * grid.globalSize(1) * grid.globalSize(2));
        Kernel kernel = Kernel.build("builtins_3d", kb -> {
            var out = kb.output("out", DType.I32);
            var seen = kb.buffer("seen", DType.I32, BufferParam.Access.READ_WRITE);
            kb.grid(grid);
            kb.body(s -> {
                var x = s.let("x", globalId(0));
                var y = s.let("y", globalId(1));
                var z = s.let("z", globalId(2));
                var flat = s.let("flat", add(x, mul(globalSize(0), add(y, mul(globalSize(1), z)))));
                for (int k = 0; k < kinds.length; k++) {
                    for (int d = 0; d < 3; d++) {
                        s.store(out, add(mul(flat, kinds.length * 3), k * 3 + d), new Expr.Builtin(kinds[k], d));
                    }
                }
                s.store(seen, flat, i32(1));
                s.barrier(Stmt.Barrier.Fence.ALL);
                s.store(seen, flat, add(load(seen, flat), 1));
            });
        });
        check(kernel, new int[total * kinds.length * 3], new int[total]);
    }

    // ---- checking --------------------------------------------------------------------------------

    private static void check(Kernel kernel, Object... args) {
        var renderer = new SpirvRenderer();
        SpirvVal.check(kernel.name(), renderer.renderBytes(kernel));
        Object[] expected = copy(args);
        Object[] actual = copy(args);
        KernelInterpreter.run(kernel, expected);
        SpirvInterpreter.run(renderer.render(kernel), renderer.layout(kernel), kernel.grid(), actual);
        List<BufferParam> buffers = kernel.buffers();
        for (int i = 0; i < args.length; i++) {
            DType t = buffers.get(i).elementType();
            double[] want = HostArrays.toDoubles(t, expected[i]);
            double[] got = HostArrays.toDoubles(t, actual[i]);
            for (int e = 0; e < want.length; e++) {
                String where = kernel.name() + " " + buffers.get(i).name() + "[" + e + "]";
                if (!t.isFloat()) {
                    assertThat(HostArrays.getLong(t, actual[i], e)).as(where).isEqualTo(HostArrays.getLong(t, expected[i], e));
                } else if (Double.isNaN(want[e])) {
                    assertThat(got[e]).as(where).isNaN();
                } else if (Double.isInfinite(want[e])) {
                    assertThat(got[e]).as(where).isEqualTo(want[e]);
                } else {
                    assertThat(Math.abs(got[e] - want[e])).as(where + ": %s vs %s", got[e], want[e])
                            .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(want[e])));
                }
            }
        }
    }

    private static Object[] copy(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            DType t = switch (args[i]) {
                case float[] f -> DType.F32;
                case double[] d -> DType.F64;
                case int[] n -> DType.I32;
                case long[] l -> DType.I64;
                case short[] s -> DType.I16;
                case byte[] b -> DType.I8;
                default -> throw new IllegalArgumentException("not a host array: " + args[i]);
            };
            out[i] = HostArrays.allocate(t, HostArrays.length(args[i]));
            System.arraycopy(args[i], 0, out[i], 0, HostArrays.length(args[i]));
        }
        return out;
    }

    /** N values of storage type {@code t}: the edge values first, then random ones. */
    private Object values(DType t) {
        Object a = HostArrays.allocate(t, N);
        if (t.isFloat()) {
            double big = t == DType.F16 ? 60000 : t == DType.F32 ? 3e38 : 1e300;
            double[] edges = {0, -0.0, 1, -1, 0.5, -2.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                    big, -big, 3e9, -3e9, 2e19, 1e-3, 65504};
            for (int i = 0; i < N; i++) HostArrays.setDouble(t, a, i, i < edges.length ? edges[i] : (random.nextDouble() - 0.5) * 200);
        } else {
            long[] edges = {0, 1, -1, 2, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, 255, 128, -129, 65535, 31, 32, 63, 64};
            for (int i = 0; i < N; i++) HostArrays.setLong(t, a, i, i < edges.length ? edges[i] : random.nextLong() >> random.nextInt(64));
        }
        return a;
    }

    /** Division by zero and signed MIN / -1 are errors a kernel must not commit: replace those divisors. */
    private static void avoidUndefinedDivision(DType t, Object a, Object b) {
        for (int i = 0; i < N; i++) {
            long d = HostArrays.getLong(t, b, i);
            long n = HostArrays.getLong(t, a, i);
            boolean minOverMinusOne = t.isSigned() && d == -1 && n == (t == DType.I32 ? Integer.MIN_VALUE : Long.MIN_VALUE);
            if (d == 0 || minOverMinusOne) HostArrays.setLong(t, b, i, 3);
        }
    }
}
