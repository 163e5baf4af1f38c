package dev.tcc.passes.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tcc.frontend.text.KernelParser;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelPrinter;

import org.junit.jupiter.api.Test;

/** Before and after, written as kernel IR text; the expected text is compared structurally after parsing. */
class SimplifierTextTest {

    private static void simplifies(RuleSet rules, String before, String after) {
        Kernel got = KernelSimplifier.simplify(rules, KernelParser.parse(before));
        Kernel want = KernelParser.parse(after);
        assertThat(KernelPrinter.print(got)).isEqualTo(KernelPrinter.print(want));
        assertThat(got).isEqualTo(want);
    }

    private static void simplifies(String before, String after) { simplifies(KernelSimplifier.DEFAULT, before, after); }

    private static final String LOOPS = """
            kernel k(out: i32[] write)
              grid [1] x [1]
            {
              for (let a: i32 = 0; a < 4; a = a + 1) {
                for (let b: i32 = 0; b < 24; b = b + 1) {
                  for (let c: i32 = 0; c < 32; c = c + 1) {
                    let i: i32 = a * 768 + b * 32 + c;
                    %s
                  }
                }
              }
            }
            """;

    @Test
    void decomposedIndexesCollapseOverKnownRanges() {
        simplifies(LOOPS.formatted("out[i] = i / 768 + i % 768 / 32 + i % 32;"),
                LOOPS.formatted("out[i] = a + b + c;"));
        simplifies(LOOPS.formatted("out[i] = (a * 768 + b * 32 + c) / 768;"), LOOPS.formatted("out[i] = a;"));
    }

    @Test
    void divisionOfPossiblyNegativeSumsIsLeftAlone() {
        String negative = LOOPS.formatted("out[i] = (a * 4 + -5) / 4 + (b * 32 + -c) % 32;");
        simplifies(negative, negative);
    }

    @Test
    void remainderBelowTheDivisorIsTheDividend() {
        simplifies(LOOPS.formatted("out[i] = c % 32 + (b - 23) % 24 + (c + 1) % 32;"),
                LOOPS.formatted("out[i] = c + (b - 23) + (c + 1) % 32;"));
    }

    @Test
    void divisionAndRemainderRecompose() {
        simplifies("""
                kernel k(x: f32[] read, y: f32[] write, n: i32)
                  grid [4] x [64]
                {
                  let i: i32 = global_id(0);
                  let q: i32 = i / 7;
                  let r: i32 = i % 7;
                  y[q * 7 + r] = x[n * ((i / 5) * 10 + (i % 5) * 2)];
                }
                """, """
                kernel k(x: f32[] read, y: f32[] write, n: i32)
                  grid [4] x [64]
                {
                  let i: i32 = global_id(0);
                  y[i] = x[n * (i * 2)];
                }
                """);
    }

    @Test
    void loopsOfAtMostOneTripBecomeStraightCode() {
        simplifies("""
                kernel k(x: f32[] read, y: f32[] write)
                  grid [2] x [64]
                {
                  for (let j: i32 = local_id(0); j < 64; j = j + 64) {
                    y[group_id(0) * 64 + j] = x[j];
                  }
                  for (let e: i32 = local_id(0); e < 40; e = e + 64) {
                    y[e] = 0.0;
                  }
                  for (let s: i32 = 0; s < 1; s = s + 1) {
                    y[s] = 1.0;
                  }
                  for (let never: i32 = 5; never < 5; never = never + 1) {
                    y[never] = 2.0;
                  }
                  for (let many: i32 = 0; many < 2; many = many + 1) {
                    y[many] = 3.0;
                  }
                }
                """, """
                kernel k(x: f32[] read, y: f32[] write)
                  grid [2] x [64]
                {
                  let lid0: i32 = local_id(0);
                  y[group_id(0) * 64 + lid0] = x[lid0];
                  if (lid0 < 40) {
                    y[lid0] = 0.0;
                  }
                  y[0] = 1.0;
                  for (let many: i32 = 0; many < 2; many = many + 1) {
                    y[many] = 3.0;
                  }
                }
                """);
    }

    @Test
    void deadLocalsGoWithTheirAssignments() {
        simplifies("""
                kernel k(x: f32[] read, y: f32[] write)
                  grid [1] x [8]
                {
                  let i: i32 = global_id(0);
                  let unused: f32 = x[i] * 2.0;
                  let acc: f32 = 0.0;
                  for (let t: i32 = 0; t < 3; t = t + 1) {
                    acc = acc + x[t];
                  }
                  let kept: f32 = x[i + 1];
                  y[i] = kept;
                }
                """, """
                kernel k(x: f32[] read, y: f32[] write)
                  grid [1] x [8]
                {
                  let i: i32 = global_id(0);
                  let kept: f32 = x[i + 1];
                  y[i] = kept;
                }
                """);
    }

    @Test
    void idsAreReadOnceAtTheTop() {
        simplifies(KernelSimplifier.BIND_IDS, """
                kernel k(x: f32[] read, y: f32[] write, lid0: i32)
                  grid [4] x [64]
                {
                  y[global_id(0)] = x[local_id(0)] + x[global_id(0)];
                  let g: i32 = group_id(0);
                  y[group_id(0)] = x[local_id(0) + g];
                }
                """, """
                kernel k(x: f32[] read, y: f32[] write, lid0: i32)
                  grid [4] x [64]
                {
                  let lid0_1: i32 = local_id(0);
                  let gid0: i32 = global_id(0);
                  y[gid0] = x[lid0_1] + x[gid0];
                  let g: i32 = group_id(0);
                  y[g] = x[lid0_1 + g];
                }
                """);
    }

    @Test
    void foldingKeepsWrappingAndLeavesUnspecifiedOperationsAlone() {
        simplifies(KernelSimplifier.FOLD, """
                kernel k(y: i32[] write, z: f32[] write, v: i32)
                  grid [1] x [1]
                {
                  y[0] = 2147483647 + 1;
                  y[1] = -7 / 2 + -7 % 2;
                  y[2] = v / 0 + (-2147483648 / -1);
                  y[3] = v * 1 + 0 - v * 0 + (v >> 0);
                  z[0] = cast<f32>(v) * 1.0 + 0.0;
                  z[1] = 0.1 + 0.2;
                }
                """, """
                kernel k(y: i32[] write, z: f32[] write, v: i32)
                  grid [1] x [1]
                {
                  y[0] = -2147483648;
                  y[1] = -4;
                  y[2] = v / 0 + (-2147483648 / -1);
                  y[3] = v + v;
                  z[0] = cast<f32>(v) + 0.0;
                  z[1] = 0.3;
                }
                """);
    }

    @Test
    void ruleSetsAreNamedAndCompose() {
        assertThat(KernelSimplifier.DEFAULT.ruleNames()).containsExactly("fold-unary", "fold-binary", "fold-cast", "fold-select",
                "identity-int", "absorb-int", "identity-float", "known-value", "rem-below-divisor", "min-max-by-range", "div-split-multiples",
                "rem-split-multiples", "recompose-div-rem", "flatten-block", "if-constant", "dead-local", "inline-constant-local",
                "empty-loop", "loop-trips", "bind-repeated-ids");
        RuleSet cleanup = KernelSimplifier.FOLD.and(KernelSimplifier.STATEMENTS);
        assertThat(cleanup.name()).isEqualTo("fold-constants+statements");
        String before = """
                kernel k(y: i32[] write)
                  grid [1] x [4]
                {
                  let unused: i32 = global_id(0);
                  if (1 < 2) {
                    let x: i32 = 3;
                    y[global_id(0)] = x * 2 + global_id(0) % 4;
                  }
                }
                """;
        simplifies(cleanup, before, """
                kernel k(y: i32[] write)
                  grid [1] x [4]
                {
                  y[global_id(0)] = 6 + global_id(0) % 4;
                }
                """);
        RewriteEngine.Result r = RewriteEngine.run(cleanup, KernelParser.parse(before));
        assertThat(r.firings()).containsEntry("dead-local", 1).containsEntry("if-constant", 1).containsEntry("inline-constant-local", 1)
                .containsEntry("fold-binary", 2).doesNotContainKey("known-value");
    }
}
