package dev.tcc.bench;

import dev.tcc.ir.Tensor;
import dev.tcc.passes.Pass;
import dev.tcc.passes.PassRunner;
import dev.tcc.passes.Pipeline;
import dev.tcc.passes.quant.QuantScheme;
import dev.tcc.passes.quant.QuantizeWeights;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import java.util.ArrayList;
import java.util.List;

/**
 * Quantised weights against f32 on the product that bounds batch-1 inference, {@code y[1,n] = x[1,k] . w[k,n]}: both
 * compiled by tcc for the same OpenCL device and timed in the same JMH run, inputs up and outputs back per
 * invocation. {@code tcc} runs the model with {@code --quantize SCHEME} (per output channel for int8, groups of
 * {@link #GROUP} for int4); the peer {@code f32} runs it as exported. Weight-only int8 reads a quarter of the f32
 * bytes, and its product is expected at half the f32 time or less. Before timing, the quantised outputs are checked
 * against the f32 ones, to within {@link #INT8_ERROR} (int8) or {@link #INT4_ERROR} (int4) of the largest output.
 */
public class QuantBench extends BenchBase {
    /** {@code SCHEME-MxKxN}. */
    @Param({"int8-1x4096x4096", "int4-1x4096x4096"})
    public String schemeMkn;

    /** The int4 group size (the g=32). */
    static final int GROUP = 32;
    /**
     * The largest difference from the f32 outputs, as a fraction of the largest f32 output: room for the quantisation
     * error, while a wrong column, scale or zero point gives errors the size of the outputs themselves.
     */
    static final double INT8_ERROR = 0.02, INT4_ERROR = 0.1;

    private TccRun f32;

    /** The flops of one product. */
    public static Workload work(String schemeMkn) { return GemmBench.work(schemeMkn.substring(schemeMkn.indexOf('-') + 1)); }

    @Setup
    public void setup() {
        String scheme = schemeMkn.substring(0, schemeMkn.indexOf('-'));
        String[] d = schemeMkn.substring(scheme.length() + 1).split("x");
        OpModel model = GemmBench.model(Long.parseLong(d[0]), Long.parseLong(d[1]), Long.parseLong(d[2]));
        List<Pass> passes = new ArrayList<>(Pipeline.defaults());
        passes.add(new QuantizeWeights(QuantScheme.parse(scheme), GROUP));
        TccRun quantised = keep(TccRun.compile(model, device(), new PassRunner(passes, Pipeline.kernelDefaults(), PassRunner.Options.NONE)));
        f32 = keep(TccRun.compile(model, device()));
        // checked against the f32 outputs within the quantisation error: a fraction of the largest output
        List<Tensor> want = f32.outputs();
        double scale = 0;
        for (double v : want.getFirst().toDoubles()) scale = Math.max(scale, Math.abs(v));
        checked(schemeMkn, quantised, want, 0, (scheme.equals("int8") ? INT8_ERROR : INT4_ERROR) * scale);
    }

    @Benchmark
    public Object f32() { return f32.run(); }
}
