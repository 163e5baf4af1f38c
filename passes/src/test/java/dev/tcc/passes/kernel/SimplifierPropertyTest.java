package dev.tcc.passes.kernel;

import static dev.tcc.ir.kernel.Exprs.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelPrinter;
import dev.tcc.ir.kernel.interp.KernelInterpreter;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Random index expressions over bounded variables (group and local ids, loop indexes, locals defined
 * from them, branch conditions) compute the same on the kernel interpreter before and after
 * simplification. The generator favours what the rules look for: sums of scaled ids divided or reduced by
 * literals, {@code (i/n)*n + i%n}, min/max and comparisons near the bounds, and negative values, where
 * truncating division differs from floor division. Seeded, so a failure reproduces; the message has the
 * seed and both kernels.
 */
class SimplifierPropertyTest {
    private static final int CASES = 400;

    /** Generates one expression tree over a fixed set of variables. */
    private record Gen(Random r, List<Expr> vars) {
        Expr leaf() {
            return r.nextInt(4) == 0 ? i32(r.nextInt(41) - 20) : vars.get(r.nextInt(vars.size()));
        }

        Expr literal() { return i32(1 + r.nextInt(r.nextBoolean() ? 8 : 64)); }

        Expr expr(int depth) {
            if (depth == 0) return leaf();
            return switch (r.nextInt(12)) {
                case 0, 1 -> add(expr(depth - 1), expr(depth - 1));
                case 2 -> sub(expr(depth - 1), expr(depth - 1));
                case 3 -> mul(expr(depth - 1), literal());
                case 4 -> div(expr(depth - 1), literal());
                case 5 -> rem(expr(depth - 1), literal());
                case 6 -> r.nextBoolean() ? min(expr(depth - 1), expr(depth - 1)) : max(expr(depth - 1), expr(depth - 1));
                case 7 -> select(condition(depth - 1), expr(depth - 1), expr(depth - 1));
                case 8 -> {
                    Expr i = expr(depth - 1);
                    Expr n = literal();
                    yield add(mul(div(i, n), n), rem(i, n));
                }
                case 9 -> {
                    Expr a = vars.get(r.nextInt(vars.size()));
                    Expr b = vars.get(r.nextInt(vars.size()));
                    long n = 1 + r.nextInt(40);
                    Expr sum = add(add(mul(a, n * (1 + r.nextInt(3))), mul(b, 1 + r.nextInt((int) n))), expr(depth - 1));
                    yield r.nextBoolean() ? div(sum, n) : rem(sum, n);
                }
                case 10 -> neg(expr(depth - 1));
                default -> leaf();
            };
        }

        Expr condition(int depth) {
            Expr c = switch (r.nextInt(4)) {
                case 0 -> lt(expr(depth), expr(depth));
                case 1 -> ge(expr(depth), literal());
                case 2 -> eq(rem(expr(depth), literal()), i32(r.nextInt(3)));
                default -> le(vars.get(r.nextInt(vars.size())), i32(r.nextInt(20) - 2));
            };
            return r.nextInt(4) == 0 ? and(c, condition(0)) : c;
        }
    }

    private static Kernel randomKernel(Random r) {
        int groups = 1 + r.nextInt(3);
        int size = 1 + r.nextInt(12);
        int trips = 1 + r.nextInt(4);
        int step = r.nextInt(3) == 0 ? size : 1;
        return Kernel.build("prop", kb -> {
            var out = kb.output("out", DType.I32);
            kb.grid(Grid.of(groups, size));
            kb.body(s -> {
                var g = s.let("g", groupId(0));
                var l = s.let("l", localId(0));
                s.forRange("z", r.nextBoolean() ? i32(0) : localId(0), i32(trips * (step == 1 ? 1 : size)), i32(step), (loop, z) -> {
                    Gen base = new Gen(r, List.of(g, l, z, globalId(0)));
                    var t = loop.let("t", base.expr(2));
                    Gen gen = new Gen(r, List.of(g, l, z, t, localId(0)));
                    var slot = add(mul(globalId(0), trips), div(z, step));
                    loop.ifThenElse(gen.condition(1),
                            then -> then.store(out, slot, gen.expr(3)),
                            otherwise -> otherwise.store(out, slot, gen.expr(2)));
                });
            });
        });
    }

    @Test
    void randomIndexExpressionsKeepTheirValues() {
        int changed = 0;
        for (int seed = 0; seed < CASES; seed++) {
            Kernel k = randomKernel(new Random(seed));
            Kernel s = KernelSimplifier.simplify(k);
            if (!s.equals(k)) changed++;
            int n = Math.toIntExact(k.grid().globalSize(0)) * 4 * 12;
            int[] want = new int[n];
            int[] got = new int[n];
            KernelInterpreter.run(k, (Object) want);
            KernelInterpreter.run(s, (Object) got);
            assertThat(got).as("seed %d\nbefore:\n%s\nafter:\n%s", seed, KernelPrinter.print(k), KernelPrinter.print(s)).isEqualTo(want);
        }
        assertThat(changed).as("kernels the simplifier changed").isGreaterThan(CASES * 3 / 4);
    }
}
