package dev.tcc.cli.exec;

import dev.tcc.api.profile.DeviceClass;
import dev.tcc.cli.targets.DeviceTarget;
import dev.tcc.compiler.Compiler;
import dev.tcc.frontend.onnx.proto.Onnx.GraphProto;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.frontend.onnx.proto.Onnx.NodeProto;
import dev.tcc.frontend.onnx.proto.Onnx.OperatorSetIdProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorProto;
import dev.tcc.frontend.onnx.proto.Onnx.TensorShapeProto;
import dev.tcc.frontend.onnx.proto.Onnx.TypeProto;
import dev.tcc.frontend.onnx.proto.Onnx.ValueInfoProto;
import dev.tcc.ir.program.HostTensor;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.Profile;
import dev.tcc.passes.lower.KernelTunings;
import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceInfo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the three figures {@code tcc profile}'s roofline needs for one device, the way {@code tcc bench} times a
 * model: arithmetic rate from an SGEMM, memory bandwidth from a large elementwise add (two reads and a write per
 * element), and the fixed cost of one launch from the wall time of a one-element model (inputs up, one launch,
 * outputs down). Each is compiled with the tuning database's records for the device, so the figures are what
 * tcc's own kernels reach there, not the hardware's peaks.
 */
public final class Calibration {
    /** Launches of the chain whose wall time gives the cost of one launch. */
    public static final int CHAIN = 8;
    /** The square SGEMM's size. */
    public static final int GEMM_N = 1024;
    /** Elements of the bandwidth add. */
    public static final int ADD_ELEMENTS = 1 << 24;

    private Calibration() {}

    /** What was measured: the figures as a device class row, and each benchmark's median for the record. */
    public record Figures(DeviceClass device, double gemmMs, double addMs, double launchMs) {}

    /**
     * Measures {@code device} (of {@code backend}, compiled for {@code profile} with {@code tunings}) with
     * {@code runs} timed runs per benchmark after {@code warmup} untimed ones.
     */
    public static Figures measure(Backend backend, Profile profile, Device device, KernelTunings tunings, int warmup, int runs) {
        double gemmMs = time(backend, profile, device, tunings, matmul(GEMM_N), warmup, runs).deviceMs();
        double addMs = time(backend, profile, device, tunings, add(ADD_ELEMENTS), warmup, runs).deviceMs();
        // one launch's cost: the wall-clock difference between a chain of CHAIN dependent small products and one
        // of them, per extra launch (the inputs up and outputs down, paid once per run, cancel out)
        double oneMs = time(backend, profile, device, tunings, chain(1), warmup, Math.max(runs, 50)).wallMedianMs();
        double chainMs = time(backend, profile, device, tunings, chain(CHAIN), warmup, Math.max(runs, 50)).wallMedianMs();
        double launchMs = Math.max(chainMs - oneMs, 0) / (CHAIN - 1);
        double flops = 2.0 * GEMM_N * GEMM_N * GEMM_N / (gemmMs / 1e3);
        double bytes = 3.0 * 4 * ADD_ELEMENTS / (addMs / 1e3);
        DeviceInfo info = device.info();
        String source = String.format(Locale.ROOT, "measured by tcc bench --calibrate on %s: SGEMM %d^3 %.3f ms device time, add of %d f32 %.3f ms,"
                        + " %.3f ms per launch on the wall clock (%d dependent 1x16 by 16x16 products %.3f ms a run, one %.3f ms)", LocalDate.now(), GEMM_N,
                gemmMs, ADD_ELEMENTS, addMs, launchMs, CHAIN, chainMs, oneMs);
        DeviceClass row = new DeviceClass(DeviceClass.MEASURED_PREFIX + backend.name(), flops, bytes, launchMs / 1e3, info.name(), source);
        return new Figures(row, gemmMs, addMs, launchMs);
    }

    private static Bench.Result time(Backend backend, Profile profile, Device device, KernelTunings tunings, ModelProto m, int warmup, int runs) {
        Compiler.Options o = Compiler.Options.DEFAULT.withTuning(DeviceTarget.lowering(device.info(), tunings));
        Compiler.Optimised opt = Compiler.optimise(m, Path.of("calibration.onnx"), o);
        KernelProgram p = Compiler.lower(opt, backend.codegen(), profile, o).rendered();
        Map<String, HostTensor> inputs = new LinkedHashMap<>();
        List<Map.Entry<String, dev.tcc.ir.TensorType>> types = opt.graph().inputs().stream().map(v -> Map.entry(v.name(), v.type())).toList();
        SampleInputs.random(types).forEach((name, t) -> inputs.put(name, HostTensor.of(t)));
        return Bench.run(p, device, inputs, warmup, runs);
    }

    /** {@code c = a . b} for two {@code n x n} f32 inputs. */
    static ModelProto matmul(int n) { return binary("MatMul", n, n); }

    /**
     * {@code n} dependent vector-matrix products of width 16, {@code t1 = a . b, t2 = t1 . b, ...}: {@code n} kernels that
     * cannot fuse, each a few thousand operations.
     */
    static ModelProto chain(int n) {
        GraphProto.Builder g = GraphProto.newBuilder().setName("calibration").addInput(f32("a", 1, 16)).addInput(f32("b", 16, 16));
        String x = "a";
        for (int i = 1; i <= n; i++) {
            String y = i == n ? "c" : "t" + i;
            g.addNode(NodeProto.newBuilder().setOpType("MatMul").addInput(x).addInput("b").addOutput(y));
            x = y;
        }
        return model(g.addOutput(f32("c", 1, 16)));
    }

    /** {@code c = a + b} for two f32 vectors of {@code n} elements. */
    static ModelProto add(int n) { return binary("Add", n); }

    /** {@code c = a OP b} for two f32 inputs and an output of shape {@code dims} (a square MatMul keeps the shape). */
    private static ModelProto binary(String op, long... dims) {
        return model(GraphProto.newBuilder().setName("calibration")
                .addNode(NodeProto.newBuilder().setOpType(op).addInput("a").addInput("b").addOutput("c"))
                .addInput(f32("a", dims)).addInput(f32("b", dims)).addOutput(f32("c", dims)));
    }

    private static ModelProto model(GraphProto.Builder g) {
        return ModelProto.newBuilder().setIrVersion(8).addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(17)).setGraph(g).build();
    }

    private static ValueInfoProto f32(String name, long... dims) {
        TensorShapeProto.Builder s = TensorShapeProto.newBuilder();
        Arrays.stream(dims).forEach(d -> s.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d)));
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(s))).build();
    }
}
