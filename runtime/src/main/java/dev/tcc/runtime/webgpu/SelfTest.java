package dev.tcc.runtime.webgpu;

import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * The start-up check of the hand-written ABI in {@link WebGpuAbi} against the loaded library, run on the
 * first device of each JVM: the adapter's limits must reach WebGPU's guaranteed minimums (a misplaced
 * {@code WGPULimits} field reads as a small or zero number), and a vector add through an explicit layout,
 * a uniform parameter, timestamps and a wait for the queue must give the host's numbers (a misplaced
 * descriptor field gives a validation error, a zero result or a hang, each turned into an exception here).
 */
final class SelfTest {
    private SelfTest() {}

    private static volatile boolean passed;

    private static final String WGSL = """
            struct Params { n: u32, scale: f32 }
            @group(0) @binding(0) var<storage, read> a: array<f32>;
            @group(0) @binding(1) var<storage, read> b: array<f32>;
            @group(0) @binding(2) var<storage, read_write> out: array<f32>;
            @group(0) @binding(3) var<uniform> params: Params;

            @compute @workgroup_size(64)
            fn main(@builtin(global_invocation_id) id: vec3<u32>) {
                if (id.x < params.n) { out[id.x] = a[id.x] + params.scale * b[id.x]; }
            }
            """;

    static void runOnce(WebGpuDevice d) {
        if (passed) return;
        synchronized (SelfTest.class) {
            if (passed) return;
            try {
                run(d);
            } catch (RuntimeException e) {
                throw new WebGpuException("Dawn self-test failed on " + d.describe() + " with "
                        + DawnLibrary.loadedFrom() + ": " + e.getMessage() + " (WebGpuAbi's layouts must match "
                        + "bun-webgpu-linux-x64@0.1.7 as pinned in web/package-lock.json)", e);
            }
            passed = true;
        }
    }

    private static void run(WebGpuDevice d) {
        List<String> low = d.limits().belowWebGpuMinimum();
        if (!low.isEmpty()) throw new WebGpuException("adapter limits read below WebGPU's minimums: " + low);
        int n = 1000;
        float[] a = new float[n];
        float[] b = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
            b[i] = 0.5f * i + 1;
        }
        MemorySegment params = MemorySegment.ofArray(new int[]{n, Float.floatToIntBits(2f)});
        try (ShaderModule module = d.compile("tcc self-test", WGSL);
             ComputePipeline pipeline = d.pipeline(module, "main", List.of(ComputePipeline.Binding.READ_ONLY_STORAGE,
                     ComputePipeline.Binding.READ_ONLY_STORAGE, ComputePipeline.Binding.STORAGE,
                     ComputePipeline.Binding.UNIFORM));
             GpuBuffer ga = d.upload("self-test a", MemorySegment.ofArray(a));
             GpuBuffer gb = d.upload("self-test b", MemorySegment.ofArray(b));
             GpuBuffer out = d.createBuffer("self-test out", 4L * n);
             GpuBuffer p = d.uniform("self-test params", params);
             BindGroup group = d.bind(pipeline, ga, gb, out, p)) {
            long nanos = d.run(new Dispatch(pipeline, group, (n + 63) / 64));
            d.finish();
            float[] got = d.readFloats(out);
            for (int i = 0; i < n; i++) {
                float want = a[i] + 2f * b[i];
                if (got[i] != want) {
                    throw new WebGpuException("vector add gave out[" + i + "] = " + got[i] + ", expected " + want);
                }
            }
            if (nanos <= 0) throw new WebGpuException("the dispatch took " + nanos + " ns by " + d.timing());
        }
    }
}
