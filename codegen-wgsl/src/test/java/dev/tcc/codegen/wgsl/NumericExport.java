package dev.tcc.codegen.wgsl;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.HostArrays;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.SampleKernels;
import dev.tcc.ir.kernel.ScalarParam;
import dev.tcc.ir.kernel.interp.KernelInterpreter;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.passes.lower.SampleGraphs;
import dev.tcc.ir.kernel.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import static dev.tcc.ir.kernel.Exprs.*;

/**
 * Writes, for each kernel it can size, a JSON file with the WGSL, the device-layout contents of every
 * buffer and of the uniform buffer (as {@link WgslLayout} says the host lays them out), and the kernel
 * interpreter's results, for a WebGPU harness outside the build to run and compare. Runs only with
 * {@code -Dtcc.wgsl.export=DIR}; {@code -Dtcc.wgsl.seed=N} picks the {@link SampleGraphs} seed (default 1).
 */
@EnabledIfSystemProperty(named = "tcc.wgsl.export", matches = ".+")
class NumericExport {

    record Job(String name, Kernel kernel, List<Object> args, WgslOptions options) {
        @Override public String toString() { return name; }
    }

    @Test
    void export() throws IOException {
        Path dir = Path.of(System.getProperty("tcc.wgsl.export"));
        Files.createDirectories(dir);
        List<Job> jobs = jobs(Long.getLong("tcc.wgsl.seed", 1));
        for (Job j : jobs) {
            WgslKernel w;
            List<Object> before = j.args().stream().map(NumericExport::copy).toList();
            List<Object> after = j.args().stream().map(NumericExport::copy).toList();
            try {
                w = new WgslRenderer(j.options()).render(j.kernel());
                KernelInterpreter.run(j.kernel(), after.toArray());
            } catch (WgslException | dev.tcc.ir.kernel.KernelIrException e) {
                System.out.println("skipped " + j.name() + ": " + e.getMessage());
                continue;
            }
            Files.writeString(dir.resolve(j.name() + ".json"), json(j, w, before, after));
        }
    }

    /** The kernels with arguments: samples sized by hand, lowered kernels sized by their program (weights as lowered). */
    static List<Job> jobs(long seed) {
        Random r = new Random(3);
        List<Job> jobs = new ArrayList<>();
        jobs.add(sample(SampleKernels.broadcastMulAddRelu(3, 5, 64), r, 15, 5, 3, 15));
        jobs.add(sample(SampleKernels.rowSum(4, 1000, 128), r, 4000, 4));
        jobs.add(sample(SampleKernels.tiledMatmul(64, 48, 40, 16), r, 64 * 40, 40 * 48, 64 * 48));
        Kernel axpy = SampleKernels.halfAxpy(1000, 64);
        jobs.add(sample(axpy, r, 1000, 1000, 0.75f, 1000));
        Job noF16 = sample(axpy, r, 1000, 1000, 0.75f, 1000);
        jobs.add(new Job("half_axpy_no_f16", axpy, noF16.args(), WgslOptions.SWIFTSHADER));
        jobs.add(mathEdges());
        int n = WgslSamples.STORAGE_ELEMENTS;
        Job storage = sample(WgslSamples.storageTypes(), r, n, n, n, n, n, n, n, n, n, n, 1.5f, 120L);
        jobs.add(storage);
        jobs.add(new Job("storage_types_no_f16", storage.kernel(), storage.args(), WgslOptions.SWIFTSHADER));
        for (SampleGraphs.Case c : SampleGraphs.all(seed)) {
            KernelProgram p = Lowering.lower(c.graph(), WgslCorpus.WEBGPU);
            for (int i = 0; i < p.launches().size(); i++) {
                var l = p.launches().get(i);
                List<Object> args = new ArrayList<>();
                for (int a = 0; a < l.args().size(); a++) {
                    switch (l.args().get(a)) {
                        case KernelProgram.Arg.BufferArg b -> {
                            var buf = p.buffer(b.buffer());
                            DType t = ((BufferParam) l.kernel().params().get(a)).elementType();
                            args.add(buf.role() == KernelProgram.Role.WEIGHT ? weights(p, buf, t) : random(t, (int) buf.elements(), r));
                        }
                        case KernelProgram.Arg.ScalarArg s -> args.add(s.value());
                    }
                }
                jobs.add(new Job("graph_" + c.name() + "_" + i + "_" + l.kernel().name(), l.kernel(), args, WgslOptions.LAVAPIPE));
            }
        }
        return jobs;
    }

    /** Math functions, NaN-aware min/max, conversions and predicates on the values where targets differ. */
    private static Job mathEdges() {
        float[] xs = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f, -0f, 1e-40f, 0.3f, -0.3f, 0.5f, -0.5f,
                2.5f, -2.5f, 3.5f, 20f, -20f, 50f, -50f, 100f, -100f, 3e9f, -3e9f, 1e10f, -1e10f, 1e38f, -1e38f, 2147483520f,
                4294967040f, 0.75f, 7.3f, -7.3f, 1.5f, 89f};
        float[] ys = new float[xs.length];
        for (int i = 0; i < xs.length; i++) ys[i] = i % 3 == 0 ? Float.NaN : xs[(i * 7) % xs.length];
        Kernel k = Kernel.build("math_edges", kb -> {
            var x = kb.input("x", DType.F32);
            var y = kb.input("y", DType.F32);
            var tanh = kb.output("o_tanh", DType.F32);
            var erf = kb.output("o_erf", DType.F32);
            var min = kb.output("o_min", DType.F32);
            var max = kb.output("o_max", DType.F32);
            var toI = kb.output("o_i32", DType.I32);
            var toU = kb.output("o_u32", DType.U32);
            var flags = kb.output("o_flags", DType.U32);
            var rem = kb.output("o_rem", DType.F32);
            var rint = kb.output("o_rint", DType.F32);
            kb.grid(Grid.of(1, xs.length));
            kb.body(s -> {
                var i = s.let("i", globalId(0));
                var v = s.let("v", load(x, i));
                var w = s.let("w", load(y, i));
                s.store(tanh, i, dev.tcc.ir.kernel.Exprs.tanh(v));
                s.store(erf, i, dev.tcc.ir.kernel.Exprs.erf(v));
                s.store(min, i, dev.tcc.ir.kernel.Exprs.min(v, w));
                s.store(max, i, dev.tcc.ir.kernel.Exprs.max(v, w));
                s.store(toI, i, cast(DType.I32, v));
                s.store(toU, i, cast(DType.U32, v));
                s.store(flags, i, bitOr(bitOr(cast(DType.U32, isNan(v)), shl(cast(DType.U32, new dev.tcc.ir.kernel.Expr.Call(dev.tcc.ir.kernel.MathFn.ISINF, List.of(v))), u32(1))),
                        bitOr(shl(cast(DType.U32, cast(DType.BOOL, v)), u32(2)), shl(cast(DType.U32, ne(v, w)), u32(3)))));
                s.store(rem, i, dev.tcc.ir.kernel.Exprs.rem(v, f32(0.75)));
                s.store(rint, i, new dev.tcc.ir.kernel.Expr.Call(dev.tcc.ir.kernel.MathFn.RINT, List.of(v)));
            });
        });
        List<Object> args = new ArrayList<>(List.of(xs, ys));
        for (int i = 0; i < 9; i++) args.add(i == 4 || i == 5 || i == 6 ? new int[xs.length] : new float[xs.length]);
        return new Job("math_edges", k, args, WgslOptions.LAVAPIPE);
    }

    private static Job sample(Kernel k, Random r, Object... sizesAndScalars) {
        List<Object> args = new ArrayList<>();
        int i = 0;
        for (Param p : k.params()) {
            Object v = sizesAndScalars[i++];
            args.add(p instanceof BufferParam b ? random(b.elementType(), (Integer) v, r) : v);
        }
        return new Job(k.name(), k, args, WgslOptions.LAVAPIPE);
    }

    private static Object random(DType t, int n, Random r) {
        Object a = HostArrays.allocate(t, n);
        for (int i = 0; i < n; i++) {
            switch (t) {
                case F32, F16 -> HostArrays.setDouble(t, a, i, r.nextDouble() * 4 - 2);
                case BOOL -> HostArrays.setLong(t, a, i, r.nextInt(2));
                case I8, U8, I16, U16 -> HostArrays.setLong(t, a, i, r.nextInt(256) - 128);
                default -> HostArrays.setLong(t, a, i, r.nextInt(41) - 20);
            }
        }
        return a;
    }

    private static Object weights(KernelProgram p, KernelProgram.Buffer b, DType t) {
        ByteBuffer in = ByteBuffer.wrap(p.weights()).order(ByteOrder.LITTLE_ENDIAN);
        int n = (int) b.elements();
        Object a = HostArrays.allocate(t, n);
        int at = (int) b.offset();
        for (int i = 0; i < n; i++) {
            switch (t) {
                case F32 -> ((float[]) a)[i] = in.getFloat(at + 4 * i);
                case I32, U32 -> ((int[]) a)[i] = in.getInt(at + 4 * i);
                case I64, U64 -> ((long[]) a)[i] = in.getLong(at + 8 * i);
                case F16, I16, U16 -> ((short[]) a)[i] = in.getShort(at + 2 * i);
                case I8, U8, BOOL -> ((byte[]) a)[i] = in.get(at + i);
                default -> throw new IllegalArgumentException(t.toString());
            }
        }
        return a;
    }

    static Object copy(Object a) {
        if (a instanceof Number) return a;
        int n = HostArrays.length(a);
        Object c = java.lang.reflect.Array.newInstance(a.getClass().componentType(), n);
        System.arraycopy(a, 0, c, 0, n);
        return c;
    }

    /** The bytes the device buffer holds, laid out as {@link WgslLayout.Binding#packing} says. */
    private static byte[] deviceBytes(WgslLayout.Binding b, Object a) {
        int n = HostArrays.length(a);
        ByteBuffer out = ByteBuffer.allocate((int) Math.max(4, b.deviceBytes(n))).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            switch (b.elementType()) {
                case F32 -> out.putFloat(((float[]) a)[i]);
                case I32, U32 -> out.putInt(((int[]) a)[i]);
                case F16, I16, U16 -> out.putShort(((short[]) a)[i]);
                case I8, U8, BOOL -> out.put(((byte[]) a)[i]);
                case I64, U64 -> out.putInt(Math.toIntExact(((long[]) a)[i]));
                default -> throw new IllegalArgumentException(b.elementType().toString());
            }
        }
        return out.array();
    }

    private static String json(Job j, WgslKernel w, List<Object> before, List<Object> after) {
        StringBuilder s = new StringBuilder("{\"name\":").append(quote(j.name())).append(",\"f16\":").append(j.options().shaderF16())
                .append(",\"wgsl\":").append(quote(w.source())).append(",\"groups\":[");
        var g = j.kernel().grid();
        s.append(g.groups(0)).append(',').append(g.groups(1)).append(',').append(g.groups(2)).append("],\"buffers\":[");
        int bi = 0;
        ByteBuffer uniform = ByteBuffer.allocate(Math.max(16, w.layout().uniformBytes())).order(ByteOrder.LITTLE_ENDIAN);
        int ui = 0;
        for (int i = 0; i < j.kernel().params().size(); i++) {
            Param p = j.kernel().params().get(i);
            if (p instanceof BufferParam bp) {
                WgslLayout.Binding b = w.layout().bindings().get(bi++);
                if (bi > 1) s.append(',');
                s.append("{\"binding\":").append(b.binding()).append(",\"type\":").append(quote(b.elementType().toString()))
                        .append(",\"packing\":").append(quote(b.packing().name())).append(",\"elements\":").append(HostArrays.length(before.get(i)))
                        .append(",\"init\":").append(quote(b64(deviceBytes(b, before.get(i)))));
                if (bp.access().canStore()) s.append(",\"expect\":").append(quote(b64(deviceBytes(b, after.get(i)))));
                s.append('}');
            } else {
                var f = w.layout().uniforms().get(ui++);
                Number v = (Number) before.get(i);
                switch (Int64Narrowing.narrow(f.type())) {
                    case F32 -> uniform.putFloat(f.offset(), v.floatValue());
                    default -> uniform.putInt(f.offset(), Math.toIntExact(v.longValue()));
                }
            }
        }
        s.append("],\"uniformBinding\":").append(w.layout().uniformBinding()).append(",\"uniform\":").append(quote(b64(uniform.array())));
        return s.append("}").toString();
    }

    private static String b64(byte[] b) { return Base64.getEncoder().encodeToString(b); }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
