package dev.tcc.runtime.opencl;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.HostArrays;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.KernelTypes;
import dev.tcc.ir.kernel.SampleKernels;
import dev.tcc.runtime.CompiledKernel;
import dev.tcc.runtime.DeviceBuffer;
import dev.tcc.runtime.DeviceException;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.Devices;
import dev.tcc.runtime.Host;
import dev.tcc.runtime.KernelBuildException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static dev.tcc.ir.kernel.Exprs.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenClDeviceTest {
    private static OpenClDevice device;

    @BeforeAll static void open() { device = TestDevices.open(); }

    @AfterAll static void close() { if (device != null) device.close(); }

    @Test
    void discoveryDescribesCapabilities() {
        Devices.Discovery d = Devices.discover();
        assertThat(d.devices()).contains(device.info());
        DeviceInfo i = device.info();
        assertThat(i.name()).isNotBlank();
        assertThat(i.languageVersion()).startsWith("OpenCL C ");
        assertThat(i.computeUnits()).isPositive();
        assertThat(i.maxWorkgroupSize()).isGreaterThanOrEqualTo(64);
        assertThat(i.localMemBytes()).isGreaterThanOrEqualTo(16 * 1024);
        assertThat(i.maxAllocBytes()).isPositive().isLessThanOrEqualTo(i.globalMemBytes());
        assertThat(i.has(DeviceInfo.Feature.FP16)).isEqualTo(i.extensions().contains("cl_khr_fp16"));
        assertThat(d.describe()).contains(i.id(), i.name(), "features", "local");
    }

    @Test
    void buffersRoundTripEveryStorageType() {
        for (DType t : KernelTypes.STORAGE_TYPES) {
            double[] values = {0, 1, -1, 100, 3.5, -7};
            Object host = HostArrays.fromDoubles(t, values);
            try (DeviceBuffer b = Host.upload(device, t, host)) {
                Object back = HostArrays.allocate(t, values.length);
                Host.read(device, b, back);
                assertThat(HostArrays.toDoubles(t, back)).as("%s", t).containsExactly(HostArrays.toDoubles(t, host));
            }
        }
    }

    @Test
    void byteBuffersAreLittleEndianElementBytes() {
        try (DeviceBuffer b = device.allocate(DType.I32, 2)) {
            ByteBuffer in = ByteBuffer.allocateDirect(8).order(ByteOrder.LITTLE_ENDIAN).putInt(0x01020304).putInt(-2).flip();
            device.write(b, in);
            int[] back = new int[2];
            Host.read(device, b, back);
            assertThat(back).containsExactly(0x01020304, -2);
        }
    }

    @Test
    void programsAreCachedBySource() {
        int before = device.programsBuilt();
        CompiledKernel a = device.compile(SampleKernels.broadcastMulAddRelu(3, 7, 32));
        CompiledKernel b = device.compile(SampleKernels.broadcastMulAddRelu(3, 7, 32));
        assertThat(b).isSameAs(a);
        assertThat(device.programsBuilt()).isEqualTo(before + 1);
        device.compile(SampleKernels.broadcastMulAddRelu(3, 8, 32));
        assertThat(device.programsBuilt()).isEqualTo(before + 2);
    }

    @Test
    void timedLaunchReportsDeviceTime() {
        int n = 1 << 16;
        Kernel k = SampleKernels.halfAxpy(n, 64);
        try (DeviceBuffer x = device.allocate(DType.F16, n); DeviceBuffer y = device.allocate(DType.F16, n)) {
            Host.write(device, x, new short[n]);
            Host.write(device, y, new short[n]);
            long ns = device.launchTimed(device.compile(k), Host.args(x, y, 2f, n));
            assertThat(ns).isPositive().isLessThan(10_000_000_000L);
        }
    }

    @Test
    void buildFailureCarriesKernelNameAndLog() {
        Kernel k = SampleKernels.halfAxpy(64, 64);
        String broken = new dev.tcc.codegen.opencl.OpenClRenderer().render(k).replace("vload_half(i, x)", "vload_half(i, x) + undefined_thing");
        assertThatThrownBy(() -> device.compile(k.signature(), broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(KernelBuildException.class)
                .hasMessageContaining("building kernel 'half_axpy' failed on " + device.info().name())
                .hasMessageContaining("undefined_thing")
                .satisfies(e -> assertThat(((KernelBuildException) e).buildLog()).contains("undefined_thing"));
    }

    @Test
    void argumentMistakesAreNamed() {
        CompiledKernel k = device.compile(SampleKernels.halfAxpy(64, 64));
        try (DeviceBuffer f32 = device.allocate(DType.F32, 64); DeviceBuffer f16 = device.allocate(DType.F16, 64)) {
            assertThatThrownBy(() -> device.enqueue(k, Host.args(f32, f16, 1f, 64)))
                    .isInstanceOf(DeviceException.class).hasMessageContaining("argument 0 (x) needs a f16 buffer");
            assertThatThrownBy(() -> device.enqueue(k, Host.args(f16, f16, 1f)))
                    .hasMessageContaining("takes 4 arguments [x, y, alpha, n], got 3");
            assertThatThrownBy(() -> Host.write(device, f32, new float[63])).hasMessageContaining("needs 256 bytes, the ByteBuffer has 252");
        }
    }

    @Test
    void oversizedWorkgroupIsRejectedBeforeBuilding() {
        int tooBig = (int) device.info().maxWorkgroupSize() * 2;
        Kernel k = Kernel.build("big", kb -> {
            var out = kb.output("out", DType.I32);
            kb.grid(Grid.of(1, tooBig));
            kb.body(b -> b.store(out, globalId(0), localId(0)));
        });
        assertThatThrownBy(() -> device.compile(k)).hasMessageContaining("needs workgroups of " + tooBig + " work-items");
    }
}
