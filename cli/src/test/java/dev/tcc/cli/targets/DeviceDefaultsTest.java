package dev.tcc.cli.targets;

import dev.tcc.passes.lower.KernelTunings;
import dev.tcc.passes.lower.Tuning;
import dev.tcc.runtime.DeviceInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which defaults lowering starts from on each kind of device, and that a tuning record still wins over them. */
class DeviceDefaultsTest {
    private static DeviceInfo device(String backend, String type) {
        return new DeviceInfo(backend + ":0", backend, "Example", "example", "Example Inc.", type, "1.0", "1", "1", 8,
                1024, List.of(1024L, 1024L, 64L), 48 * 1024, 1L << 30, 1L << 28, Set.of(), Set.of(), Map.of());
    }

    @Test
    void eachKindOfDeviceStartsFromItsOwnDefaults() {
        assertThat(DeviceTarget.defaults(device("opencl", "GPU"))).isSameAs(Tuning.GPU_DEVICE);
        assertThat(DeviceTarget.defaults(device("vulkan", "GPU"))).isSameAs(Tuning.GPU_DEVICE);
        // lavapipe: Vulkan code ships to GPUs, so it keeps the portable GPU defaults even on a CPU driver
        assertThat(DeviceTarget.defaults(device("vulkan", "CPU"))).isSameAs(Tuning.GPU_DEFAULT);
        assertThat(DeviceTarget.defaults(device("opencl", "CPU"))).isSameAs(Tuning.CPU_DEVICE);
        assertThat(DeviceTarget.defaults(device("opencl", "ACCELERATOR"))).isSameAs(Tuning.DEFAULT);
        assertThat(DeviceTarget.gpuDefaults(device("opencl", "CPU"))).isFalse();
        assertThat(DeviceTarget.gpuDefaults(device("vulkan", "CPU"))).isTrue();
        // portable code (no device): the same rule, with no device type
        assertThat(Tuning.defaults(null, true)).isSameAs(Tuning.GPU_DEFAULT);
        assertThat(Tuning.defaults(null, false)).isSameAs(Tuning.DEFAULT);
    }

    @Test
    void aTuningRecordWinsOverTheDeviceDefaults() {
        Tuning tuned = Tuning.DEFAULT.withConv(Tuning.Conv.forced(Tuning.ConvAlgorithm.DIRECT));
        KernelTunings recorded = key -> key.text().startsWith("conv") ? tuned : Tuning.DEFAULT;
        KernelTunings lowered = DeviceTarget.lowering(device("opencl", "CPU"), recorded);
        assertThat(lowered.forKernel(new dev.tcc.passes.lower.KernelKey("conv", "conv", List.of(), List.of()))).isSameAs(tuned);
        assertThat(lowered.forKernel(new dev.tcc.passes.lower.KernelKey("matmul", "matmul", List.of(), List.of()))).isSameAs(Tuning.CPU_DEVICE);
    }
}
