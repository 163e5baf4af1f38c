package dev.tcc.codegen.wgsl;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.SampleKernels;
import dev.tcc.ir.kernel.interp.KernelInterpreter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.tcc.ir.kernel.Exprs.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The layout contract, the refusals and their messages, and the pre-render rules against the interpreter. */
class WgslRendererTest {

    @Test
    void buffersTakeTheFirstBindingsAndScalarsOneUniformStructAfterThem() {
        WgslKernel k = new WgslRenderer(WgslOptions.SWIFTSHADER).render(SampleKernels.halfAxpy(1000, 64));
        WgslLayout l = k.layout();
        assertThat(l.bindings()).extracting(WgslLayout.Binding::binding, WgslLayout.Binding::param, WgslLayout.Binding::wgslType,
                WgslLayout.Binding::packing).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "x", "array<u32>", WgslLayout.Packing.PACKED_WORDS),
                org.assertj.core.groups.Tuple.tuple(1, "y", "array<atomic<u32>>", WgslLayout.Packing.PACKED_WORDS));
        assertThat(l.uniformBinding()).isEqualTo(2);
        assertThat(l.uniforms()).extracting(WgslLayout.UniformField::param, WgslLayout.UniformField::offset).containsExactly(
                org.assertj.core.groups.Tuple.tuple("alpha", 0), org.assertj.core.groups.Tuple.tuple("n", 4));
        assertThat(l.uniformBytes()).isEqualTo(16);
        assertThat(l.bindings().getFirst().deviceBytes(1001)).isEqualTo(2004);
        assertThat(k.source()).doesNotContain("enable f16");
    }

    @Test
    void f16MemoryIsNativeOnlyWithShaderF16() {
        String src = new WgslRenderer(WgslOptions.LAVAPIPE).source(SampleKernels.halfAxpy(1000, 64));
        assertThat(src).startsWith("enable f16;").contains("array<f16>");
    }

    @Test
    void f64IsHeldAsF32AndReported() {
        Kernel scale = Kernel.build("scale_double", kb -> {
            var x = kb.input("x", DType.F64);
            var out = kb.output("out", DType.F64);
            kb.grid(Grid.covering(10, 64));
            kb.body(s -> {
                var i = s.let("i", globalId(0));
                s.ifThen(lt(i, 10), t -> t.store(out, i, mul(load(x, i), lit(DType.F64, 0.5))));
            });
        });
        WgslKernel k = new WgslRenderer().render(scale);
        assertThat(k.source()).doesNotContain("f64").contains("array<f32>");
        assertThat(k.layout().bindings()).filteredOn(b -> b.elementType() == DType.F64).isNotEmpty()
                .allSatisfy(b -> assertThat(b.packing()).isEqualTo(WgslLayout.Packing.F64_AS_F32))
                .allSatisfy(b -> assertThat(b.wgslType()).isEqualTo("array<f32>"));
        assertThat(k.narrowings()).anySatisfy(n -> assertThat(n.from()).isEqualTo(DType.F64));
    }

    @Test
    void a64BitProductThatMayOverflow32BitsIsRefused() {
        assertThatThrownBy(() -> new WgslRenderer(WgslOptions.LAVAPIPE).render(SampleKernels.integerOps(100, 64)))
                .isInstanceOf(WgslException.class).hasMessageContaining("kernel integer_ops")
                .hasMessageContaining("cast<i64>(x) * cast<i64>(y)").hasMessageContaining("a store to wide");
    }

    @Test
    void aClampedI64IndexIsNarrowedAndReported() {
        Kernel k = Kernel.build("gather", kb -> {
            var idx = kb.input("idx", DType.I64);
            var x = kb.input("x", DType.F32);
            var out = kb.output("out", DType.F32);
            kb.grid(Grid.covering(10, 64));
            kb.body(s -> {
                var i = s.let("i", globalId(0));
                s.ifThen(lt(i, 10), t -> {
                    var v = t.let("v", load(idx, i));
                    var j = t.let("j", cast(DType.I32, min(max(select(lt(v, i64(0)), add(v, i64(8)), v), i64(0)), i64(7))));
                    t.store(out, i, load(x, j));
                });
            });
        });
        WgslKernel w = new WgslRenderer().render(k);
        assertThat(w.layout().bindings().getFirst().packing()).isEqualTo(WgslLayout.Packing.I64_AS_I32);
        assertThat(w.narrowings()).extracting(Narrowing::what).containsExactly("buffer idx", "variable v");
        assertThat(w.source()).contains("array<i32>").doesNotContain("i64");
    }

    @Test
    void aBarrierUnderANonUniformConditionIsRefused() {
        Kernel k = Kernel.build("bad_barrier", kb -> {
            var out = kb.output("out", DType.F32);
            var tmp = kb.workgroupArray("tmp", DType.F32, 64);
            kb.grid(Grid.of(1, 64));
            kb.body(s -> {
                var lid = s.let("lid", localId(0));
                s.store(tmp, lid, f32(1));
                s.ifThen(lt(lid, 32), t -> t.barrier());
                s.store(out, lid, load(tmp, lid));
            });
        });
        assertThatThrownBy(() -> new WgslRenderer().render(k)).isInstanceOf(WgslException.class)
                .hasMessageContaining("kernel bad_barrier").hasMessageContaining("lid < 32").hasMessageContaining("uniform control flow");
    }

    @Test
    void workgroupsBeyondTheDeviceLimitAreRefused() {
        assertThatThrownBy(() -> new WgslRenderer(WgslOptions.PORTABLE).render(SampleKernels.rowSum(4, 1000, 512)))
                .isInstanceOf(WgslException.class).hasMessageContaining("512 work-items").hasMessageContaining("256");
    }

    @Test
    void reservedNamesAreRenamed() {
        Kernel k = Kernel.build("filter", kb -> {
            var sign = kb.input("sign", DType.F32);
            var out = kb.output("target", DType.F32);
            kb.grid(Grid.of(1, 4));
            kb.body(s -> {
                var i = s.let("tcc_x", globalId(0));
                s.store(out, i, load(sign, i));
            });
        });
        WgslKernel w = new WgslRenderer().render(k);
        assertThat(w.name()).isEqualTo("filter_");
        assertThat(w.source()).contains("fn filter_(", "sign_: array<f32>", "target_[tcc_x_] = sign_[tcc_x_];");
    }

    /** The low word of a float converted to i64, rewritten without 64-bit integers, on the values where it is subtle. */
    @Test
    void theLowWordRuleAgreesWithTheInterpreterOnEdgeValues() {
        float[] xs = {0f, -0.5f, -1f, -1.5f, 1.99f, 2147483520f, 2147483648f, -2147483648f, -2147483904f, 3e9f, -3e9f,
                4294967296f, 1.2345e12f, -9.87e15f, 1e18f, 9.2e18f, 9.3e18f, -9.3e18f, 1e30f, -1e30f,
                Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 65535.7f, -65536.2f};
        Kernel k = Kernel.build("low_word", kb -> {
            var x = kb.input("x", DType.F32);
            var out = kb.output("out", DType.I32);
            kb.grid(Grid.of(1, xs.length));
            kb.body(s -> {
                var i = s.let("i", globalId(0));
                s.store(out, i, cast(DType.I32, cast(DType.I64, load(x, i))));
            });
        });
        Kernel rewritten = WgslRules.apply(k);
        assertThat(rewritten.typesUsed()).doesNotContain(DType.I64);
        int[] want = new int[xs.length], got = new int[xs.length];
        KernelInterpreter.run(k, xs, want);
        KernelInterpreter.run(rewritten, xs, got);
        assertThat(got).containsExactly(want);
    }

    @Test
    void everyCorpusKernelRendersOrIsRefusedWithAReason() {
        List<WgslCorpus.Rendered> all = WgslCorpus.rendered();
        assertThat(all).hasSizeGreaterThan(40);
        assertThat(all.stream().filter(r -> r.wgsl() == null).map(WgslCorpus.Rendered::name))
                .containsExactlyInAnyOrder("integer_ops", "mixed_types");
    }

    @Test
    void packedOutputsAreWrittenWithAtomicsSoNeighboursKeepTheirBytes() {
        Kernel k = Kernel.build("bytes", kb -> {
            var out = kb.buffer("out", DType.U8, BufferParam.Access.WRITE);
            kb.grid(Grid.of(1, 8));
            kb.body(s -> s.store(out, globalId(0), cast(DType.U32, globalId(0))));
        });
        String src = new WgslRenderer().source(k);
        assertThat(src).contains("array<atomic<u32>>", "atomicAnd(&out[tcc_i >> 2u], ~(0xffu << tcc_s));");
    }

    /** ONNX's uint64 Sub and BitShift (the node suite's test_sub_uint64, test_bitshift_left_uint64) are refused in terms of u64; its Div fits in u32. */
    @Test
    void unsigned64BitValuesThatDoNotFitAreRefusedWithoutNegativeBounds() {
        assertThatThrownBy(() -> new WgslRenderer().render(u64("sub", (a, b) -> sub(a, b))))
                .isInstanceOf(WgslException.class)
                .hasMessageContaining("kernel sub_unsigned: WGSL has no 64-bit integers, and the u64 value")
                .hasMessageContaining("cannot be shown to fit in u32: it may go below 0 and wrap around (its exact value lies in [-4294967295, 4294967295])")
                .hasMessageNotContaining("it may take values in");
        assertThatThrownBy(() -> new WgslRenderer().render(u64("shl", (a, b) -> shl(a, b))))
                .isInstanceOf(WgslException.class).hasMessageContaining("cannot be shown to fit in u32: nothing bounds it below the full 64 bits");
        // a quotient of values the host packs into u32 is no larger than its dividend, whatever the divisor
        WgslKernel div = new WgslRenderer().render(u64("div", (a, b) -> div(a, b)));
        assertThat(div.source()).doesNotContain("u64").contains("array<u32>");
    }

    /** {@code out[i] = op(x[i], y[i])} on u64 buffers. */
    private static Kernel u64(String name, java.util.function.BinaryOperator<dev.tcc.ir.kernel.Expr> op) {
        return Kernel.build(name + "_unsigned", kb -> {
            var x = kb.input("x", DType.U64);
            var y = kb.input("y", DType.U64);
            var out = kb.output("out", DType.U64);
            kb.grid(Grid.of(1, 4));
            kb.body(s -> {
                var i = s.let("i", globalId(0));
                s.store(out, i, op.apply(load(x, i), load(y, i)));
            });
        });
    }

    @Test
    void anI64LoopCounterIsNarrowedWithItsRange() {
        WgslKernel w = new WgslRenderer(WgslOptions.LAVAPIPE).render(WgslSamples.storageTypes());
        assertThat(w.narrowings()).extracting(Narrowing::toString).contains(
                "scalar count: i64 -> i32 (the host writes it as i32, refusing values that do not fit)",
                "variable k: i64 -> i32 (takes values in [0, 4])");
        assertThat(w.layout().uniforms()).extracting(WgslLayout.UniformField::wgslType).containsExactly("f32", "i32");
    }

    @Test
    void anI64ShiftByMoreThan31IsRefused() {
        Kernel k = Kernel.build("wide_shift", kb -> {
            var x = kb.input("x", DType.I32);
            var out = kb.output("out", DType.I32);
            kb.grid(Grid.of(1, 4));
            kb.body(s -> {
                var i = s.let("i", globalId(0));
                s.store(out, i, cast(DType.I32, shr(shl(cast(DType.I64, load(x, i)), i64(40)), i64(40))));
            });
        });
        assertThatThrownBy(() -> new WgslRenderer().render(k)).isInstanceOf(WgslException.class)
                .hasMessageContaining("kernel wide_shift").hasMessageContaining("<< 40:i64");
    }
}
