package dev.tcc.codegen.spirv.coop;

import dev.tcc.codegen.spirv.SpirvVal;
import dev.tcc.codegen.spirv.asm.Instruction;
import dev.tcc.codegen.spirv.asm.Operand;
import dev.tcc.codegen.spirv.asm.SpirvModule;
import dev.tcc.codegen.spirv.asm.SpirvReader;
import dev.tcc.codegen.spirv.coop.CoopMatrixGemm.Output;
import dev.tcc.codegen.spirv.grammar.Capability;
import dev.tcc.codegen.spirv.grammar.Decoration;
import dev.tcc.codegen.spirv.grammar.ExecutionMode;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.codegen.spirv.grammar.StorageClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cooperative-matrix GEMM can only run on a GPU with tensor cores (scripts/gpu/diag/CoopGemm.java checks its
 * numbers there); here every variant must pass spirv-val and have the structure its tiling promises.
 */
class CoopMatrixGemmTest {

    static Stream<Arguments> variants() {
        return Tiling.presets().stream().flatMap(t -> Stream.of(Output.values()).map(o -> Arguments.of(t, o)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("variants")
    void everyVariantIsValidVulkanSpirv(Tiling tiling, Output output) {
        var gemm = new CoopMatrixGemm(512, 1024, 256, output, tiling);
        SpirvVal.check("coop_gemm_" + tiling.name() + "_" + output, gemm.bytes());
        assertThat(SpirvReader.read(gemm.bytes())).as("reads back word for word").isEqualTo(gemm.module());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("variants")
    void moduleHasTheShapeItsTilingPromises(Tiling tiling, Output output) {
        var gemm = new CoopMatrixGemm(512, 1024, 256, output, tiling);
        SpirvModule module = gemm.module();
        int accumulators = tiling.fragmentsM() * tiling.fragmentsN();

        assertThat(operands(module, Op.OpCapability)).contains(List.of(new Operand.Enumerant(Capability.CooperativeMatrixNV)),
                List.of(new Operand.Enumerant(Capability.Float16)));
        assertThat(count(module, Op.OpExtension)).isEqualTo(1);
        assertThat(module.instructions()).filteredOn(i -> i.op() == Op.OpExecutionMode).singleElement()
                .extracting(i -> i.operands().subList(1, 5)).isEqualTo(List.of(new Operand.Enumerant(ExecutionMode.LocalSize),
                        new Operand.Literal(tiling.invocations()), new Operand.Literal(1), new Operand.Literal(1)));
        // one multiply-add per accumulator and 16-deep K slice of the step, one store per accumulator
        assertThat(count(module, Op.OpCooperativeMatrixMulAddNV)).isEqualTo(accumulators * tiling.tileK() / 16);
        assertThat(count(module, Op.OpCooperativeMatrixStoreNV)).isEqualTo(accumulators);
        assertThat(count(module, Op.OpFConvert)).isEqualTo(output == Output.F16 ? accumulators : 0);
        assertThat(count(module, Op.OpLoopMerge)).as("only the K loop is a loop").isEqualTo(1);
        // one stage: a barrier before and after the store in the loop; two: one before the loop and one in it
        assertThat(count(module, Op.OpControlBarrier)).isEqualTo(tiling.staged() ? 2 : 0);
        assertThat(variables(module, StorageClass.Workgroup)).isEqualTo(tiling.staged() ? 2 : 0);
        assertThat(variables(module, StorageClass.StorageBuffer)).isEqualTo(3);
        assertThat(operands(module, Op.OpDecorate)).filteredOn(ops -> ops.get(1).equals(new Operand.Enumerant(Decoration.Binding)))
                .extracting(ops -> ops.get(2)).containsExactlyInAnyOrder(new Operand.Literal(0), new Operand.Literal(1), new Operand.Literal(2));
        assertThat(operands(module, Op.OpDecorate)).filteredOn(ops -> ops.get(1).equals(new Operand.Enumerant(Decoration.ArrayStride)))
                .extracting(ops -> ((Operand.Literal) ops.get(2)).word())
                .containsExactlyInAnyOrder(arrayStrides(tiling, output));
    }

    /**
     * The addressing, checked on the CPU ({@link LockstepEmulator}): small integers make every product exact in f32
     * and in f16, so C must equal the integer product everywhere; K = 64 takes the staged loop through its prefetch
     * of the next step and its last step.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("variants")
    void emulatedModuleComputesTheProduct(Tiling tiling, Output output) {
        int m = 256, n = 256, k = 64;
        var gemm = new CoopMatrixGemm(m, n, k, output, tiling);
        Random random = new Random(7);
        short[] a = new short[m * k], b = new short[k * n];
        for (int i = 0; i < a.length; i++) a[i] = Float.floatToFloat16(random.nextInt(5) - 2);
        for (int i = 0; i < b.length; i++) b[i] = Float.floatToFloat16(random.nextInt(5) - 2);
        float[] c = LockstepEmulator.run(gemm, a, b);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float want = 0;
                for (int kk = 0; kk < k; kk++) want += Float.float16ToFloat(a[i * k + kk]) * Float.float16ToFloat(b[kk * n + j]);
                if (c[i * n + j] != want) {
                    throw new AssertionError(gemm + ": C[" + i + "," + j + "] = " + c[i * n + j] + ", expected " + want);
                }
            }
        }
    }

    private static Integer[] arrayStrides(Tiling tiling, Output output) {
        int in = tiling.staged() ? 16 : 2, out = output.bytes();
        return in == out ? new Integer[] {in} : new Integer[] {in, out};   // A and B share one array type
    }

    @Test
    void dispatchCoversCOnceAndSharedMemoryFitsTheTiles() {
        var gemm = new CoopMatrixGemm(4096, 8192, 2048, Output.F32, Tiling.STAGED_128X256);
        assertThat(gemm.groupsX() * Tiling.STAGED_128X256.tileN()).isEqualTo(8192);
        assertThat(gemm.groupsY() * Tiling.STAGED_128X256.tileM()).isEqualTo(4096);
        assertThat(Tiling.STAGED_128X256.invocations()).isEqualTo(256);
        assertThat(Tiling.STAGED_128X128.sharedBytes()).isEqualTo(2 * (128 * 40 + 32 * 136));
        assertThat(Tiling.DOUBLE_128X128.sharedBytes()).as("two stages").isEqualTo(2 * 2 * (128 * 40 + 32 * 136));
        assertThat(Tiling.presets()).allSatisfy(t -> assertThat(t.sharedBytes()).isLessThanOrEqualTo(48 * 1024));
        assertThat(Tiling.DIRECT_64X64.sharedBytes()).isZero();
        assertThat(gemm.flops()).isEqualTo(2.0 * 4096 * 8192 * 2048);
        assertThat(new CoopMatrixGemm(64, 64, 16, Output.F16, Tiling.DIRECT_64X64).bytesC()).isEqualTo(64 * 64 * 2);
    }

    @Test
    void sizesThatAreNotWholeTilesAreRefused() {
        assertThatThrownBy(() -> new CoopMatrixGemm(100, 128, 128, Output.F32, Tiling.DIRECT_64X64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("M=100 is not a positive multiple of 64").hasMessageContaining("direct_64x64_k16");
        assertThatThrownBy(() -> new CoopMatrixGemm(128, 192, 128, Output.F32, Tiling.STAGED_128X128))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("N=192 is not a positive multiple of 128");
        assertThatThrownBy(() -> new CoopMatrixGemm(128, 128, 48, Output.F16, Tiling.STAGED_128X128))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("K=48").hasMessageContaining("K step");
        assertThatThrownBy(() -> new CoopMatrixGemm(0, 128, 128, Output.F32, Tiling.DIRECT_64X64))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("M=0");
        assertThatThrownBy(() -> new CoopMatrixGemm(65536, 65536, 64, Output.F32, Tiling.DIRECT_64X64))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32-bit index");
    }

    @Test
    void tilingsThatDoNotSplitIntoFragmentsOrCopiesAreRefused() {
        assertThatThrownBy(() -> new Tiling("odd", 48, 64, 16, 2, 2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole 16x16 fragments");
        assertThatThrownBy(() -> new Tiling("shallow", 64, 64, 8, 2, 2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("K step 8");
        // 128 invocations copy 16-byte pieces; a 32x16 block is 64 pieces, fewer than one round
        assertThatThrownBy(() -> new Tiling("thin", 32, 32, 16, 2, 2, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole rounds");
        assertThatThrownBy(() -> new Tiling("huge", 512, 512, 16, 8, 8, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2048 invocations");
        assertThatThrownBy(() -> new Tiling("triple", 128, 128, 32, 2, 2, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stages must be 0, 1 or 2");
        assertThat(Tiling.copyRounds(128, 32, 128)).isEqualTo(4);
        assertThat(Tiling.copyRounds(32, 256, 256)).isEqualTo(4);
    }

    private static long count(SpirvModule module, Op op) {
        return module.instructions().stream().filter(i -> i.op() == op).count();
    }

    private static List<List<Operand>> operands(SpirvModule module, Op op) {
        return module.instructions().stream().filter(i -> i.op() == op).map(Instruction::operands).toList();
    }

    private static long variables(SpirvModule module, StorageClass storage) {
        return module.instructions().stream()
                .filter(i -> i.op() == Op.OpVariable && i.operands().get(2).equals(new Operand.Enumerant(storage))).count();
    }
}
