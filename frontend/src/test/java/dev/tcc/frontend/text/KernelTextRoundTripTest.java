package dev.tcc.frontend.text;

import static dev.tcc.ir.kernel.Exprs.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelPrinter;
import dev.tcc.ir.kernel.SampleKernels;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code parse(print(k)).equals(k)}, and printing the parsed kernel gives the same text. */
class KernelTextRoundTripTest {

    static Stream<Kernel> samples() {
        return Stream.of(SampleKernels.broadcastMulAddRelu(5, 7, 16), SampleKernels.rowSum(3, 40, 8),
                SampleKernels.tiledMatmul(9, 7, 13, 4), SampleKernels.halfAxpy(100, 32),
                SampleKernels.integerOps(50, 16), SampleKernels.mixedTypes(30, 8));
    }

    static void roundTrips(Kernel k) {
        String text = KernelPrinter.print(k);
        Kernel back = KernelParser.parse(text);
        assertThat(KernelPrinter.print(back)).isEqualTo(text);
        assertThat(back).isEqualTo(k);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleKernelsRoundTrip(Kernel k) { roundTrips(k); }

    @Test
    void severalKernelsInOneText() {
        List<Kernel> all = samples().toList();
        String text = String.join("\n", all.stream().map(KernelPrinter::print).toList());
        assertThat(KernelParser.parseAll(text)).isEqualTo(all);
    }

    /** Literals the printer writes in more than one way, and negations of literals. */
    @Test
    void awkwardLiteralsRoundTrip() {
        Kernel k = Kernel.build("literals", kb -> {
            var out = kb.output("out", DType.F64);
            var ints = kb.output("ints", DType.I64);
            var words = kb.output("words", DType.U64);
            var x = kb.output("x", DType.F32);
            kb.grid(Grid.of(1, 1));
            kb.body(s -> {
                s.store(out, i32(0), add(f64(Double.NEGATIVE_INFINITY), neg(f64(Double.POSITIVE_INFINITY))));
                s.store(out, i32(1), add(f64(Double.NaN), f64(-0.0)));
                s.store(out, i32(2), add(neg(f64(1e-300)), f64(-1.5e300)));
                s.store(ints, i32(0), sub(i64(Long.MIN_VALUE), neg(i64(-3))));
                s.store(ints, i32(1), cast(DType.I64, sub(i32(Integer.MIN_VALUE), neg(i32(3)))));
                s.store(words, i32(0), u64(-1L));
                s.store(x, i32(0), mul(neg(f32(0.1)), f32(3.4028235e38)));
                s.store(x, i32(1), select(and(bool(true), not(bool(false))), f32(Float.MIN_VALUE), f32(Float.NEGATIVE_INFINITY)));
                s.store(x, i32(2), cast(DType.F32, add(cast(DType.U32, i32(-1)), u32(7))));
            });
        });
        roundTrips(k);
    }

    /** Unparenthesised input follows C precedence; the printer's parentheses are then canonical. */
    @Test
    void handWrittenTextUsesCPrecedence() {
        Kernel k = KernelParser.parse("""
                kernel k(a: i32[] read, b: i32[] write, n: i32)  // a comment
                  grid [1] x [4]
                {
                  let i: i32 = global_id(0);
                  if (i < n && !(i == 3)) {
                    b[i] = a[i] * 2 + -i % 3 << 1 & 7 | 1;
                  }
                }
                """);
        Expr.Var i = new Expr.Var("i", DType.I32);
        var store = (dev.tcc.ir.kernel.Stmt.Store) ((dev.tcc.ir.kernel.Stmt.If) k.body().stmts().get(1)).then().stmts().getFirst();
        Expr a = load(k.buffers().getFirst(), i);
        assertThat(store.value()).isEqualTo(bitOr(bitAnd(shl(add(mul(a, 2), rem(neg(i), 3)), 1), i32(7)), i32(1)));
        roundTrips(k);
    }
}
