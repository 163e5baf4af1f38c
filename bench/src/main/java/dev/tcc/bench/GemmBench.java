package dev.tcc.bench;

import dev.tcc.ir.DType;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.program.HostTensor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import java.util.List;

/**
 * {@code y[m,n] = a[m,k] . b[k,n]} with {@code b} a weight (on the device before timing), {@code a} uploaded
 * and {@code y} read back per invocation, on tcc and on CLBlast (SGEMM; SGEMV when {@code m} is 1) on the
 * same OpenCL device. Shapes: square SGEMMs, a transformer's MLP matmuls (128 tokens, width 768), a GEMV.
 */
public class GemmBench extends BenchBase {
    /** {@code MxKxN}. */
    @Param({"512x512x512", "1024x1024x1024", "2048x2048x2048", "128x768x3072", "128x3072x768", "1x4096x4096"})
    public String mkn;

    private ClQueue cl;
    private ClBlast blast;
    private long m, k, n, a, b, y;
    private HostTensor aHost, yHost;

    /** The flops of one {@code MxKxN} product. */
    public static Workload work(String mkn) {
        long[] d = dims(mkn);
        return Workload.flops(2.0 * d[0] * d[1] * d[2]);
    }

    private static long[] dims(String mkn) {
        String[] p = mkn.split("x");
        return new long[] {Long.parseLong(p[0]), Long.parseLong(p[1]), Long.parseLong(p[2])};
    }

    /** {@code a[m,k] . w[k,n]}, weights scaled by 1/sqrt(k) so outputs stay near 1 as in a network layer. */
    static OpModel model(long m, long k, long n) {
        OpModel.Builder g = new OpModel.Builder();
        g.node("MatMul", "y", List.of(g.input("a", m, k), g.weight("w", 1 / Math.sqrt(k), k, n)));
        return g.build("y", m, n);
    }

    @Setup
    public void setup() {
        long[] d = dims(mkn);
        m = d[0];
        k = d[1];
        n = d[2];
        OpModel model = model(m, k, n);
        TccRun tcc = keep(TccRun.compile(model, device()));
        cl = keep(ClQueue.on(device().info()));
        blast = new ClBlast(cl);
        a = cl.buffer(4 * m * k);
        b = cl.buffer(4 * k * n);
        y = cl.buffer(4 * m * n);
        aHost = HostTensor.of(model.inputs().get("a"));
        cl.write(b, HostTensor.of(model.weights().get("w")).data());
        yHost = HostTensor.allocate(TensorType.of(DType.F32, m, n));
        // CLBlast's GEMV reads y even with beta 0: garbage in a fresh buffer came out as NaN in some elements
        cl.write(y, yHost.data());
        checked(mkn, tcc, List.of(clblast().toTensor()), Check.RTOL, Check.ATOL);
    }

    @Benchmark
    public HostTensor clblast() {
        cl.write(a, aHost.data());
        if (m == 1) blast.sgemvTransposed(k, n, b, a, y);
        else blast.sgemm(m, n, k, a, b, y);
        cl.read(y, yHost.data());
        return yHost;
    }
}
