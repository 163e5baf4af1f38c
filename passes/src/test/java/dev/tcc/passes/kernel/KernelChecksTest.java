package dev.tcc.passes.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tcc.frontend.text.KernelParser;
import dev.tcc.ir.kernel.Kernel;

import org.junit.jupiter.api.Test;

/** The checker finds unread locals and short loops, and accepts what the simplifier leaves. */
class KernelChecksTest {

    private static final String KERNEL = """
            kernel k(x: f32[] read, y: f32[] write)
              grid [2] x [64]
            {
              let gid: i32 = global_id(0);
              let lid: i32 = local_id(0);
              let unread: i32 = gid * 2;
              let acc: f32 = 0.0;
              for (let t: i32 = 0; t < 4; t = t + 1) {
                acc = acc + x[t];
              }
              for (let j: i32 = lid; j < 64; j = j + 64) {
                y[j] = x[j];
              }
              if (gid < 10) {
                for (let once: i32 = gid; once < 10; once = once + 10) {
                  y[once] = 1.0;
                }
              }
              for (let many: i32 = lid; many < 100; many = many + 64) {
                y[many] = 2.0;
              }
            }
            """;

    @Test
    void findsUnreadLocalsAndShortLoops() {
        Kernel k = KernelParser.parse(KERNEL);
        assertThat(KernelChecks.leftovers(k)).containsExactly(
                "kernel k: local 'unread' is never read",
                "kernel k: local 'acc' is never read",
                "kernel k: loop 'j' runs at most once",
                "kernel k: loop 'once' runs at most once");
    }

    @Test
    void simplifiedKernelHasNoLeftovers() {
        Kernel s = KernelSimplifier.simplify(KernelParser.parse(KERNEL));
        assertThat(KernelChecks.leftovers(s)).isEmpty();
        assertThat(s.body().stmts()).hasSize(5);
    }
}
