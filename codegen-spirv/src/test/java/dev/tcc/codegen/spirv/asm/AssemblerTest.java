package dev.tcc.codegen.spirv.asm;

import dev.tcc.codegen.spirv.Golden;
import dev.tcc.codegen.spirv.SpirvVal;
import dev.tcc.codegen.spirv.grammar.Capability;
import dev.tcc.codegen.spirv.grammar.Decoration;
import dev.tcc.codegen.spirv.grammar.Dim;
import dev.tcc.codegen.spirv.grammar.Enumerants;
import dev.tcc.codegen.spirv.grammar.GlslStd450;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.codegen.spirv.grammar.OperandKind;
import dev.tcc.codegen.spirv.grammar.OperandSpec;
import dev.tcc.codegen.spirv.grammar.StorageClass;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssemblerTest {

    @Test
    void generatedTablesMatchTheSpecification() {
        assertThat(Op.OpFAdd.opcode()).isEqualTo(129);
        assertThat(Op.OpFAdd.hasResultType()).isTrue();
        assertThat(Op.OpStore.hasResult()).isFalse();
        assertThat(Op.OpLoopMerge.operands()).extracting(OperandSpec::kind)
                .containsExactly(OperandKind.IdRef, OperandKind.IdRef, OperandKind.LoopControl);
        assertThat(Op.fromOpcode(246)).isEqualTo(Op.OpLoopMerge);
        assertThat(Capability.Shader.value()).isEqualTo(1);
        assertThat(StorageClass.StorageBuffer.value()).isEqualTo(12);
        assertThat(Decoration.fromValue(6)).isEqualTo(Decoration.ArrayStride);
        assertThat(Decoration.ArrayStride.parameters()).extracting(OperandSpec::kind).containsExactly(OperandKind.LiteralInteger);
        assertThat(Dim.Dim2D.spirvName()).isEqualTo("2D");
        assertThat(Enumerants.fromValue(OperandKind.StorageClass, 12)).isEqualTo(StorageClass.StorageBuffer);
        assertThat(GlslStd450.Fma.number()).isEqualTo(50);
    }

    @Test
    void vectorAddIsValidVulkanSpirv() {
        SpirvVal.check("vector_add", SampleModules.vectorAdd().toBytes());
    }

    @Test
    void emitReadEmitGivesTheSameWords() {
        SpirvModule module = SampleModules.vectorAdd();
        int[] words = module.toWords();
        SpirvModule read = SpirvReader.read(words);
        assertThat(read).isEqualTo(module);
        assertThat(read.toWords()).isEqualTo(words);
        assertThat(SpirvReader.read(module.toBytes()).toWords()).isEqualTo(words);
    }

    @Test
    void headerBoundIsAboveEveryId() {
        SpirvModule module = SampleModules.vectorAdd();
        int max = module.instructions().stream().mapToInt(Instruction::resultId).max().orElseThrow();
        assertThat(module.header().bound()).isEqualTo(max + 1);
        assertThat(module.toWords()[0]).isEqualTo(SpirvModule.MAGIC);
        assertThat(module.toWords()[1]).isEqualTo(0x00010500);
    }

    @Test
    void sectionsComeInSpecificationOrder() {
        SpirvModule module = SampleModules.vectorAdd();
        Section previous = Section.CAPABILITIES;
        boolean inFunctions = false;
        for (Instruction i : module.instructions()) {
            inFunctions |= i.op() == Op.OpFunction;
            Section s = inFunctions ? Section.FUNCTIONS : Section.of(i.op());
            assertThat(s).as("%s after a %s instruction", i.op(), previous).isGreaterThanOrEqualTo(previous);
            previous = s;
        }
        assertThat(module.section(Section.MEMORY_MODEL)).hasSize(1);
        assertThat(module.section(Section.ENTRY_POINTS)).extracting(Instruction::op).containsExactly(Op.OpEntryPoint);
        int total = 0;
        for (Section s : Section.values()) total += module.section(s).size();
        assertThat(total).isEqualTo(module.instructions().size());
    }

    @Test
    void disassemblyMatchesGoldenFile() {
        Golden.check("vector_add.spvasm", SampleModules.vectorAdd().disassemble());
    }

    @Test
    void typesConstantsAndDecorationsAreInterned() {
        SpirvModule m = ModuleBuilder.build(1, 5, b -> {
            b.capability(Capability.Shader);
            b.capability(Capability.Shader);
            b.memoryModel(dev.tcc.codegen.spirv.grammar.AddressingModel.Logical, dev.tcc.codegen.spirv.grammar.MemoryModel.GLSL450);
            int a = b.type(new SpirvType.Pointer(StorageClass.Function, SpirvType.F32));
            assertThat(b.type(new SpirvType.Pointer(StorageClass.Function, SpirvType.F32))).isEqualTo(a);
            assertThat(b.constant(Constant.f32(1f))).isEqualTo(b.constant(Constant.f32(1f)));
            assertThat(b.constant(Constant.f32(0f))).isNotEqualTo(b.constant(Constant.f32(-0f)));
            int arr = b.type(new SpirvType.RuntimeArray(SpirvType.F32));
            b.decorate(arr, Decoration.ArrayStride, 4);
            b.decorate(arr, Decoration.ArrayStride, 4);
        });
        assertThat(m.instructions()).filteredOn(i -> i.op() == Op.OpCapability).hasSize(1);
        assertThat(m.instructions()).filteredOn(i -> i.op() == Op.OpDecorate).hasSize(1);
        assertThat(m.instructions()).filteredOn(i -> i.op() == Op.OpTypeFloat).hasSize(1);
    }

    @Test
    void stringsAndEnumerantParametersRoundTrip() {
        Instruction name = Instruction.of(Op.OpName, Operand.id(7), Operand.str("abcd"));
        assertThat(name.wordCount()).isEqualTo(4);   // opcode, id, "abcd", NUL word
        SpirvModule m = new SpirvModule(new SpirvModule.Header(1, 5, 0, 8, 0), List.of(name,
                Instruction.of(Op.OpDecorate, Operand.id(7), Operand.of(Decoration.ArrayStride), Operand.lit(16)),
                Instruction.of(Op.OpDecorate, Operand.id(7), Operand.of(Decoration.BuiltIn),
                        Operand.of(dev.tcc.codegen.spirv.grammar.BuiltIn.LocalInvocationId))));
        assertThat(SpirvReader.read(m.toWords())).isEqualTo(m);
    }

    @Test
    void malformedBinariesAreRejectedWithAMessage() {
        assertThatThrownBy(() -> SpirvReader.read(new int[] {1, 2, 3, 4, 5})).hasMessageContaining("magic");
        int[] words = SampleModules.vectorAdd().toWords();
        words[5] = 9 << 16 | words[5] & 0xffff;   // OpCapability claims 9 words
        assertThatThrownBy(() -> SpirvReader.read(words)).isInstanceOf(SpirvFormatException.class);
    }

    @Test
    void unterminatedBlockIsAnError() {
        assertThatThrownBy(() -> ModuleBuilder.build(1, 5, b -> b.function("f", SpirvType.VOID, List.of(), f -> { })))
                .hasMessageContaining("no terminator");
    }
}
