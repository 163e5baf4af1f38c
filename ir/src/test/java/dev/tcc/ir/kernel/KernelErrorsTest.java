package dev.tcc.ir.kernel;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.interp.KernelInterpreter;
import org.junit.jupiter.api.Test;

import static dev.tcc.ir.kernel.Exprs.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ill-formed kernels are rejected when built, and kernels that misbehave are caught by the interpreter. */
class KernelErrorsTest {

    @Test
    void operandTypesMustMatch() {
        assertThatThrownBy(() -> add(i32(1), f32(1)))
                .isInstanceOf(KernelIrException.class).hasMessageContaining("operand types differ (i32 and f32)");
        assertThatThrownBy(() -> and(i32(1), i32(1))).hasMessageContaining("AND does not apply to i32");
    }

    @Test
    void storesNeedTheMemoryValueType() {
        assertThatThrownBy(() -> Kernel.build("k", kb -> {
            var out = kb.output("out", DType.F16);
            kb.grid(Grid.of(1, 1));
            kb.body(b -> b.store(out, i32(0), f64(1)));
        })).hasMessageContaining("store to out (f16): value must be f32, got f64");
    }

    @Test
    void readOnlyBuffersCannotBeStoredTo() {
        assertThatThrownBy(() -> Kernel.build("k", kb -> {
            var in = kb.input("in", DType.F32);
            kb.grid(Grid.of(1, 1));
            kb.body(b -> b.store(in, i32(0), f32(1)));
        })).hasMessageContaining("kernel k: buffer 'in' is read-only but is stored to");
    }

    @Test
    void variablesAreScopedToTheirBlock() {
        Expr.Var leaked = new Expr.Var("t", DType.I32);
        assertThatThrownBy(() -> Kernel.build("k", kb -> {
            var out = kb.output("out", DType.I32);
            kb.grid(Grid.of(1, 1));
            kb.body(b -> {
                b.ifThen(bool(true), t -> t.add(new Stmt.Declare(leaked, i32(1))));
                b.store(out, i32(0), leaked);
            });
        })).hasMessageContaining("variable 't' is used outside its scope");
    }

    @Test
    void builderRenamesClashingAndReservedNames() {
        Kernel k = Kernel.build("k", kb -> {
            var out = kb.output("out", DType.I32);
            kb.grid(Grid.of(1, 1));
            kb.body(b -> {
                var x = b.let("out", i32(1));
                var y = b.let("max", x);
                b.store(out, i32(0), y);
            });
        });
        org.assertj.core.api.Assertions.assertThat(k.toText()).contains("let out_1: i32 = 1;", "let max_1: i32 = out_1;");
    }

    @Test
    void outOfBoundsLoadNamesTheWorkItem() {
        Kernel k = Kernel.build("shift_left", kb -> {
            var in = kb.input("in", DType.F32);
            var out = kb.output("out", DType.F32);
            kb.grid(Grid.of(1, 4));
            kb.body(b -> b.store(out, globalId(0), load(in, add(globalId(0), 1))));
        });
        assertThatThrownBy(() -> KernelInterpreter.run(k, new float[4], new float[4]))
                .hasMessageContaining("kernel shift_left, work-item (3, 0, 0): load from in[4] is out of bounds (in has 4 elements)");
    }

    @Test
    void divergentBarrierIsReported() {
        Kernel k = Kernel.build("divergent", kb -> {
            var out = kb.output("out", DType.I32);
            kb.grid(Grid.of(1, 4));
            kb.body(b -> {
                b.ifThen(lt(localId(0), 2), t -> t.barrier());
                b.store(out, localId(0), localId(0));
            });
        });
        assertThatThrownBy(() -> KernelInterpreter.run(k, (Object) new int[4]))
                .hasMessageContaining("work-items passed different numbers of barriers");
    }

    @Test
    void wrongArgumentTypeIsNamed() {
        Kernel k = SampleKernels.halfAxpy(8, 8);
        assertThatThrownBy(() -> KernelInterpreter.run(k, new float[8], new short[8], 1f, 8))
                .hasMessageContaining("buffer argument x holds f16 elements and needs a short[], got float[]");
    }
}
