package dev.tcc.ir.program;

import dev.tcc.ir.DType;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.kernel.HostArrays;
import dev.tcc.ir.kernel.interp.KernelInterpreter;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link KernelProgram} without a device, on the kernel interpreter: the check that lowering is
 * right independent of any driver. Buffers that kernels write start filled with NaN (floats) or a poison
 * pattern (integers), so a kernel that reads what no kernel wrote shows up in the outputs; out-of-bounds
 * accesses fail with the interpreter's message. Temporaries share arrays as the program's {@link MemoryPlan}
 * says, so a plan that lets two live values overlap shows up in the outputs too. A failed device check (see
 * {@link KernelProgram#checks}) throws {@link IrException} with its message, as a device run does.
 */
public final class ProgramInterpreter {
    private ProgramInterpreter() {}

    /** The outputs of {@code p} for {@code inputs} (by graph input name), in graph order. */
    public static List<Tensor> run(KernelProgram p, Map<String, Tensor> inputs) {
        Map<String, Object> memory = new HashMap<>();
        for (MemoryPlan.Slot s : p.memory().slots()) {
            Object a = HostArrays.allocate(s.storage(), Math.toIntExact(s.elements()));
            poison(s.storage(), a);
            for (String name : s.buffers()) memory.put(name, a);
        }
        for (KernelProgram.Buffer b : p.buffers()) {
            if (memory.containsKey(b.name())) continue;
            Object a = HostArrays.allocate(b.storage(), Math.toIntExact(b.elements()));
            switch (b.role()) {
                case WEIGHT -> decode(p.weights(), b, a);
                case TEMP -> poison(b.storage(), a);
                case INPUT, STATUS -> { }
            }
            memory.put(b.name(), a);
        }
        for (KernelProgram.Binding in : p.inputs()) {
            Tensor t = inputs.get(in.name());
            if (t == null) throw new IllegalArgumentException("missing input '" + in.name() + "'");
            Object host = HostCodec.toHost(t, p.buffer(in.buffer()).storage());
            System.arraycopy(host, 0, memory.get(in.buffer()), 0, t.size());
        }
        for (KernelProgram.Launch l : p.launches()) {
            Object[] args = new Object[l.args().size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = switch (l.args().get(i)) {
                    case KernelProgram.Arg.BufferArg b -> memory.get(b.buffer());
                    case KernelProgram.Arg.ScalarArg s -> s.value();
                };
            }
            KernelInterpreter.run(l.kernel(), args);
        }
        KernelProgram.Buffer status = p.statusBuffer();
        String failed = status == null ? null : p.failedCheck((int[]) memory.get(status.name()));
        if (failed != null) throw new IrException(failed);
        List<Tensor> out = new ArrayList<>();
        for (KernelProgram.Binding o : p.outputs()) {
            KernelProgram.Buffer b = p.buffer(o.buffer());
            Object a = memory.get(o.buffer());
            if (HostArrays.length(a) != b.elements()) { // a slot larger than this buffer: its first elements
                Object own = HostArrays.allocate(b.storage(), Math.toIntExact(b.elements()));
                System.arraycopy(a, 0, own, 0, Math.toIntExact(b.elements()));
                a = own;
            }
            out.add(HostCodec.fromHost(a, b.storage(), o.type().dtype(), o.type().shape()));
        }
        return out;
    }

    private static void decode(byte[] weights, KernelProgram.Buffer b, Object a) {
        ByteBuffer w = ByteBuffer.wrap(weights).order(ByteOrder.LITTLE_ENDIAN);
        int at = Math.toIntExact(b.offset());
        int n = HostArrays.length(a);
        for (int i = 0; i < n; i++) {
            switch (b.storage()) {
                case F32 -> ((float[]) a)[i] = w.getFloat(at + 4 * i);
                case F64 -> ((double[]) a)[i] = w.getDouble(at + 8 * i);
                case F16, I16, U16 -> ((short[]) a)[i] = w.getShort(at + 2 * i);
                case I8, U8, BOOL -> ((byte[]) a)[i] = w.get(at + i);
                case I32, U32 -> ((int[]) a)[i] = w.getInt(at + 4 * i);
                case I64, U64 -> ((long[]) a)[i] = w.getLong(at + 8 * i);
                default -> throw new IllegalStateException("storage " + b.storage());
            }
        }
    }

    private static void poison(DType storage, Object a) {
        int n = HostArrays.length(a);
        for (int i = 0; i < n; i++) {
            if (storage.isFloat()) HostArrays.setDouble(storage, a, i, Double.NaN);
            else HostArrays.setLong(storage, a, i, 0x5A5A5A5A5A5A5A5AL);
        }
    }
}
