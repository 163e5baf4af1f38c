package dev.tcc.codegen.spirv.lower;

import dev.tcc.codegen.spirv.KernelLayout;
import dev.tcc.codegen.spirv.asm.ModuleBuilder;
import dev.tcc.codegen.spirv.asm.SpirvModule;
import dev.tcc.codegen.spirv.asm.SpirvType;
import dev.tcc.codegen.spirv.grammar.AddressingModel;
import dev.tcc.codegen.spirv.grammar.ExecutionMode;
import dev.tcc.codegen.spirv.grammar.ExecutionModel;
import dev.tcc.codegen.spirv.grammar.MemoryModel;
import dev.tcc.ir.kernel.Kernel;

import java.util.List;

/**
 * Lowers one kernel to a Vulkan compute module, in phases: capabilities and memory model, the interface
 * ({@link KernelInterface}), the entry function (prologue, then the body through {@link Statements}), the entry
 * point and its workgroup size.
 */
public final class SpirvLowering {
    /** SPIR-V 1.5, the version Vulkan 1.2 consumes. */
    public static final int MAJOR = 1;
    public static final int MINOR = 5;

    private SpirvLowering() {}

    public static SpirvModule lower(Kernel kernel) {
        KernelLayout layout = KernelLayout.of(kernel);
        return ModuleBuilder.build(MAJOR, MINOR, m -> {
            Lowering c = new Lowering(kernel, m);
            KernelInterface.capabilities(m, layout);
            m.memoryModel(AddressingModel.Logical, MemoryModel.GLSL450);
            KernelInterface.buffers(c, layout);
            int pushConstants = KernelInterface.pushConstants(c, layout);
            KernelInterface.workgroupArrays(c);
            int main = m.function(kernel.name(), SpirvType.VOID, List.of(), f -> {
                c.f = f;
                KernelInterface.functionPrologue(c, layout, pushConstants);
                Statements.block(c, kernel.body());
                f.returnVoid();
            });
            m.entryPoint(ExecutionModel.GLCompute, main, kernel.name(), c.interfaceIds.stream().mapToInt(Integer::intValue).toArray());
            var g = kernel.grid();
            m.executionMode(main, ExecutionMode.LocalSize, g.workgroupSize(0), g.workgroupSize(1), g.workgroupSize(2));
        });
    }
}
