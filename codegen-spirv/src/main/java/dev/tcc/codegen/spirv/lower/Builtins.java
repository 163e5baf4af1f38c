package dev.tcc.codegen.spirv.lower;

import dev.tcc.codegen.spirv.asm.Operand;
import dev.tcc.codegen.spirv.asm.SpirvType;
import dev.tcc.codegen.spirv.grammar.BuiltIn;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.codegen.spirv.grammar.StorageClass;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Expr;

/**
 * Work-item ids and launch sizes as i32. Ids and the group count come from the builtin input variables (uvec3,
 * declared on first use and added to the entry point's interface); the workgroup size is the kernel's, fixed by
 * the LocalSize execution mode; the global size is group count times workgroup size, so a launch with other
 * group counts ({@code Grid.withGroups}) still sees the right sizes.
 */
final class Builtins {
    private Builtins() {}

    private static final SpirvType UVEC3 = new SpirvType.Vector(SpirvType.U32, 3);

    static int value(Lowering c, Expr.Builtin b) {
        int d = b.dim();
        return switch (b.kind()) {
            case GLOBAL_ID -> component(c, BuiltIn.GlobalInvocationId, d);
            case LOCAL_ID -> component(c, BuiltIn.LocalInvocationId, d);
            case GROUP_ID -> component(c, BuiltIn.WorkgroupId, d);
            case NUM_GROUPS -> component(c, BuiltIn.NumWorkgroups, d);
            case LOCAL_SIZE -> workgroupSize(c, d);
            case GLOBAL_SIZE -> c.f.result(Op.OpIMul, SpirvType.I32, component(c, BuiltIn.NumWorkgroups, d), workgroupSize(c, d));
        };
    }

    private static int workgroupSize(Lowering c, int d) {
        return c.constant(TypeTable.intConstant(DType.I32, c.kernel.grid().workgroupSize(d)));
    }

    /** Component {@code d} of builtin {@code builtIn}, reinterpreted as i32. */
    private static int component(Lowering c, BuiltIn builtIn, int d) {
        int variable = c.builtins.computeIfAbsent(builtIn, bi -> {
            int v = c.module.variable(UVEC3, StorageClass.Input);
            c.module.decorateBuiltIn(v, bi);
            c.module.name(v, bi.spirvName());
            c.interfaceIds.add(v);
            return v;
        });
        int vector = c.f.load(UVEC3, variable);
        int u = c.f.result(Op.OpCompositeExtract, SpirvType.U32, Operand.id(vector), Operand.lit(d));
        return c.f.result(Op.OpBitcast, SpirvType.I32, u);
    }
}
