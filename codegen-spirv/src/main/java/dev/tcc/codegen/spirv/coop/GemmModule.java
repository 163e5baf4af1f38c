package dev.tcc.codegen.spirv.coop;

import dev.tcc.codegen.spirv.asm.ModuleBuilder;
import dev.tcc.codegen.spirv.asm.SpirvModule;
import dev.tcc.codegen.spirv.asm.SpirvType;
import dev.tcc.codegen.spirv.grammar.AddressingModel;
import dev.tcc.codegen.spirv.grammar.BuiltIn;
import dev.tcc.codegen.spirv.grammar.Capability;
import dev.tcc.codegen.spirv.grammar.Decoration;
import dev.tcc.codegen.spirv.grammar.ExecutionMode;
import dev.tcc.codegen.spirv.grammar.ExecutionModel;
import dev.tcc.codegen.spirv.grammar.MemoryModel;
import dev.tcc.codegen.spirv.grammar.Scope;
import dev.tcc.codegen.spirv.grammar.StorageClass;

import java.util.ArrayList;
import java.util.List;

/**
 * The module-level part of a {@link CoopMatrixGemm}: capabilities, the three storage buffers, the built-in inputs,
 * the shared blocks of a staged tiling, and the entry point; {@link GemmBody} writes the function. SPIR-V 1.5 with
 * the GLSL450 memory model, as tcc's other Vulkan modules.
 *
 * <p>A and B are arrays of f16 when fragments are loaded from them directly, and arrays of uvec4 when they are
 * copied to shared memory 16 bytes at a time; the shared blocks are uvec4 arrays too, so fragment loads from them
 * give their offset and row stride in uvec4s (8 halves), as {@code SPV_NV_cooperative_matrix} counts in elements
 * of the pointer's type.
 */
final class GemmModule {
    static final SpirvType UVEC4 = new SpirvType.Vector(SpirvType.U32, 4);
    /** A 16x16 f16 fragment of A or B (or of C before a store, for f16 output). */
    static final SpirvType FRAGMENT = new SpirvType.CooperativeMatrixNV(SpirvType.F16, Scope.Subgroup,
            Tiling.FRAGMENT, Tiling.FRAGMENT);
    /** A 16x16 f32 accumulator. */
    static final SpirvType ACCUMULATOR = new SpirvType.CooperativeMatrixNV(SpirvType.F32, Scope.Subgroup,
            Tiling.FRAGMENT, Tiling.FRAGMENT);

    final CoopMatrixGemm gemm;
    final ModuleBuilder m;
    final SpirvType inputElement;
    final SpirvType outputElement;
    final int a;
    final int b;
    final int c;
    final int localIndex;
    final int workgroupId;
    final int subgroupId;
    /** The shared A and B blocks (uvec4 arrays), 0 unless the tiling is staged. */
    final int sharedA;
    final int sharedB;
    private final List<Integer> interfaceIds = new ArrayList<>();

    static SpirvModule write(CoopMatrixGemm gemm) {
        return ModuleBuilder.build(1, 5, m -> new GemmModule(gemm, m).entryPoint());
    }

    private GemmModule(CoopMatrixGemm gemm, ModuleBuilder m) {
        this.gemm = gemm;
        this.m = m;
        Tiling t = gemm.tiling();
        inputElement = t.staged() ? UVEC4 : SpirvType.F16;
        outputElement = gemm.output() == CoopMatrixGemm.Output.F16 ? SpirvType.F16 : SpirvType.F32;
        capabilities();
        m.memoryModel(AddressingModel.Logical, MemoryModel.GLSL450);
        a = storageBuffer(0, "A", inputElement, true);
        b = storageBuffer(1, "B", inputElement, true);
        c = storageBuffer(2, "C", outputElement, false);
        localIndex = input(SpirvType.U32, BuiltIn.LocalInvocationIndex, "localIndex");
        workgroupId = input(new SpirvType.Vector(SpirvType.U32, 3), BuiltIn.WorkgroupId, "workgroupId");
        subgroupId = input(SpirvType.U32, BuiltIn.SubgroupId, "subgroupId");
        sharedA = t.staged() ? shared("sharedA", t.stages() * t.stageHalvesA()) : 0;
        sharedB = t.staged() ? shared("sharedB", t.stages() * t.stageHalvesB()) : 0;
    }

    private void capabilities() {
        m.capability(Capability.Shader);
        m.capability(Capability.Float16);
        m.capability(Capability.GroupNonUniform);   // the SubgroupId built-in
        m.capability(Capability.CooperativeMatrixNV);
        m.extension("SPV_NV_cooperative_matrix");
        if (!gemm.tiling().staged() || gemm.output() == CoopMatrixGemm.Output.F16) {
            m.capability(Capability.StorageBuffer16BitAccess);   // core in SPIR-V 1.3+, so no OpExtension
        }
    }

    /** A {@code struct { element data[]; }} block at set 0, {@code binding}. */
    private int storageBuffer(int binding, String name, SpirvType element, boolean readOnly) {
        var array = new SpirvType.RuntimeArray(element);
        var block = new SpirvType.Struct("Gemm" + name, List.of(array));
        m.decorate(m.type(array), Decoration.ArrayStride, bytes(element));
        m.decorate(m.type(block), Decoration.Block);
        m.memberDecorate(m.type(block), 0, Decoration.Offset, 0);
        m.memberName(m.type(block), 0, "data");
        int v = m.variable(block, StorageClass.StorageBuffer);
        m.name(v, name);
        m.decorate(v, Decoration.DescriptorSet, 0);
        m.decorate(v, Decoration.Binding, binding);
        m.decorate(v, readOnly ? Decoration.NonWritable : Decoration.NonReadable);
        m.decorate(v, Decoration.Restrict);
        interfaceIds.add(v);
        return v;
    }

    private static int bytes(SpirvType element) {
        if (element.equals(UVEC4)) return 16;
        return element.equals(SpirvType.F16) ? 2 : 4;
    }

    private int input(SpirvType type, BuiltIn builtIn, String name) {
        int v = m.variable(type, StorageClass.Input);
        m.decorateBuiltIn(v, builtIn);
        m.name(v, name);
        interfaceIds.add(v);
        return v;
    }

    private int shared(String name, int halves) {
        int v = m.variable(new SpirvType.Array(UVEC4, halves / Tiling.HALVES_PER_COPY), StorageClass.Workgroup);
        m.name(v, name);
        interfaceIds.add(v);
        return v;
    }

    private void entryPoint() {
        int main = m.function("main", SpirvType.VOID, List.of(), f -> {
            new GemmBody(this, f).write();
            f.returnVoid();
        });
        m.entryPoint(ExecutionModel.GLCompute, main, "main", interfaceIds.stream().mapToInt(Integer::intValue).toArray());
        m.executionMode(main, ExecutionMode.LocalSize, gemm.tiling().invocations(), 1, 1);
    }
}
