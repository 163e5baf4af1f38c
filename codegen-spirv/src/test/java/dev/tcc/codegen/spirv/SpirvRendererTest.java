package dev.tcc.codegen.spirv;

import dev.tcc.codegen.spirv.asm.Operand;
import dev.tcc.codegen.spirv.asm.SpirvModule;
import dev.tcc.codegen.spirv.asm.SpirvReader;
import dev.tcc.codegen.spirv.grammar.Decoration;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.SampleKernels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every sample kernel renders to a module that {@code spirv-val} accepts for Vulkan 1.2, that reads back to the
 * same words, and whose disassembly matches {@code src/test/resources/golden/<kernel>.spvasm} (regenerate with
 * {@code -Dtcc.golden.update=true} and review the diff).
 */
class SpirvRendererTest {
    private final SpirvRenderer renderer = new SpirvRenderer();

    static Stream<Arguments> kernels() {
        return Stream.of(
                SampleKernels.broadcastMulAddRelu(3, 5, 64),
                SampleKernels.rowSum(4, 1000, 128),
                SampleKernels.tiledMatmul(64, 48, 40, 16),
                SampleKernels.halfAxpy(1000, 64),
                SampleKernels.integerOps(100, 64),
                SampleKernels.mixedTypes(100, 32)).map(k -> Arguments.of(k.name(), k));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void isValidVulkanSpirv(String name, Kernel kernel) {
        SpirvVal.check(name, renderer.renderBytes(kernel));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void readsBackToTheSameWords(String name, Kernel kernel) {
        int[] words = renderer.render(kernel).toWords();
        assertThat(SpirvReader.read(words).toWords()).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void disassemblyMatchesGoldenFile(String name, Kernel kernel) {
        Golden.check(name + ".spvasm", renderer.render(kernel).disassemble());
    }

    @Test
    void spirvValRejectsAnInvalidModule() {
        // a storage buffer whose struct lacks the Block decoration is invalid for Vulkan: the check must say so
        SpirvModule valid = renderer.render(SampleKernels.halfAxpy(1000, 64));
        var instructions = valid.instructions().stream()
                .filter(i -> !(i.op() == Op.OpDecorate && i.operands().get(1).equals(Operand.of(Decoration.Block)))).toList();
        assertThat(instructions).hasSizeLessThan(valid.instructions().size());
        byte[] invalid = new SpirvModule(valid.header(), instructions).toBytes();
        assertThatThrownBy(() -> SpirvVal.check("half_axpy without Block", invalid))
                .isInstanceOf(AssertionError.class).hasMessageContaining("spirv-val");
    }

    @Test
    void layoutPacksScalarsByAlignment() {
        KernelLayout layout = renderer.layout(SampleKernels.halfAxpy(1000, 64));
        assertThat(layout.buffers()).extracting(KernelLayout.BufferBinding::binding).containsExactly(0, 1);
        assertThat(layout.buffers()).extracting(KernelLayout.BufferBinding::stride).containsExactly(2, 2);
        assertThat(layout.pushConstants()).extracting(KernelLayout.PushConstant::offset).containsExactly(0, 4);
        assertThat(layout.pushConstantBytes()).isEqualTo(8);
        assertThat(layout.features()).containsExactly(KernelLayout.Feature.STORAGE_BUFFER_16BIT_ACCESS);
        assertThat(renderer.layout(SampleKernels.mixedTypes(100, 32)).features()).containsExactlyInAnyOrder(
                KernelLayout.Feature.SHADER_INT64, KernelLayout.Feature.SHADER_FLOAT64, KernelLayout.Feature.STORAGE_BUFFER_8BIT_ACCESS);
    }

    @Test
    void entryPointIsNamedAfterTheKernel() {
        SpirvModule m = renderer.render(SampleKernels.rowSum(4, 1000, 128));
        assertThat(m.disassemble()).contains("OpEntryPoint GLCompute %row_sum \"row_sum\"")
                .contains("OpExecutionMode %row_sum LocalSize 128 1 1")
                .contains("OpControlBarrier");
    }
}
