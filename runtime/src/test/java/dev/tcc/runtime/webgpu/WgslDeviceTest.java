package dev.tcc.runtime.webgpu;

import dev.tcc.codegen.wgsl.WgslRenderer;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.runtime.Backends;
import dev.tcc.runtime.CompiledKernel;
import dev.tcc.runtime.DeviceBuffer;
import dev.tcc.runtime.DeviceException;
import dev.tcc.runtime.Devices;
import dev.tcc.runtime.HostBuffers;
import dev.tcc.runtime.KernelArg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.tcc.ir.kernel.Exprs.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The WebGPU {@link dev.tcc.runtime.Device}: registration, host layouts of 64-bit and packed tensors, scalars, timing. */
class WgslDeviceTest {
    private final WgslDevice device = TestWgslDevice.shared();

    @AfterAll static void noWarnings() { TestWgslDevice.assertNoWarnings(); }

    @Test
    void registeredAfterOpenClAndListedWithFeaturesAndLimits() {
        assertThat(Backends.all().stream().map(b -> b.name()).toList()).containsSubsequence("opencl", "webgpu");
        String listing = Devices.discover().describe();
        assertThat(listing).contains("webgpu:0", "(webgpu)", "shader-f16", "maxStorageBuffersPerShaderStage");
        assertThat(device.profile().fp64()).as("f64 is held and computed as f32").isTrue();
        assertThat(device.options().maxStorageBuffers()).isEqualTo((int) device.info().limits().get("maxStorageBuffersPerShaderStage").longValue());
    }

    /** {@code out[i] = x[i]} over i64 tensors (WGSL holds them in i32), {@code neg[i] = x[i] < k} (i64 scalar), low bytes in u8. */
    private static Kernel scaleI64() {
        return Kernel.build("scale_i64", kb -> {
            var x = kb.input("x", DType.I64);
            var out = kb.output("out", DType.I64);
            var neg = kb.output("neg", DType.BOOL);
            var low = kb.output("low", DType.U8);
            var k = kb.scalar("k", DType.I64);
            var n = kb.scalar("n", DType.I32);
            kb.grid(Grid.covering(100, 32));
            kb.body(s -> {
                var i = s.let("i", globalId(0));
                s.ifThen(lt(i, n), t -> {
                    var v = t.let("v", load(x, i));
                    t.store(out, i, v);
                    t.store(neg, i, lt(v, k));
                    t.store(low, i, cast(DType.U32, v));
                });
            });
        });
    }

    @Test
    void int64TensorsTravelAsInt32AndComeBackWidened() {
        int n = 37;
        long[] x = new long[n];
        for (int i = 0; i < n; i++) x[i] = (i - 18) * 1000L;
        try (DeviceBuffer in = device.upload(DType.I64, n, HostBuffers.of(x));
             DeviceBuffer out = device.allocate(DType.I64, n);
             DeviceBuffer neg = device.allocate(DType.BOOL, n);
             DeviceBuffer low = device.allocate(DType.U8, n)) {
            CompiledKernel k = device.compile(scaleI64());
            device.enqueue(k, List.of(KernelArg.of(in), KernelArg.of(out), KernelArg.of(neg), KernelArg.of(low), KernelArg.of(0L), KernelArg.of(n)));
            long[] got = (long[]) read(out);
            byte[] negs = (byte[]) read(neg);
            byte[] lows = (byte[]) read(low);
            for (int i = 0; i < n; i++) {
                assertThat(got[i]).as("out[%d]", i).isEqualTo(x[i]);
                assertThat(negs[i]).as("neg[%d]", i).isEqualTo((byte) (x[i] < 0 ? 1 : 0));
                assertThat(lows[i]).as("low[%d]", i).isEqualTo((byte) x[i]);
            }
            assertThat(device.launchTimed(k, List.of(KernelArg.of(in), KernelArg.of(out), KernelArg.of(neg), KernelArg.of(low),
                    KernelArg.of(-17_500L), KernelArg.of(n)))).isPositive();
            assertThat((byte[]) read(neg)).startsWith((byte) 1, (byte) 0, (byte) 0);
        }
    }

    @Test
    void int64ValuesBeyond32BitsAreRefusedNamingTheBuffer() {
        long[] x = {1, 5_000_000_000L};
        try (DeviceBuffer b = device.allocate(DType.I64, 2)) {
            assertThatThrownBy(() -> device.write(b, HostBuffers.of(x))).isInstanceOf(DeviceException.class)
                    .hasMessageContaining("element 1").hasMessageContaining("5000000000").hasMessageContaining("i32");
        }
        CompiledKernel k = device.compile(scaleI64());
        try (DeviceBuffer in = device.allocate(DType.I64, 4); DeviceBuffer out = device.allocate(DType.I64, 4);
             DeviceBuffer neg = device.allocate(DType.BOOL, 4); DeviceBuffer low = device.allocate(DType.U8, 4)) {
            assertThatThrownBy(() -> device.enqueue(k, List.of(KernelArg.of(in), KernelArg.of(out), KernelArg.of(neg), KernelArg.of(low),
                    KernelArg.of(1L << 40), KernelArg.of(4)))).isInstanceOf(DeviceException.class).hasMessageContaining("scalar k");
        }
    }

    @Test
    void artefactCodeBuildsFromItsSignatureAlone() {
        Kernel kernel = scaleI64();
        byte[] wgsl = new WgslRenderer(device.options()).render(kernel).source().getBytes(StandardCharsets.UTF_8);
        CompiledKernel k = device.compile(kernel.signature(), wgsl);
        int n = 5;
        long[] x = {-2, -1, 0, 1, 2};
        try (DeviceBuffer in = device.upload(DType.I64, n, HostBuffers.of(x)); DeviceBuffer out = device.allocate(DType.I64, n);
             DeviceBuffer neg = device.allocate(DType.BOOL, n); DeviceBuffer low = device.allocate(DType.U8, n)) {
            device.enqueue(k, List.of(KernelArg.of(in), KernelArg.of(out), KernelArg.of(neg), KernelArg.of(low), KernelArg.of(1L), KernelArg.of(n)));
            assertThat((long[]) read(out)).containsExactly(x);
            assertThat((byte[]) read(neg)).containsExactly(1, 1, 1, 0, 0);
        }
    }

    @Test
    void kernelsBeyondTheDeviceAreRefusedWithTheLimit() {
        Kernel wide = Kernel.build("too_many_groups", kb -> {
            var out = kb.output("out", DType.F32);
            kb.grid(Grid.of(70_000, 64));
            kb.body(s -> s.store(out, globalId(0), f32(1)));
        });
        assertThatThrownBy(() -> device.compile(wide)).isInstanceOf(DeviceException.class).hasMessageContaining("maxComputeWorkgroupsPerDimension");
    }

    @Test
    void f64TensorsAreHeldAsF32() {
        Kernel k = Kernel.build("doubles", kb -> {
            var in = kb.input("in", DType.F64);
            var out = kb.output("out", DType.F64);
            kb.grid(Grid.of(1, 4));
            kb.body(s -> s.store(out, globalId(0), mul(load(in, globalId(0)), lit(DType.F64, 0.5))));
        });
        double[] x = {1, -3, 1e30, 0.1};
        try (DeviceBuffer in = device.upload(DType.F64, 4, HostBuffers.of(x)); DeviceBuffer out = device.allocate(DType.F64, 4)) {
            device.enqueue(device.compile(k), List.of(KernelArg.of(in), KernelArg.of(out)));
            double[] y = (double[]) read(out);
            for (int i = 0; i < 4; i++) assertThat(y[i]).as("element " + i).isEqualTo((double) (float) ((float) x[i] * 0.5f));
        }
    }

    private Object read(DeviceBuffer b) {
        ByteBuffer bytes = HostBuffers.allocate(b.bytes());
        device.read(b, bytes);
        return HostBuffers.toArray(b.elementType(), bytes);
    }
}
