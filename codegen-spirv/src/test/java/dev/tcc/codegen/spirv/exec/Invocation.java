package dev.tcc.codegen.spirv.exec;

import dev.tcc.codegen.spirv.asm.Instruction;
import dev.tcc.codegen.spirv.asm.Operand;
import dev.tcc.codegen.spirv.exec.SpirvValues.Ptr;
import dev.tcc.codegen.spirv.exec.SpirvValues.Scalar;
import dev.tcc.codegen.spirv.grammar.BuiltIn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.tcc.codegen.spirv.exec.SpirvValues.id;
import static dev.tcc.codegen.spirv.exec.SpirvValues.lit;

/** One work-item: its program counter, SSA values and Function variables; runs until a barrier or the end. */
final class Invocation {
    enum State { BARRIER, DONE }

    private final SpirvInterpreter module;
    private final Map<Integer, Object[]> shared;
    private final Map<BuiltIn, Object[]> ids;
    private final Map<Integer, Object> values = new HashMap<>();
    private final SpirvOps ops;
    private int pc;

    Invocation(SpirvInterpreter module, Map<Integer, Object[]> shared, Map<BuiltIn, Object[]> ids) {
        this.module = module;
        this.shared = shared;
        this.ids = ids;
        this.ops = new SpirvOps(this::value, module::valueType);
    }

    private Object value(int id) {
        Object v = values.get(id);
        if (v == null) v = module.constant(id);
        if (v == null) throw new IllegalStateException("%" + id + " has no value here");
        return v;
    }

    /** Runs from where it stopped; returns why it stopped. */
    State resume() {
        List<Instruction> body = module.body();
        while (pc < body.size()) {
            Instruction i = body.get(pc++);
            List<Operand> o = i.operands();
            switch (i.op()) {
                case OpFunction, OpLabel, OpSelectionMerge, OpLoopMerge -> { }
                case OpReturn, OpFunctionEnd -> {
                    pc = body.size();
                    return State.DONE;
                }
                case OpControlBarrier -> {
                    return State.BARRIER;
                }
                case OpBranch -> pc = module.label(id(o.getFirst()));
                case OpBranchConditional -> pc = module.label(id(o.get((Boolean) value(id(o.getFirst())) ? 1 : 2)));
                case OpVariable -> {
                    int pointee = ((SpirvValues.Pointer) module.type(i.resultType())).pointee();
                    values.put(i.resultId(), new Ptr(new Object[] {module.allocate(pointee)}, 0));
                }
                case OpLoad -> values.put(i.resultId(), pointer(id(o.get(2))).get());
                case OpStore -> pointer(id(o.get(0))).set(value(id(o.get(1))));
                case OpAccessChain -> {
                    Ptr p = pointer(id(o.get(2)));
                    for (int k = 3; k < o.size(); k++) p = SpirvInterpreter.element(p, index(id(o.get(k))));
                    values.put(i.resultId(), p);
                }
                case OpCompositeExtract -> values.put(i.resultId(), ((Object[]) value(id(o.get(2))))[lit(o.get(3))]);
                default -> values.put(i.resultId(), ops.eval(i, (Scalar) module.type(i.resultType())));
            }
        }
        return State.DONE;
    }

    /** An index operand as a number (signed for signed types). */
    private long index(int id) {
        Scalar t = (Scalar) module.valueType(id);
        return SpirvValues.normalise((Long) value(id), t.width(), t.kind() == SpirvValues.Kind.SIGNED);
    }

    private Ptr pointer(int id) {
        if (module.isGlobal(id)) {
            BuiltIn b = module.builtin(id);
            if (b != null) return new Ptr(new Object[] {ids.get(b)}, 0);
            return new Ptr(shared.get(id), 0);
        }
        return (Ptr) value(id);
    }
}
