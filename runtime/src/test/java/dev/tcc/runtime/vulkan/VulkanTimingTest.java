package dev.tcc.runtime.vulkan;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Prints what a vector add of 2^20 floats costs, and shows one device serving several threads. */
class VulkanTimingTest {
    @Test
    void vectorAddOfAMillionFloats() {
        int n = 1 << 20;
        long opened = System.nanoTime();
        try (VulkanInstance instance = VulkanInstance.open(VulkanInstance.Options.PLAIN);
             VulkanDevice device = TestVulkan.open(instance, Set.of());
             var a = device.createBuffer(4L * n); var b = device.createBuffer(4L * n); var c = device.createBuffer(4L * n);
             var program = device.record(List.of(Dispatch.of(device.pipeline(Glsl.compute(Shaders.VECTOR_ADD), 3, 0),
                     n / 64, a, b, c)))) {
            float[] x = VulkanComputeTest.random(n, 4), y = VulkanComputeTest.random(n, 5);
            a.write(x);    // first touch of the memory, not timed
            b.write(y);
            long t0 = System.nanoTime();
            a.write(x);
            b.write(y);
            long upload = System.nanoTime() - t0;
            List<Long> dispatch = new ArrayList<>(), host = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ProgramTimings t = program.run();
                dispatch.add(t.totalDispatchNanos());
                host.add(t.hostNanos());
            }
            float[] z = c.readFloats(n);
            t0 = System.nanoTime();
            c.read(z);
            long download = System.nanoTime() - t0;
            for (int i = 0; i < n; i++) assertThat(z[i]).isEqualTo(x[i] + y[i]);
            System.out.printf("vulkan vector add 2^20 on %s: first dispatch %.2f ms, then %s ms (host submit-to-fence %s ms); "
                            + "upload 8 MiB %.2f ms, download 4 MiB %.2f ms (%s); open to verified %.0f ms%n",
                    device.info().name(), dispatch.getFirst() / 1e6, ms(dispatch.subList(2, dispatch.size())),
                    ms(host.subList(2, host.size())), upload / 1e6, download / 1e6, a.mapped() ? "mapped" : "staged",
                    (System.nanoTime() - opened) / 1e6);
        }
    }

    @Test
    void oneDeviceServesSeveralThreads() throws Exception {
        try (VulkanInstance instance = TestVulkan.instance(); VulkanDevice device = TestVulkan.open(instance, Set.of());
             var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            VulkanPipeline add = device.pipeline(Glsl.compute(Shaders.VECTOR_ADD), 3, 0);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    int n = 4096 + seed;
                    float[] x = VulkanComputeTest.random(n, seed), y = VulkanComputeTest.random(n, seed + 100);
                    var access = seed % 2 == 0 ? VulkanDevice.HostAccess.AUTO : VulkanDevice.HostAccess.STAGED;
                    try (var a = device.createBuffer(4L * n, access); var b = device.createBuffer(4L * n, access);
                         var c = device.createBuffer(4L * n, access)) {
                        boolean ok = true;
                        for (int round = 0; round < 5; round++) {
                            a.write(x);
                            b.write(y);
                            device.run(List.of(Dispatch.of(add, VulkanComputeTest.groups(n), a, b, c)));
                            float[] z = c.readFloats(n);
                            for (int i = 0; i < n; i++) ok &= z[i] == x[i] + y[i];
                        }
                        return ok;
                    }
                }));
            }
            for (Future<Boolean> r : results) assertThat(r.get()).isTrue();
        }
    }

    private static String ms(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return String.format("min %.2f median %.2f", sorted.getFirst() / 1e6, sorted.get(sorted.size() / 2) / 1e6);
    }
}
