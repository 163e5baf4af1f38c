package dev.tcc.bench;

import dev.tcc.ir.DType;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.program.HostTensor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code c = a + b} over {@code n} float32s, both inputs uploaded and {@code c} read back per invocation:
 * a bandwidth benchmark. Its peers move the same bytes without the add: {@code clcopy} uploads {@code a} and
 * {@code b}, copies {@code a} to {@code c} on the device ({@code clEnqueueCopyBuffer}) and reads {@code c};
 * {@code memcpy} copies the three arrays once on the host ({@link MemorySegment#copy}), the floor on a
 * device that shares host memory.
 */
public class AddBench extends BenchBase {
    @Param("16777216")
    public long n;

    private ClQueue cl;
    private long a, b, c;
    private HostTensor aHost, bHost, cHost;
    private MemorySegment[] from, to;

    /** Bytes one invocation's kernel reads and writes: two inputs and one output. */
    public static Workload work(String n) { return Workload.bytes(12.0 * Long.parseLong(n)); }

    @Setup
    public void setup() {
        OpModel.Builder g = new OpModel.Builder();
        g.node("Add", "c", List.of(g.input("a", n), g.input("b", n)));
        OpModel model = g.build("c", n);
        TccRun tcc = keep(TccRun.compile(model, device()));
        cl = keep(ClQueue.on(device().info()));
        a = cl.buffer(4 * n);
        b = cl.buffer(4 * n);
        c = cl.buffer(4 * n);
        Tensor x = model.inputs().get("a"), y = model.inputs().get("b");
        aHost = HostTensor.of(x);
        bHost = HostTensor.of(y);
        cHost = HostTensor.allocate(x.type());
        Arena arena = Arena.ofAuto();
        from = new MemorySegment[] {MemorySegment.ofBuffer(aHost.data()), MemorySegment.ofBuffer(bHost.data()), MemorySegment.ofBuffer(cHost.data())};
        to = new MemorySegment[] {arena.allocate(4 * n, 64), arena.allocate(4 * n, 64), arena.allocate(4 * n, 64)};
        double[] sum = new double[Math.toIntExact(n)];
        for (int i = 0; i < sum.length; i++) sum[i] = (float) (x.getDouble(i) + y.getDouble(i));
        checked(Long.toString(n), tcc, List.of(Tensor.ofDoubles(DType.F32, x.shape(), sum)), 0, 0);
    }

    @Benchmark
    public ByteBuffer clcopy() {
        cl.write(a, aHost.data());
        cl.write(b, bHost.data());
        cl.copy(a, c, 4 * n);
        cl.read(c, cHost.data());
        return cHost.data();
    }

    @Benchmark
    public MemorySegment memcpy() {
        for (int i = 0; i < from.length; i++) MemorySegment.copy(from[i], 0, to[i], 0, 4 * n);
        return to[2];
    }
}
