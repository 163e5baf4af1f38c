package dev.tcc.runtime.exec;

import dev.tcc.ir.Tensor;
import dev.tcc.ir.kernel.HostArrays;
import dev.tcc.ir.program.HostCodec;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.runtime.CompiledKernel;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceBuffer;
import dev.tcc.runtime.DeviceException;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link KernelProgram} on a device. {@link #load} allocates every buffer, uploads the weights and
 * builds every kernel once; {@link #run} then uploads the inputs, queues the launches in order and reads
 * the outputs back as tensors of their graph types. {@link #run(KernelProgram, Device, Map)} does all of
 * it once. The same executor serves in-memory programs ({@code tcc conformance}) and artefacts
 * ({@link Artefact#read}).
 */
public final class Executor implements AutoCloseable {
    private final KernelProgram program;
    private final Device device;
    private final Map<String, DeviceBuffer> buffers = new LinkedHashMap<>();
    private final List<CompiledKernel> kernels = new ArrayList<>();
    private final List<Object[]> arguments = new ArrayList<>();

    private Executor(KernelProgram program, Device device) {
        this.program = program;
        this.device = device;
    }

    /** Loads {@code program} onto {@code device}: buffers, weights, built kernels. */
    public static Executor load(KernelProgram program, Device device) {
        Executor e = new Executor(program, device);
        try {
            e.allocate();
            e.build();
        } catch (RuntimeException ex) {
            e.close();
            throw ex;
        }
        return e;
    }

    /** Lowered {@code program} run once on {@code device} with {@code inputs} (by graph input name). */
    public static List<Tensor> run(KernelProgram program, Device device, Map<String, Tensor> inputs) {
        try (Executor e = load(program, device)) {
            return e.run(inputs);
        }
    }

    private void allocate() {
        byte[] w = program.weights();
        ByteBuffer staged = null;
        for (KernelProgram.Buffer b : program.buffers()) {
            DeviceBuffer d = device.allocate(b.storage(), b.elements());
            buffers.put(b.name(), d);
            if (b.role() == KernelProgram.Role.WEIGHT && b.elements() > 0) {
                if (staged == null) staged = ByteBuffer.allocateDirect(Math.max(1, w.length)).put(w).flip();
                device.write(d, staged.slice(Math.toIntExact(b.offset()), Math.toIntExact(b.bytes())));
            }
        }
    }

    private void build() {
        for (KernelProgram.Launch l : program.launches()) {
            CompiledKernel k = l.source() == null ? device.compile(l.kernel()) : device.compile(l.kernel(), l.source());
            kernels.add(k);
            Object[] args = new Object[l.args().size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = switch (l.args().get(i)) {
                    case KernelProgram.Arg.BufferArg b -> buffer(b.buffer());
                    case KernelProgram.Arg.ScalarArg s -> s.value();
                };
            }
            arguments.add(args);
        }
    }

    private DeviceBuffer buffer(String name) {
        DeviceBuffer b = buffers.get(name);
        if (b == null) throw new DeviceException("program " + program.name() + " has no buffer '" + name + "'");
        return b;
    }

    /** Runs the program on {@code inputs} (by graph input name) and returns the outputs in graph order. */
    public List<Tensor> run(Map<String, Tensor> inputs) {
        for (KernelProgram.Binding in : program.inputs()) {
            Tensor t = inputs.get(in.name());
            if (t == null) throw new DeviceException("program " + program.name() + ": missing input '" + in.name() + "' of type " + in.type());
            if (!t.type().equals(in.type())) {
                throw new DeviceException("program " + program.name() + ": input '" + in.name() + "' must be " + in.type() + ", got " + t.type());
            }
            KernelProgram.Buffer b = program.buffer(in.buffer());
            if (b.elements() > 0) device.write(buffer(in.buffer()), HostCodec.toHost(t, b.storage()));
        }
        for (int i = 0; i < kernels.size(); i++) device.enqueue(kernels.get(i), arguments.get(i));
        List<Tensor> out = new ArrayList<>();
        Map<String, Object> read = new HashMap<>();
        for (KernelProgram.Binding o : program.outputs()) {
            KernelProgram.Buffer b = program.buffer(o.buffer());
            Object host = read.computeIfAbsent(o.buffer(), name -> {
                Object a = HostArrays.allocate(b.storage(), Math.toIntExact(b.elements()));
                if (b.elements() > 0) device.read(buffer(name), a);
                return a;
            });
            out.add(HostCodec.fromHost(host, b.storage(), o.type().dtype(), o.type().shape()));
        }
        return out;
    }

    /** Runs the program and returns each launch's device time in nanoseconds (outputs are discarded). */
    public long[] profile(Map<String, Tensor> inputs) {
        run(inputs);
        long[] t = new long[kernels.size()];
        for (int i = 0; i < kernels.size(); i++) t[i] = device.launchTimed(kernels.get(i), arguments.get(i));
        return t;
    }

    public KernelProgram program() { return program; }

    /** Frees this program's buffers (kernels stay in the device's cache). */
    @Override
    public void close() {
        buffers.values().forEach(DeviceBuffer::close);
        buffers.clear();
    }
}
