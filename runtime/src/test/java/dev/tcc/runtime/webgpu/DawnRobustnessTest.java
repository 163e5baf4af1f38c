package dev.tcc.runtime.webgpu;

import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Waits that give up, lost devices, threads sharing a device, and timing without timestamps. */
class DawnRobustnessTest {
    private final WebGpuDevice gpu = DawnDevices.shared();

    private static final String DOUBLE = """
            @group(0) @binding(0) var<storage, read_write> y: array<f32>;
            @compute @workgroup_size(64)
            fn main(@builtin(global_invocation_id) id: vec3<u32>) {
                if (id.x < arrayLength(&y)) { y[id.x] = 2.0 * y[id.x]; }
            }
            """;

    @Test
    void waitsGiveUp() {
        assertThatThrownBy(() -> Events.await(gpu.instance(), new Callbacks.Outcome(), Duration.ofMillis(30),
                "a callback that never comes"))
                .isInstanceOf(WebGpuException.class)
                .hasMessageContaining("timed out after 30 ms waiting for a callback that never comes");
    }

    @Test
    void lostDeviceThrows() {
        try (WebGpuDevice other = WebGpuDevice.open()) {
            Wgpu.deviceDestroy(other.handle());
            assertThatThrownBy(() -> {
                other.finish();
                other.createBuffer("after loss", 16);
            }).isInstanceOf(DeviceLostException.class).hasMessageContaining("was lost (destroyed");
        }
    }

    @Test
    void threadsShareADevice() throws Exception {
        try (ShaderModule m = gpu.compile("double", DOUBLE); ComputePipeline p = gpu.pipeline(m, "main");
             ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<float[]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                float base = t;
                results.add(pool.submit(() -> {
                    float[] x = {base, base + 1, base + 2};
                    try (GpuBuffer y = gpu.upload("y" + base, MemorySegment.ofArray(x));
                         BindGroup g = gpu.bind(p, y)) {
                        for (int i = 0; i < 5; i++) gpu.run(new Dispatch(p, g, 1));
                        return gpu.readFloats(y);
                    }
                }));
            }
            for (int t = 0; t < 8; t++) {
                assertThat(results.get(t).get()).containsExactly(32f * t, 32f * (t + 1), 32f * (t + 2));
            }
        }
    }

    @Test
    void wallClockTimingWithoutTimestamps() {
        try (ShaderModule m = gpu.compile("double", DOUBLE); ComputePipeline p = gpu.pipeline(m, "main");
             GpuBuffer y = gpu.upload("y", MemorySegment.ofArray(new float[]{1, 2}));
             BindGroup g = gpu.bind(p, y)) {
            Dispatch d = new Dispatch(p, g, 1);
            long[] nanos = Kernels.run(gpu, null, List.of(d, d, d));
            assertThat(nanos).hasSize(3);
            for (long n : nanos) assertThat(n).isPositive();
            assertThat(gpu.readFloats(y)).containsExactly(8f, 16f);
        }
    }

    @Test
    void errorsOutsideScopesSurfaceAtTheNextWait() {
        try (GpuBuffer b = gpu.createBuffer("misused", 16); Arena arena = Arena.ofConfined()) {
            // an unaligned offset, bypassing WebGpuDevice's checks and error scopes
            Wgpu.queueWriteBuffer(gpu.queue(), b.handle(), 2, arena.allocate(4), 4);
            assertThatThrownBy(gpu::finish).isInstanceOf(WebGpuException.class)
                    .hasMessageContaining("validation error")
                    .hasMessageContaining("misused");
            gpu.finish(); // reported once
        }
    }

    @Test
    void oddSizesArePadded() {
        try (GpuBuffer b = gpu.createBuffer("bytes", 7)) {
            assertThat(b.allocatedSize()).isEqualTo(8);
            gpu.write(b, 0, MemorySegment.ofArray(new byte[]{1, 2, 3, 4, 5, 6, 7}));
            assertThat(gpu.read(b).array()).containsExactly(1, 2, 3, 4, 5, 6, 7);
            assertThatThrownBy(() -> gpu.write(b, 2, MemorySegment.ofArray(new byte[2])))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of 4");
        }
    }
}
