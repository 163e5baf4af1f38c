package dev.tcc.codegen.spirv.exec;

import dev.tcc.codegen.spirv.KernelLayout;
import dev.tcc.codegen.spirv.asm.Instruction;
import dev.tcc.codegen.spirv.asm.Operand;
import dev.tcc.codegen.spirv.asm.SpirvModule;
import dev.tcc.codegen.spirv.exec.SpirvValues.Composite;
import dev.tcc.codegen.spirv.exec.SpirvValues.Pointer;
import dev.tcc.codegen.spirv.exec.SpirvValues.Ptr;
import dev.tcc.codegen.spirv.exec.SpirvValues.Scalar;
import dev.tcc.codegen.spirv.exec.SpirvValues.Type;
import dev.tcc.codegen.spirv.grammar.BuiltIn;
import dev.tcc.codegen.spirv.grammar.Decoration;
import dev.tcc.codegen.spirv.grammar.Op;
import dev.tcc.codegen.spirv.grammar.StorageClass;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.HostArrays;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.tcc.codegen.spirv.exec.SpirvValues.id;
import static dev.tcc.codegen.spirv.exec.SpirvValues.lit;

/**
 * Runs a tcc-rendered compute module on the CPU, one work-item after another, so tests can compare its results
 * with {@code KernelInterpreter}'s without a Vulkan device. It reads the module the renderer wrote (one
 * function, the subset of SPIR-V tcc emits) and binds host arrays and scalars as {@link KernelLayout} says.
 * Work-items of a workgroup run in turns up to each OpControlBarrier. Reading memory never written is an error.
 */
public final class SpirvInterpreter {
    private final Map<Integer, Type> types = new HashMap<>();
    private final Map<Integer, Type> valueTypes = new HashMap<>();
    private final Map<Integer, Object> constants = new HashMap<>();
    private final Map<Integer, StorageClass> globals = new HashMap<>();
    private final Map<Integer, Integer> globalPointee = new HashMap<>();
    private final Map<Integer, BuiltIn> builtins = new HashMap<>();
    /** Binding number to its storage-buffer variable. */
    private final Map<Integer, Integer> bindings = new HashMap<>();
    private final List<Instruction> body = new ArrayList<>();
    private final Map<Integer, Integer> labels = new HashMap<>();

    private SpirvInterpreter(SpirvModule module) {
        boolean inFunction = false;
        for (Instruction i : module.instructions()) {
            List<Operand> ops = i.operands();
            if (i.op() == Op.OpFunction) inFunction = true;
            if (inFunction) {
                if (i.op() == Op.OpLabel) labels.put(id(ops.getFirst()), body.size());
                body.add(i);
                if (i.resultType() != 0) valueTypes.put(i.resultId(), types.get(i.resultType()));
                continue;
            }
            if (i.op() == Op.OpTypeArray) {
                int length = (int) (long) (Long) constants.get(id(ops.get(2)));
                types.put(i.resultId(), new Composite(List.of(id(ops.get(1))), length));
            } else if (SpirvValues.isType(i.op())) {
                types.put(i.resultId(), SpirvValues.declare(i, types));
            }
            switch (i.op()) {
                case OpConstant -> constants.put(i.resultId(), constant((Scalar) types.get(i.resultType()), ops));
                case OpConstantTrue, OpConstantFalse -> constants.put(i.resultId(), i.op() == Op.OpConstantTrue);
                case OpVariable -> {
                    globals.put(i.resultId(), (StorageClass) ((Operand.Enumerant) ops.get(2)).value());
                    globalPointee.put(i.resultId(), ((Pointer) types.get(i.resultType())).pointee());
                }
                case OpDecorate -> {
                    if (((Operand.Enumerant) ops.get(1)).value() == Decoration.BuiltIn) {
                        builtins.put(id(ops.getFirst()), (BuiltIn) ((Operand.Enumerant) ops.get(2)).value());
                    }
                    if (((Operand.Enumerant) ops.get(1)).value() == Decoration.Binding) bindings.put(lit(ops.get(2)), id(ops.getFirst()));
                }
                default -> { }
            }
            if (constants.containsKey(i.resultId())) valueTypes.put(i.resultId(), types.get(i.resultType()));
        }
    }

    private static Object constant(Scalar t, List<Operand> ops) {
        long bits = lit(ops.get(2)) & 0xffffffffL;
        if (ops.size() > 3) bits |= (long) lit(ops.get(3)) << 32;
        return switch (t.kind()) {
            case FLOAT -> t.width() == 64 ? Double.longBitsToDouble(bits) : t.width() == 32
                    ? (double) Float.intBitsToFloat((int) bits) : (double) Float.float16ToFloat((short) bits);
            default -> SpirvValues.scalar(t, 0, bits);
        };
    }

    /**
     * Runs {@code module} over {@code grid}; {@code args} are the kernel's arguments in parameter order (host
     * arrays for buffers, numbers for scalars), and stored values land in the arrays.
     */
    public static void run(SpirvModule module, KernelLayout layout, Grid grid, Object... args) {
        new SpirvInterpreter(module).launch(layout, grid, args);
    }

    private void launch(KernelLayout layout, Grid grid, Object[] args) {
        Map<Integer, Object[]> shared = new HashMap<>();
        List<Object[]> bufferData = new ArrayList<>();
        int nextBuffer = 0;
        int nextScalar = 0;
        Object[] pushMembers = new Object[layout.pushConstants().size()];
        for (Object arg : args) {
            if (arg.getClass().isArray()) {
                KernelLayout.BufferBinding b = layout.buffers().get(nextBuffer++);
                Object[] elements = fromHost(b.elementType(), arg);
                bufferData.add(elements);
                shared.put(bindings.get(b.binding()), new Object[] {new Object[] {elements}});
            } else {
                KernelLayout.PushConstant p = layout.pushConstants().get(nextScalar);
                Number n = (Number) arg;
                pushMembers[nextScalar++] = p.type().isFloat() ? (Object) SpirvValues.round(n.doubleValue(), p.type().bits()) : (Object) n.longValue();
            }
        }
        globals.forEach((var, sc) -> {
            if (sc == StorageClass.PushConstant) shared.put(var, new Object[] {pushMembers});
        });
        for (int gz = 0; gz < grid.groups(2); gz++) {
            for (int gy = 0; gy < grid.groups(1); gy++) {
                for (int gx = 0; gx < grid.groups(0); gx++) runGroup(grid, new long[] {gx, gy, gz}, shared);
            }
        }
        for (int k = 0; k < bufferData.size(); k++) {
            Object arg = args[indexOfArray(args, k)];
            toHost(layout.buffers().get(k).elementType(), bufferData.get(k), arg);
        }
    }

    private static int indexOfArray(Object[] args, int k) {
        for (int i = 0, seen = 0; i < args.length; i++) {
            if (args[i].getClass().isArray() && seen++ == k) return i;
        }
        throw new IllegalArgumentException("no buffer argument " + k);
    }

    private void runGroup(Grid grid, long[] group, Map<Integer, Object[]> launchShared) {
        Map<Integer, Object[]> shared = new HashMap<>(launchShared);
        globals.forEach((var, sc) -> {
            if (sc == StorageClass.Workgroup) shared.put(var, new Object[] {allocate(globalPointee.get(var))});
        });
        List<Invocation> items = new ArrayList<>();
        for (int z = 0; z < grid.workgroupSize(2); z++) {
            for (int y = 0; y < grid.workgroupSize(1); y++) {
                for (int x = 0; x < grid.workgroupSize(0); x++) {
                    Map<BuiltIn, Object[]> ids = Map.of(
                            BuiltIn.LocalInvocationId, vec(x, y, z),
                            BuiltIn.WorkgroupId, vec(group[0], group[1], group[2]),
                            BuiltIn.NumWorkgroups, vec(grid.groups(0), grid.groups(1), grid.groups(2)),
                            BuiltIn.GlobalInvocationId, vec(group[0] * grid.workgroupSize(0) + x,
                                    group[1] * grid.workgroupSize(1) + y, group[2] * grid.workgroupSize(2) + z));
                    items.add(new Invocation(this, shared, ids));
                }
            }
        }
        boolean running = true;
        while (running) {
            int atBarrier = 0;
            int done = 0;
            for (Invocation item : items) {
                Invocation.State s = item.resume();
                if (s == Invocation.State.BARRIER) atBarrier++;
                else done++;
            }
            if (atBarrier > 0 && done > 0) throw new IllegalStateException("barrier reached by only some work-items of a workgroup");
            running = atBarrier > 0;
        }
    }

    private static Object[] vec(long x, long y, long z) { return new Object[] {x, y, z}; }

    /** A fresh (never written) value of type id {@code t}: arrays and structs are containers of nulls. */
    Object allocate(int t) {
        return switch (types.get(t)) {
            case Composite c when c.length() > 0 -> {
                Object[] a = new Object[c.length()];
                for (int i = 0; i < a.length; i++) a[i] = allocate(c.members().getFirst());
                yield a;
            }
            case Composite c when c.length() == 0 -> {
                Object[] s = new Object[c.members().size()];
                for (int i = 0; i < s.length; i++) s[i] = allocate(c.members().get(i));
                yield s;
            }
            default -> null;
        };
    }

    // ---- module facts for the invocations --------------------------------------------------------

    List<Instruction> body() { return body; }

    int label(int id) { return labels.get(id); }

    Object constant(int id) { return constants.get(id); }

    Type valueType(int id) { return valueTypes.get(id); }

    Type type(int id) { return types.get(id); }

    BuiltIn builtin(int var) { return builtins.get(var); }

    boolean isGlobal(int var) { return globals.containsKey(var); }

    // ---- host arrays -----------------------------------------------------------------------------

    private static Object[] fromHost(DType t, Object array) {
        Object[] out = new Object[HostArrays.length(array)];
        for (int i = 0; i < out.length; i++) {
            out[i] = t.isFloat() ? (Object) HostArrays.getDouble(t, array, i) : (Object) HostArrays.getLong(t, array, i);
        }
        return out;
    }

    private static void toHost(DType t, Object[] elements, Object array) {
        for (int i = 0; i < elements.length; i++) {
            Object v = elements[i];
            if (v == null) continue;
            if (t.isFloat()) HostArrays.setDouble(t, array, i, (Double) v);
            else HostArrays.setLong(t, array, i, (Long) v);
        }
    }

    /** Pointer helper for invocations. */
    static Ptr element(Ptr base, long index) {
        Object[] container = (Object[]) base.get();
        if (index < 0 || index >= container.length) {
            throw new IndexOutOfBoundsException("index " + index + " out of bounds for length " + container.length);
        }
        return new Ptr(container, (int) index);
    }
}
