package dev.tcc.runtime.vulkan;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs small compute shaders through the runtime with the validation layer on and checks results and messages. */
class VulkanComputeTest {
    private static VulkanInstance instance;
    private static VulkanDevice device;

    @BeforeAll
    static void open() {
        instance = TestVulkan.instance();
        device = TestVulkan.open(instance, Set.of());
    }

    @AfterEach
    void noValidationErrors() {
        try {
            assertThat(instance.validation().errors()).as("validation errors").isEmpty();
        } finally {
            instance.validation().all().forEach(m -> System.out.println("validation: " + m));
            instance.validation().clear();
        }
    }

    @AfterAll
    static void close() {
        instance.close();
        instance.validation().all().forEach(m -> System.out.println("validation: " + m));
        assertThat(instance.validation().errors()).as("validation errors at vkDestroyDevice/vkDestroyInstance (leaks)")
                .isEmpty();
    }

    @Test
    void vectorAddMapped() {
        vectorAdd(VulkanDevice.HostAccess.AUTO, 1000);
    }

    @Test
    void vectorAddStaged() {
        vectorAdd(VulkanDevice.HostAccess.STAGED, 1000);
    }

    @Test
    void stagedCopiesLargerThanOneStagingChunkAtAnOffset() {
        int n = (int) (Transfers.CHUNK / 4) + 4099;
        int[] values = new int[n];
        for (int i = 0; i < n; i++) values[i] = i * 31 + 5;
        try (var b = device.createBuffer(4L * n + 8, VulkanDevice.HostAccess.STAGED)) {
            b.fill(-1);
            var bytes = java.nio.ByteBuffer.allocate(4 * n).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            bytes.asIntBuffer().put(values);
            b.write(8, bytes);
            int[] back = b.readInts(n + 2);
            assertThat(back[0]).isEqualTo(-1);
            assertThat(back[1]).isEqualTo(-1);
            assertThat(java.util.Arrays.copyOfRange(back, 2, n + 2)).isEqualTo(values);
        }
    }

    private void vectorAdd(VulkanDevice.HostAccess access, int n) {
        float[] a = random(n, 1), b = random(n, 2);
        long before = device.allocatedBytes();
        try (var ba = device.createBuffer(4L * n, access); var bb = device.createBuffer(4L * n, access);
             var bc = device.createBuffer(4L * n, access)) {
            assertThat(device.allocatedBytes()).isEqualTo(before + 12L * n);
            assertThat(bc.mapped()).isEqualTo(access == VulkanDevice.HostAccess.AUTO && device.unifiedMemory());
            ba.write(a);
            bb.write(b);
            VulkanPipeline add = device.pipeline(Glsl.compute(Shaders.VECTOR_ADD), 3, 0);
            ProgramTimings t = device.run(List.of(Dispatch.of(add, groups(n), ba, bb, bc)));
            float[] c = bc.readFloats(n);
            for (int i = 0; i < n; i++) assertThat(c[i]).as("c[%d]", i).isEqualTo(a[i] + b[i]);
            if (device.info().limits().timestampsOnComputeQueue()) {
                assertThat(t.dispatchNanos()).singleElement().matches(ns -> ns > 0);
            }
        }
    }

    @Test
    void pushConstantScalars() {
        int n = 777;
        float[] x = random(n, 3);
        try (var bx = device.createBuffer(4L * n); var by = device.createBuffer(4L * n)) {
            bx.write(x);
            by.fill(0);
            VulkanPipeline p = device.pipeline(Glsl.compute(Shaders.SCALE_SHIFT), 2, 12);
            byte[] push = PushConstants.of().u32(n - 7).f32(2.5f).f32(-1f).bytes();
            device.run(List.of(Dispatch.of(p, groups(n), push, bx, by)));
            float[] y = by.readFloats(n);
            for (int i = 0; i < n; i++) assertThat(y[i]).as("y[%d]", i).isEqualTo(i < n - 7 ? 2.5f * x[i] - 1f : 0f);
        }
    }

    @Test
    void secondDispatchReadsTheFirstsOutputAcrossWorkgroups() {
        int n = 64 * 50 + 3;
        int[] in = new int[n];
        for (int i = 0; i < n; i++) in[i] = i * 7 - 1000;
        try (var b0 = device.createBuffer(4L * n); var b1 = device.createBuffer(4L * n); var b2 = device.createBuffer(4L * n);
             var program = device.record(List.of(
                     Dispatch.of(device.pipeline(Glsl.compute(Shaders.REVERSE_TRIPLE), 2, 0), groups(n), b0, b1),
                     Dispatch.of(device.pipeline(Glsl.compute(Shaders.REVERSE_TRIPLE), 2, 0), groups(n), b1, b2)))) {
            for (int run = 0; run < 3; run++) {
                int offset = run * 11;
                int[] input = in.clone();
                for (int i = 0; i < n; i++) input[i] += offset;
                b0.write(input);
                ProgramTimings t = program.run();
                int[] out = b2.readInts(n);
                for (int i = 0; i < n; i++) assertThat(out[i]).as("run %d out[%d]", run, i).isEqualTo(9 * input[i]);
                if (device.info().limits().timestampsOnComputeQueue()) assertThat(t.dispatchNanos()).hasSize(2);
            }
        }
    }

    @Test
    void independentDispatchesShareABarrierAndDependentOnesGetTheirOwn() {
        int n = 64 * 20;
        int[] in = new int[n];
        for (int i = 0; i < n; i++) in[i] = i - 300;
        VulkanPipeline reverse = device.pipeline(Glsl.compute(Shaders.REVERSE_TRIPLE), 2, 0);
        try (var b0 = device.createBuffer(4L * n); var b1 = device.createBuffer(4L * n); var b2 = device.createBuffer(4L * n);
             var b3 = device.createBuffer(4L * n); var b4 = device.createBuffer(4L * n);
             var program = device.record(List.of(
                     Dispatch.of(reverse, groups(n), b0, b1), Dispatch.of(reverse, groups(n), b2, b3),
                     Dispatch.of(reverse, groups(n), b1, b4), Dispatch.of(reverse, groups(n), b3, b2)))) {
            assertThat(program.barriers()).isEqualTo(2);
            b0.write(in);
            b2.write(in);
            program.run();
            int[] twice = b4.readInts(n), back = b2.readInts(n);
            for (int i = 0; i < n; i++) {
                assertThat(twice[i]).as("b4[%d]", i).isEqualTo(9 * in[i]);
                assertThat(back[i]).as("b2[%d]", i).isEqualTo(9 * in[i]);
            }
        }
    }

    @Test
    void specialisationConstantsSetTheWorkgroupSizeAndAConstant() {
        int n = 1000;
        float[] x = random(n, 6);
        int[] spirv = Glsl.compute(Shaders.SPECIALISED_SCALE);
        try (var bx = device.createBuffer(4L * n); var by = device.createBuffer(4L * n)) {
            bx.write(x);
            for (int local : new int[] {32, 256}) {
                var constants = java.util.Map.of(0, local, 1, Float.floatToRawIntBits(local / 16f));
                VulkanPipeline p = device.pipeline(spirv, "main", 2, 0, constants);
                assertThat(device.pipeline(spirv, "main", 2, 0, constants)).isSameAs(p);
                by.fill(0);
                device.run(List.of(Dispatch.of(p, (n + local - 1) / local, bx, by)));
                float[] y = by.readFloats(n);
                for (int i = 0; i < n; i++) assertThat(y[i]).as("local %d y[%d]", local, i).isEqualTo(x[i] * (local / 16f));
            }
        }
    }

    @Test
    void aProgramOfThousandsOfDispatchesPingPongs() {
        int n = 256, steps = 3000;
        VulkanPipeline inc = device.pipeline(Glsl.compute(Shaders.SCALE_SHIFT), 2, 12);
        byte[] push = PushConstants.of().u32(n).f32(1f).f32(1f).bytes();
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = i - 100;   // integers: every +1 is exact
        try (var b0 = device.createBuffer(4L * n); var b1 = device.createBuffer(4L * n)) {
            List<Dispatch> chain = new java.util.ArrayList<>();
            for (int k = 0; k < steps; k++) chain.add(k % 2 == 0 ? Dispatch.of(inc, groups(n), push, b0, b1)
                    : Dispatch.of(inc, groups(n), push, b1, b0));
            try (VulkanProgram p = device.record(chain)) {
                assertThat(p.barriers()).isEqualTo(steps);
                b0.write(x);
                ProgramTimings t = p.run();
                float[] y = b0.readFloats(n);
                for (int i = 0; i < n; i++) assertThat(y[i]).as("x[%d] + %d", i, steps).isEqualTo(x[i] + steps);
                if (device.info().limits().timestampsOnComputeQueue()) assertThat(t.dispatchNanos()).hasSize(steps);
            }
        }
    }

    @Test
    void pipelinesAreCachedBySpirvContent() {
        VulkanPipeline first = device.pipeline(Glsl.compute(Shaders.VECTOR_ADD), 3, 0);
        VulkanPipeline again = device.pipeline(Glsl.compute(Shaders.VECTOR_ADD), 3, 0);
        assertThat(again).isSameAs(first);
        assertThat(device.pipeline(Glsl.compute(Shaders.SCALE_SHIFT), 2, 12)).isNotSameAs(first);
    }

    static int groups(int n) { return (n + 63) / 64; }

    static float[] random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) out[i] = (float) r.nextDouble(-10, 10);
        return out;
    }
}
