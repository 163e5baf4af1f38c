package dev.tcc.codegen.spirv.lower;

import dev.tcc.codegen.spirv.KernelLayout;
import dev.tcc.codegen.spirv.asm.ModuleBuilder;
import dev.tcc.codegen.spirv.asm.SpirvType;
import dev.tcc.codegen.spirv.grammar.Capability;
import dev.tcc.codegen.spirv.grammar.Decoration;
import dev.tcc.codegen.spirv.grammar.StorageClass;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.ArrayDecl;
import dev.tcc.ir.kernel.BufferParam;

import java.util.ArrayList;
import java.util.List;

/**
 * The module-level part of a kernel: capabilities, storage buffers, the push-constant block and workgroup
 * arrays, laid out as {@link KernelLayout} describes; and, at the top of the function, the scalar parameters
 * (loaded once) and the private arrays (Function variables).
 */
final class KernelInterface {
    private KernelInterface() {}

    /** Shader, plus one capability per optional feature the layout lists. */
    static void capabilities(ModuleBuilder m, KernelLayout layout) {
        m.capability(Capability.Shader);
        for (KernelLayout.Feature feature : layout.features()) {
            m.capability(switch (feature) {
                case SHADER_INT64 -> Capability.Int64;
                case SHADER_FLOAT64 -> Capability.Float64;
                case STORAGE_BUFFER_16BIT_ACCESS -> Capability.StorageBuffer16BitAccess;
                case STORAGE_BUFFER_8BIT_ACCESS -> Capability.StorageBuffer8BitAccess;
            });
        }
    }

    /** Storage buffers: {@code struct { T data[]; }} blocks in set 0, one binding each, in parameter order. */
    static void buffers(Lowering c, KernelLayout layout) {
        ModuleBuilder m = c.module;
        List<BufferParam> params = c.kernel.buffers();
        for (int i = 0; i < params.size(); i++) {
            BufferParam p = params.get(i);
            KernelLayout.BufferBinding binding = layout.buffers().get(i);
            var array = new SpirvType.RuntimeArray(TypeTable.bufferElement(p.elementType()));
            var block = new SpirvType.Struct("Buffer_" + p.elementType().irName(), List.of(array));
            m.decorate(m.type(array), Decoration.ArrayStride, binding.stride());
            m.decorate(m.type(block), Decoration.Block);
            m.memberDecorate(m.type(block), 0, Decoration.Offset, 0);
            m.memberName(m.type(block), 0, "data");
            int v = m.variable(block, StorageClass.StorageBuffer);
            m.name(v, p.name());
            m.decorate(v, Decoration.DescriptorSet, KernelLayout.DESCRIPTOR_SET);
            m.decorate(v, Decoration.Binding, binding.binding());
            if (!p.access().canStore()) m.decorate(v, Decoration.NonWritable);
            if (!p.access().canLoad()) m.decorate(v, Decoration.NonReadable);
            m.decorate(v, Decoration.Restrict);
            c.memories.put(p, new Lowering.MemoryVar(v, StorageClass.StorageBuffer, true));
            c.interfaceIds.add(v);
        }
    }

    /** The push-constant block of the scalar parameters, if any; returns its variable or 0. */
    static int pushConstants(Lowering c, KernelLayout layout) {
        if (layout.pushConstants().isEmpty()) return 0;
        ModuleBuilder m = c.module;
        List<SpirvType> members = new ArrayList<>();
        for (KernelLayout.PushConstant p : layout.pushConstants()) members.add(TypeTable.value(p.type()));
        var block = new SpirvType.Struct("Params", members);
        int blockId = m.type(block);
        m.decorate(blockId, Decoration.Block);
        for (int i = 0; i < members.size(); i++) {
            m.memberDecorate(blockId, i, Decoration.Offset, layout.pushConstants().get(i).offset());
            m.memberName(blockId, i, layout.pushConstants().get(i).name());
        }
        int v = m.variable(block, StorageClass.PushConstant);
        m.name(v, "params");
        c.interfaceIds.add(v);
        return v;
    }

    /** Workgroup arrays: Workgroup-storage globals of the value type. */
    static void workgroupArrays(Lowering c) {
        for (ArrayDecl a : c.kernel.arrays()) {
            if (a.space() != ArrayDecl.Space.WORKGROUP) continue;
            int v = c.module.variable(new SpirvType.Array(TypeTable.arrayElement(a.elementType()), a.length()), StorageClass.Workgroup);
            c.module.name(v, a.name());
            c.memories.put(a, new Lowering.MemoryVar(v, StorageClass.Workgroup, false));
            c.interfaceIds.add(v);
        }
    }

    /** At the top of the function: loads every scalar parameter and declares the private arrays. */
    static void functionPrologue(Lowering c, KernelLayout layout, int pushConstants) {
        List<KernelLayout.PushConstant> scalars = layout.pushConstants();
        for (int i = 0; i < scalars.size(); i++) {
            KernelLayout.PushConstant p = scalars.get(i);
            SpirvType t = TypeTable.value(p.type());
            int member = c.f.accessChain(StorageClass.PushConstant, t, pushConstants, c.constant(TypeTable.intConstant(DType.I32, i)));
            int value = c.f.load(t, member);
            c.module.name(value, p.name());
            c.params.put(p.name(), value);
        }
        for (ArrayDecl a : c.kernel.arrays()) {
            if (a.space() != ArrayDecl.Space.PRIVATE) continue;
            int v = c.f.variable(new SpirvType.Array(TypeTable.arrayElement(a.elementType()), a.length()));
            c.module.name(v, a.name());
            c.memories.put(a, new Lowering.MemoryVar(v, StorageClass.Function, false));
        }
    }

}
