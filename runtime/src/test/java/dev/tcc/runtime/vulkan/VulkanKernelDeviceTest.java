package dev.tcc.runtime.vulkan;

import dev.tcc.codegen.spirv.SpirvCodegen;
import dev.tcc.ir.DType;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** tcc's {@link dev.tcc.runtime.Device} on Vulkan (lavapipe in CI), with the validation layer on and silent. */
class VulkanKernelDeviceTest {
    private static VulkanKernelDevice device;

    @BeforeAll static void open() { device = VulkanTestDevices.open(); }

    @AfterAll static void close() { if (device != null) device.close(); }

    @AfterEach void noValidationErrors() { VulkanTestDevices.assertNoValidationErrors(device); }

    @Test
    void discoveryDescribesTheDeviceAndItsProfile() {
        DeviceInfo i = device.info();
        assertThat(Devices.discover().devices()).contains(i);
        assertThat(i.backend()).isEqualTo("vulkan");
        assertThat(i.id()).startsWith("vulkan:");
        assertThat(i.languageVersion()).isEqualTo("SPIR-V 1.5");
        assertThat(device.profile().maxWorkgroupSize()).isGreaterThanOrEqualTo(SpirvCodegen.PORTABLE.maxWorkgroupSize());
        assertThat(device.profile().meets(SpirvCodegen.PORTABLE)).isTrue();
        assertThat(device.profile().fp16()).isFalse();
    }

    @Test
    void buffersRoundTripEveryStorageTypeAndEmptyBuffersExist() {
        for (DType t : KernelTypes.STORAGE_TYPES) {
            double[] values = {0, 1, -1, 100, 3.5, -7};
            Object host = HostArrays.fromDoubles(t, values);
            try (DeviceBuffer b = Host.upload(device, t, host)) {
                Object back = HostArrays.allocate(t, values.length);
                Host.read(device, b, back);
                assertThat(HostArrays.toDoubles(t, back)).as("%s", t).containsExactly(HostArrays.toDoubles(t, host));
            }
        }
        try (DeviceBuffer empty = device.allocate(DType.F32, 0)) {
            Host.read(device, empty, new float[0]);
        }
    }

    @Test
    void aRepeatedBatchIsRecordedOnceAndFollowsNewData() {
        int n = 256;
        CompiledKernel k = device.compile(SampleKernels.halfAxpy(n, 64));
        try (DeviceBuffer x = device.allocate(DType.F16, n); DeviceBuffer y = device.allocate(DType.F16, n)) {
            for (float v : new float[] {1, 2}) {
                short[] xs = new short[n];
                java.util.Arrays.fill(xs, Float.floatToFloat16(v));
                Host.write(device, x, xs);
                Host.write(device, y, new short[n]);
                device.enqueue(k, Host.args(x, y, 0.5f, n));
                short[] back = new short[n];
                Host.read(device, y, back);
                assertThat(Float.float16ToFloat(back[n - 1])).isEqualTo(v / 2);
            }
        }
    }

    @Test
    void anArtefactModuleLoadsFromItsSignatureAlone() {
        Kernel k = SampleKernels.integerOps(64, 64);
        byte[] spv = new SpirvCodegen().render(k, device.profile());
        assertThat(device.compile(k.signature(), spv).signature()).isEqualTo(k.signature());
        assertThat(device.compile(k.signature(), spv)).isSameAs(device.compile(k));
    }

    @Test
    void timedLaunchReportsDeviceTime() {
        int n = 1 << 14;
        try (DeviceBuffer x = device.allocate(DType.F16, n); DeviceBuffer y = device.allocate(DType.F16, n)) {
            Host.write(device, x, new short[n]);
            Host.write(device, y, new short[n]);
            long ns = device.launchTimed(device.compile(SampleKernels.halfAxpy(n, 64)), Host.args(x, y, 2f, n));
            assertThat(ns).isPositive().isLessThan(10_000_000_000L);
        }
    }

    @Test
    void mistakesAreNamed() {
        CompiledKernel k = device.compile(SampleKernels.halfAxpy(64, 64));
        try (DeviceBuffer f32 = device.allocate(DType.F32, 64); DeviceBuffer f16 = device.allocate(DType.F16, 64)) {
            assertThatThrownBy(() -> device.enqueue(k, Host.args(f32, f16, 1f, 64)))
                    .isInstanceOf(DeviceException.class).hasMessageContaining("argument 0 (x) needs a f16 buffer");
            assertThatThrownBy(() -> device.enqueue(k, Host.args(f16, f16, 1f)))
                    .hasMessageContaining("takes 4 arguments [x, y, alpha, n], got 3");
        }
        Kernel h = SampleKernels.halfAxpy(64, 64);
        assertThatThrownBy(() -> device.compile(h.signature(), new byte[] {1, 2, 3, 4}))
                .isInstanceOf(KernelBuildException.class).hasMessageContaining("not SPIR-V");
    }
}
