package dev.tcc.codegen.spirv.asm;

import dev.tcc.codegen.spirv.grammar.AddressingModel;
import dev.tcc.codegen.spirv.grammar.BuiltIn;
import dev.tcc.codegen.spirv.grammar.Capability;
import dev.tcc.codegen.spirv.grammar.Decoration;
import dev.tcc.codegen.spirv.grammar.ExecutionMode;
import dev.tcc.codegen.spirv.grammar.ExecutionModel;
import dev.tcc.codegen.spirv.grammar.GlslStd450;
import dev.tcc.codegen.spirv.grammar.MemoryModel;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.codegen.spirv.grammar.StorageClass;

import java.util.List;

import static dev.tcc.codegen.spirv.asm.SpirvType.BOOL;
import static dev.tcc.codegen.spirv.asm.SpirvType.F32;
import static dev.tcc.codegen.spirv.asm.SpirvType.I32;
import static dev.tcc.codegen.spirv.asm.SpirvType.U32;
import static dev.tcc.codegen.spirv.asm.SpirvType.VOID;

/** Modules written by hand with the builder, as fixtures for the assembler tests. */
final class SampleModules {
    private SampleModules() {}

    /**
     * {@code c[i] = sum over k < 4 of (a[i] + b[i]) * k} for {@code i = GlobalInvocationId.x < n}: three float
     * storage buffers (set 0, bindings 0 to 2), {@code n} in a push-constant block, a selection and a loop.
     */
    static SpirvModule vectorAdd() {
        return ModuleBuilder.build(1, 5, b -> {
            b.capability(Capability.Shader);
            b.memoryModel(AddressingModel.Logical, MemoryModel.GLSL450);

            var floats = new SpirvType.RuntimeArray(F32);
            var buffer = new SpirvType.Struct("Buffer", List.of(floats));
            b.decorate(b.type(floats), Decoration.ArrayStride, 4);
            b.decorate(b.type(buffer), Decoration.Block);
            b.memberDecorate(b.type(buffer), 0, Decoration.Offset, 0);
            b.memberName(b.type(buffer), 0, "data");
            int[] buffers = new int[3];
            String[] names = {"a", "b", "c"};
            for (int k = 0; k < 3; k++) {
                buffers[k] = b.variable(buffer, StorageClass.StorageBuffer);
                b.name(buffers[k], names[k]);
                b.decorate(buffers[k], Decoration.DescriptorSet, 0);
                b.decorate(buffers[k], Decoration.Binding, k);
            }
            b.decorate(buffers[0], Decoration.NonWritable);

            var params = new SpirvType.Struct("Params", List.of(U32));
            b.decorate(b.type(params), Decoration.Block);
            b.memberDecorate(b.type(params), 0, Decoration.Offset, 0);
            b.memberName(b.type(params), 0, "n");
            int pc = b.variable(params, StorageClass.PushConstant);
            b.name(pc, "params");

            var uvec3 = new SpirvType.Vector(U32, 3);
            int gid = b.variable(uvec3, StorageClass.Input);
            b.name(gid, "gid");
            b.decorateBuiltIn(gid, BuiltIn.GlobalInvocationId);

            int main = b.function("main", VOID, List.of(), f -> {
                int acc = f.variable(F32);
                int k = f.variable(I32);
                int i = f.result(Op.OpCompositeExtract, U32, Operand.id(f.load(uvec3, gid)), Operand.lit(0));
                int n = f.load(U32, f.accessChain(StorageClass.PushConstant, U32, pc, f.constant(Constant.i32(0))));
                f.ifThen(f.result(Op.OpULessThan, BOOL, i, n), then -> {
                    int zero = f.constant(Constant.i32(0));
                    int x = f.load(F32, f.accessChain(StorageClass.StorageBuffer, F32, buffers[0], zero, i));
                    int y = f.load(F32, f.accessChain(StorageClass.StorageBuffer, F32, buffers[1], zero, i));
                    int sum = f.result(Op.OpFAdd, F32, x, y);
                    f.store(acc, f.constant(Constant.f32(0f)));
                    f.store(k, zero);
                    f.loop(c -> c.result(Op.OpSLessThan, BOOL, c.load(I32, k), c.constant(Constant.i32(4))),
                            body -> {
                                int kf = body.result(Op.OpConvertSToF, F32, body.load(I32, k));
                                int term = body.glsl(GlslStd450.Fma, F32, sum, kf, body.load(F32, acc));
                                body.store(acc, term);
                            },
                            cont -> cont.store(k, cont.result(Op.OpIAdd, I32, cont.load(I32, k), cont.constant(Constant.i32(1)))));
                    f.store(f.accessChain(StorageClass.StorageBuffer, F32, buffers[2], zero, i), f.load(F32, acc));
                });
                f.returnVoid();
            });
            b.entryPoint(ExecutionModel.GLCompute, main, "main", buffers[0], buffers[1], buffers[2], pc, gid);
            b.executionMode(main, ExecutionMode.LocalSize, 64, 1, 1);
        });
    }
}
