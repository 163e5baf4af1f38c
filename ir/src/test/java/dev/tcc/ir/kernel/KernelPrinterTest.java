package dev.tcc.ir.kernel;

import dev.tcc.ir.DType;
import org.junit.jupiter.api.Test;

import static dev.tcc.ir.kernel.Exprs.*;
import static org.assertj.core.api.Assertions.assertThat;

class KernelPrinterTest {

    @Test
    void printsTheCanonicalTextForm() {
        Kernel k = Kernel.build("scale", kb -> {
            var x = kb.input("x", DType.F32);
            var y = kb.output("y", DType.F64);
            var n = kb.scalar("n", DType.I32);
            var tmp = kb.privateArray("tmp", DType.U8, 4);
            kb.grid(Grid.of(4, 256));
            kb.body(b -> {
                var i = b.let("i", globalId(0));
                b.store(tmp, i32(0), u32(200));
                b.ifThenElse(lt(i, n),
                        t -> t.store(y, i, cast(DType.F64, mul(load(x, i), f32(0.1)))),
                        e -> e.store(y, i, neg(f64(Double.NEGATIVE_INFINITY))));
                b.barrier(Stmt.Barrier.Fence.ALL);
            });
        });
        assertThat(k.toText()).isEqualTo("""
                kernel scale(x: f32[] read, y: f64[] write, n: i32)
                  grid [4] x [256]
                  private tmp: u8[4]
                {
                  let i: i32 = global_id(0);
                  tmp[0] = 200:u32;
                  if (i < n) {
                    y[i] = cast<f64>(x[i] * 0.1);
                  } else {
                    y[i] = -(-inf:f64);
                  }
                  barrier(all);
                }
                """);
    }
}
