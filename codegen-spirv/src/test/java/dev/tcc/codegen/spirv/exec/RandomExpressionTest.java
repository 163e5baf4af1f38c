package dev.tcc.codegen.spirv.exec;

import dev.tcc.codegen.spirv.SpirvRenderer;
import dev.tcc.codegen.spirv.SpirvVal;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BinaryOp;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.MathFn;
import dev.tcc.ir.kernel.UnaryOp;
import dev.tcc.ir.kernel.interp.KernelInterpreter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static dev.tcc.ir.kernel.Exprs.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random nested expressions over i32, u32, f32 and bool (casts, selects, comparisons, math), stored from one
 * kernel per seed: each module must pass {@code spirv-val} and compute what {@link KernelInterpreter} computes.
 * Integer division is left out (its zero divisor is the kernel's error, not a renderer's question).
 */
class RandomExpressionTest {
    private static final int N = 64;
    private static final int KERNELS = 12;
    private static final List<DType> TYPES = List.of(DType.I32, DType.U32, DType.F32, DType.BOOL);

    @Test
    void randomExpressionsAgreeWithTheInterpreter() {
        for (int seed = 0; seed < KERNELS; seed++) {
            Random random = new Random(seed);
            Expr[] roots = new Expr[3];
            Kernel kernel = Kernel.build("random_" + seed, kb -> {
                var a = kb.input("a", DType.F32);
                var b = kb.input("b", DType.I32);
                var fo = kb.output("fo", DType.F32);
                var io = kb.output("io", DType.I32);
                var bo = kb.output("bo", DType.BOOL);
                kb.grid(Grid.covering(N, 16));
                kb.body(s -> {
                    var i = s.let("i", globalId(0));
                    var x = s.let("x", load(a, i));
                    var y = s.let("y", load(b, i));
                    var gen = new Generator(random, x, y);
                    roots[0] = gen.expr(DType.F32, 4);
                    roots[1] = gen.expr(DType.I32, 4);
                    roots[2] = gen.expr(DType.BOOL, 4);
                    s.store(fo, i, roots[0]);
                    s.store(io, i, roots[1]);
                    s.store(bo, i, roots[2]);
                });
            });
            float[] a = new float[N];
            int[] b = new int[N];
            for (int i = 0; i < N; i++) {
                a[i] = (float) ((random.nextDouble() - 0.5) * 20);
                b[i] = random.nextInt() >> random.nextInt(32);
            }
            a[0] = Float.NaN;
            a[1] = -0f;
            var renderer = new SpirvRenderer();
            SpirvVal.check(kernel.name(), renderer.renderBytes(kernel));
            float[] wantF = new float[N], gotF = new float[N];
            int[] wantI = new int[N], gotI = new int[N];
            byte[] wantB = new byte[N], gotB = new byte[N];
            KernelInterpreter.run(kernel, a.clone(), b.clone(), wantF, wantI, wantB);
            SpirvInterpreter.run(renderer.render(kernel), renderer.layout(kernel), kernel.grid(), a.clone(), b.clone(), gotF, gotI, gotB);
            String what = kernel.name() + ": " + kernel.toText();
            assertThat(gotI).as(what).isEqualTo(wantI);
            assertThat(gotB).as(what).isEqualTo(wantB);
            for (int i = 0; i < N; i++) {
                if (Float.isNaN(wantF[i])) {
                    assertThat(gotF[i]).as(what + " [" + i + "]").isNaN();
                } else if (Float.isInfinite(wantF[i])) {
                    assertThat(gotF[i]).as(what + " [" + i + "]").isEqualTo(wantF[i]);
                } else {
                    // the SPIR-V interpreter evaluates GLSL.std.450 math in float while KernelInterpreter rounds a double
                    // result to f32: the two may differ in the last bits of transcendental functions, hence 1e-5 relative
                    assertThat((double) Math.abs(gotF[i] - wantF[i])).as(what + " [" + i + "]")
                            .isLessThanOrEqualTo(1e-5 * Math.max(1, Math.abs(wantF[i])));
                }
            }
        }
    }

    /** Builds random expressions of a requested type from the variables {@code x} (f32) and {@code y} (i32). */
    private record Generator(Random random, Expr x, Expr y) {
        Expr expr(DType t, int depth) {
            if (depth == 0 || random.nextInt(4) == 0) return leaf(t);
            return switch (t) {
                case BOOL -> switch (random.nextInt(3)) {
                    case 0 -> compare(depth);
                    case 1 -> new Expr.Binary(random.nextBoolean() ? BinaryOp.AND : BinaryOp.OR, expr(t, depth - 1), expr(t, depth - 1));
                    default -> random.nextBoolean() ? not(expr(t, depth - 1)) : isNan(expr(DType.F32, depth - 1));
                };
                default -> switch (random.nextInt(5)) {
                    case 0 -> cast(t, expr(TYPES.get(random.nextInt(TYPES.size())), depth - 1));
                    case 1 -> select(expr(DType.BOOL, depth - 1), expr(t, depth - 1), expr(t, depth - 1));
                    case 2 -> new Expr.Unary(t.isFloat() ? pick(UnaryOp.NEG, UnaryOp.ABS) : pick(UnaryOp.NEG, UnaryOp.ABS, UnaryOp.BIT_NOT),
                            expr(t, depth - 1));
                    case 3 -> t.isFloat() ? math(depth) : new Expr.Binary(pick(BinaryOp.SHL, BinaryOp.SHR, BinaryOp.BIT_AND,
                            BinaryOp.BIT_XOR, BinaryOp.BIT_OR), expr(t, depth - 1), expr(t, depth - 1));
                    default -> new Expr.Binary(t.isFloat()
                            ? pick(BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV, BinaryOp.REM, BinaryOp.MIN, BinaryOp.MAX)
                            : pick(BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.MIN, BinaryOp.MAX), expr(t, depth - 1), expr(t, depth - 1));
                };
            };
        }

        private Expr compare(int depth) {
            DType t = TYPES.get(random.nextInt(3));
            BinaryOp op = pick(BinaryOp.EQ, BinaryOp.NE, BinaryOp.LT, BinaryOp.LE, BinaryOp.GT, BinaryOp.GE);
            return new Expr.Binary(op, expr(t, depth - 1), expr(t, depth - 1));
        }

        private Expr math(int depth) {
            MathFn fn = pick(MathFn.EXP, MathFn.SQRT, MathFn.SIN, MathFn.TANH, MathFn.FLOOR, MathFn.RINT, MathFn.ERF, MathFn.ATAN2, MathFn.FMA);
            Expr[] args = new Expr[fn.arity()];
            for (int k = 0; k < args.length; k++) args[k] = expr(DType.F32, depth - 1);
            return call(fn, args);
        }

        private Expr leaf(DType t) {
            return switch (t) {
                case F32 -> random.nextBoolean() ? x : f32(random.nextInt(7) - 3 + 0.5);
                case I32 -> random.nextBoolean() ? y : i32(random.nextInt(40) - 20);
                case U32 -> random.nextBoolean() ? cast(DType.U32, y) : u32(random.nextInt(40));
                default -> random.nextBoolean() ? lt(x, f32(0)) : bool(random.nextBoolean());
            };
        }

        @SafeVarargs
        private <T> T pick(T... options) { return options[random.nextInt(options.length)]; }
    }
}
