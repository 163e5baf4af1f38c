package dev.tcc.runtime.webgpu;

import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** WGSL kernels on Dawn and Mesa lavapipe, checked against the same arithmetic in Java. */
class DawnDeviceTest {
    private final WebGpuDevice gpu = DawnDevices.shared();

    @Test
    void adapterIsLavapipeOnVulkan() {
        AdapterInfo info = gpu.adapterInfo();
        assertThat(info.backend()).as("back-end (Dawn's Null back-end computes nothing)").isEqualTo("vulkan");
        assertThat(info.description() + " " + info.device())
                .as("Mesa lavapipe, the CI driver; got " + info.describe()).contains("llvmpipe");
        assertThat(info.vendor()).isEqualTo("mesa");
        assertThat(info.adapterType()).isEqualTo("CPU");
        assertThat(gpu.features().shaderF16()).as("Mesa 25 lavapipe offers shader-f16").isTrue();
        Limits limits = gpu.limits();
        assertThat(limits.maxComputeInvocationsPerWorkgroup()).isEqualTo(1024);
        assertThat(limits.maxComputeWorkgroupStorageSize()).isEqualTo(32768);
        assertThat(limits.maxStorageBuffersPerShaderStage()).isGreaterThanOrEqualTo(8);
        assertThat(limits.belowWebGpuMinimum()).isEmpty();
        System.out.println(gpu.describe() + "; " + info + "; " + gpu.features() + "; " + limits + "; timing "
                + gpu.timing());
    }

    @Test
    void vectorAdd() {
        int n = 1 << 20;
        float[] a = new float[n];
        float[] b = new float[n];
        Random r = new Random(1);
        for (int i = 0; i < n; i++) {
            a[i] = r.nextFloat();
            b[i] = r.nextFloat();
        }
        String wgsl = """
                @group(0) @binding(0) var<storage, read> a: array<f32>;
                @group(0) @binding(1) var<storage, read> b: array<f32>;
                @group(0) @binding(2) var<storage, read_write> c: array<f32>;

                @compute @workgroup_size(256)
                fn main(@builtin(global_invocation_id) id: vec3<u32>) {
                    if (id.x < arrayLength(&c)) { c[id.x] = a[id.x] + b[id.x]; }
                }
                """;
        try (ShaderModule m = gpu.compile("vector_add", wgsl);
             ComputePipeline p = gpu.pipeline(m, "main");
             GpuBuffer ga = gpu.upload("a", MemorySegment.ofArray(a));
             GpuBuffer gb = gpu.upload("b", MemorySegment.ofArray(b));
             GpuBuffer gc = gpu.createBuffer("c", 4L * n);
             BindGroup g = gpu.bind(p, ga, gb, gc)) {
            Dispatch d = new Dispatch(p, g, n / 256);
            long[] nanos = gpu.run(List.of(d, d, d, d, d));
            float[] c = gpu.readFloats(gc);
            for (int i = 0; i < n; i++) assertThat(c[i]).as("c[%d]", i).isEqualTo(a[i] + b[i]);
            System.out.printf("vector add 2^20 (%s): %s ns%n", gpu.timing(), java.util.Arrays.toString(nanos));
            assertThat(java.util.Arrays.stream(nanos).min().orElseThrow()).isPositive();
        }
    }

    @Test
    void tiledMatmul() {
        int m = 70, k = 45, n = 83; // not multiples of the tile: edges are exercised
        float[] a = random(m * k, 2);
        float[] b = random(k * n, 3);
        String wgsl = """
                struct Dims { m: u32, k: u32, n: u32 }
                @group(0) @binding(0) var<storage, read> a: array<f32>;
                @group(0) @binding(1) var<storage, read> b: array<f32>;
                @group(0) @binding(2) var<storage, read_write> c: array<f32>;
                @group(0) @binding(3) var<uniform> dims: Dims;

                const T: u32 = 8u;
                var<workgroup> ta: array<array<f32, 8>, 8>;
                var<workgroup> tb: array<array<f32, 8>, 8>;

                @compute @workgroup_size(8, 8)
                fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
                    let row = gid.y;
                    let col = gid.x;
                    var acc = 0.0;
                    for (var t = 0u; t < (dims.k + T - 1u) / T; t++) {
                        let ac = t * T + lid.x;
                        let br = t * T + lid.y;
                        ta[lid.y][lid.x] = select(0.0, a[row * dims.k + ac], row < dims.m && ac < dims.k);
                        tb[lid.y][lid.x] = select(0.0, b[br * dims.n + col], br < dims.k && col < dims.n);
                        workgroupBarrier();
                        for (var i = 0u; i < T; i++) { acc += ta[lid.y][i] * tb[i][lid.x]; }
                        workgroupBarrier();
                    }
                    if (row < dims.m && col < dims.n) { c[row * dims.n + col] = acc; }
                }
                """;
        try (ShaderModule sm = gpu.compile("matmul_tiled", wgsl);
             ComputePipeline p = gpu.pipeline(sm, "main");
             GpuBuffer ga = gpu.upload("a", MemorySegment.ofArray(a));
             GpuBuffer gb = gpu.upload("b", MemorySegment.ofArray(b));
             GpuBuffer gc = gpu.createBuffer("c", 4L * m * n);
             GpuBuffer dims = gpu.uniform("dims", MemorySegment.ofArray(new int[]{m, k, n}));
             BindGroup g = gpu.bind(p, ga, gb, gc, dims)) {
            Dispatch d = new Dispatch(p, g, (n + 7) / 8, (m + 7) / 8, 1);
            long[] nanos = gpu.run(List.of(d, d)); // the first includes lavapipe's shader compilation
            float[] c = gpu.readFloats(gc);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double want = 0;
                    for (int x = 0; x < k; x++) want += (double) a[i * k + x] * b[x * n + j];
                    assertThat((double) c[i * n + j]).as("c[%d][%d]", i, j).isCloseTo(want, within(1e-4 * k));
                }
            }
            System.out.printf("tiled matmul %dx%dx%d: %s ns%n", m, k, n, java.util.Arrays.toString(nanos));
        }
    }

    @Test
    void uniformScalarParameters() {
        int n = 100;
        float[] x = random(n, 4);
        String wgsl = """
                struct Params { alpha: f32, beta: f32, n: u32 }
                @group(0) @binding(0) var<storage, read_write> y: array<f32>;
                @group(0) @binding(1) var<storage, read> x: array<f32>;
                @group(0) @binding(2) var<uniform> p: Params;

                @compute @workgroup_size(64)
                fn main(@builtin(global_invocation_id) id: vec3<u32>) {
                    if (id.x < p.n) { y[id.x] = p.alpha * x[id.x] + p.beta; }
                }
                """;
        ByteBuffer params = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putFloat(-1.5f).putFloat(0.25f)
                .putInt(n - 1).flip();
        try (ShaderModule sm = gpu.compile("axpb", wgsl);
             ComputePipeline p = gpu.pipeline(sm, "main");
             GpuBuffer y = gpu.createBuffer("y", 4L * n);
             GpuBuffer gx = gpu.upload("x", MemorySegment.ofArray(x));
             GpuBuffer u = gpu.createUniformBuffer("params", 12);
             BindGroup g = gpu.bind(p, y, gx, u)) {
            gpu.write(u, 0, params);
            gpu.write(y, 4L * (n - 1), ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(42f).flip());
            gpu.run(new Dispatch(p, g, 2));
            float[] got = gpu.readFloats(y);
            for (int i = 0; i < n - 1; i++) assertThat(got[i]).isEqualTo(-1.5f * x[i] + 0.25f);
            assertThat(got[n - 1]).as("beyond p.n: untouched").isEqualTo(42f);
            MemorySegment tail = MemorySegment.ofArray(new float[2]);
            gpu.read(y, 4L * (n - 2), tail);
            assertThat(tail.toArray(java.lang.foreign.ValueLayout.JAVA_FLOAT)).containsExactly(got[n - 2], 42f);
        }
    }

    @Test
    void wgslSyntaxErrorHasLineAndColumn() {
        String wgsl = """
                @group(0) @binding(0) var<storage, read_write> y: array<f32>;
                @compute @workgroup_size(1)
                fn main() {
                    y[0] = 1.0 +;
                }
                """;
        assertThatThrownBy(() -> gpu.compile("broken_kernel", wgsl))
                .isInstanceOfSatisfying(WgslCompileException.class, e -> {
                    assertThat(e.kernelName()).isEqualTo("broken_kernel");
                    CompilationMessage first = e.messages().getFirst();
                    assertThat(first.kind()).isEqualTo(CompilationMessage.Kind.ERROR);
                    assertThat(first.line()).isEqualTo(4);
                    assertThat(first.column()).isGreaterThan(0);
                    assertThat(e.getMessage()).contains("broken_kernel:4:" + first.column() + ": error: ");
                    assertThat(e.getMessage()).contains("   4      y[0] = 1.0 +;");
                });
    }

    @Test
    void typeErrorIsAlsoACompileError() {
        String wgsl = """
                @group(0) @binding(0) var<storage, read_write> y: array<f32>;
                @compute @workgroup_size(1)
                fn main() { y[0] = 1u; }
                """;
        assertThatThrownBy(() -> gpu.compile("typo_kernel", wgsl))
                .isInstanceOfSatisfying(WgslCompileException.class, e -> {
                    assertThat(e.messages().getFirst().line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("typo_kernel:3:");
                });
    }

    @Test
    void warningsAreKept() {
        String wgsl = """
                @group(0) @binding(0) var<storage, read_write> y: array<f32>;
                @compute @workgroup_size(1)
                fn main() {
                    return;
                    y[0] = 1.0;
                }
                """;
        try (ShaderModule sm = gpu.compile("unreachable", wgsl)) {
            assertThat(sm.messages()).anySatisfy(m -> {
                assertThat(m.kind()).isEqualTo(CompilationMessage.Kind.WARNING);
                assertThat(m.line()).isEqualTo(5);
                assertThat(m.format("unreachable")).startsWith("unreachable:5:");
            });
        }
    }

    @Test
    void validationErrorNamesTheKernel() {
        String wgsl = """
                @group(0) @binding(0) var<storage, read_write> y: array<f32>;
                @compute @workgroup_size(1)
                fn main(@builtin(global_invocation_id) id: vec3<u32>) { y[0] = f32(id.x); }
                """;
        try (ShaderModule sm = gpu.compile("too_wide", wgsl);
             ComputePipeline p = gpu.pipeline(sm, "main");
             GpuBuffer y = gpu.createBuffer("y", 4);
             BindGroup g = gpu.bind(p, y)) {
            int tooMany = Math.toIntExact(gpu.limits().maxComputeWorkgroupsPerDimension() + 1);
            assertThatThrownBy(() -> gpu.run(new Dispatch(p, g, tooMany)))
                    .isInstanceOf(WebGpuException.class)
                    .hasMessageContaining("running kernel 'too_wide'")
                    .hasMessageContaining("validation error");
            assertThatThrownBy(() -> gpu.pipeline(sm, "nope"))
                    .isInstanceOf(WebGpuException.class)
                    .hasMessageContaining("too_wide.nope");
            // the device still works after a caught validation error
            gpu.run(new Dispatch(p, g, 3));
            assertThat(gpu.readFloats(y)[0]).isIn(0f, 1f, 2f);
        }
    }

    @Test
    void explicitLayoutMismatchIsReported() {
        String wgsl = """
                @group(0) @binding(0) var<storage, read_write> y: array<f32>;
                @compute @workgroup_size(1)
                fn main() { y[0] = 1.0; }
                """;
        try (ShaderModule sm = gpu.compile("layout_mismatch", wgsl)) {
            assertThatThrownBy(() -> gpu.pipeline(sm, "main", List.of(ComputePipeline.Binding.UNIFORM)))
                    .isInstanceOf(WebGpuException.class)
                    .hasMessageContaining("creating compute pipeline 'layout_mismatch'");
        }
    }

    @Test
    void halfPrecisionKernel() {
        assertThat(gpu.features().shaderF16()).as("shader-f16 on lavapipe").isTrue();
        String wgsl = """
                enable f16;
                @group(0) @binding(0) var<storage, read_write> y: array<f16>;
                @compute @workgroup_size(4)
                fn main(@builtin(global_invocation_id) id: vec3<u32>) { y[id.x] = y[id.x] * 2.0h + 0.5h; }
                """;
        short[] halves = {Float.floatToFloat16(1f), Float.floatToFloat16(-2f), Float.floatToFloat16(0.25f),
                Float.floatToFloat16(3f)};
        try (ShaderModule sm = gpu.compile("f16_scale", wgsl);
             ComputePipeline p = gpu.pipeline(sm, "main");
             GpuBuffer y = gpu.upload("y", MemorySegment.ofArray(halves));
             BindGroup g = gpu.bind(p, y)) {
            gpu.run(new Dispatch(p, g, 1));
            ByteBuffer out = gpu.read(y);
            float[] want = {2.5f, -3.5f, 1f, 6.5f};
            for (int i = 0; i < 4; i++) assertThat(Float.float16ToFloat(out.getShort(2 * i))).isEqualTo(want[i]);
        }
    }

    @Test
    void closedDeviceRefusesWork() {
        WebGpuDevice other = WebGpuDevice.open();
        GpuBuffer b = other.createBuffer("leftover", 16);
        other.close();
        assertThat(b.isClosed()).isTrue();
        assertThatThrownBy(() -> other.createBuffer("late", 4)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        other.close();
    }

    private static float[] random(int n, long seed) {
        Random r = new Random(seed);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) out[i] = r.nextFloat() * 2 - 1;
        return out;
    }
}
