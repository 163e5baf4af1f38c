package dev.tcc.bench;

import dev.tcc.runtime.Backends;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.Devices;
import dev.tcc.runtime.opencl.OpenClDevice;

import java.nio.file.Path;

/** Where the benchmarks run and read from; system properties override the defaults. */
public final class BenchDevice {
    private BenchDevice() {}

    /** Opens the OpenCL device whose id or name contains {@code -Dtcc.bench.device} (default: the first GPU, else the first device). */
    public static Device open() {
        return Devices.open(Devices.select(Backends.byName(OpenClDevice.BACKEND), System.getProperty("tcc.bench.device", "")));
    }

    /** The shared models folder ({@code -Dtcc.shared}/models; default ../shared/models beside the checkout). */
    public static Path models() { return Path.of(System.getProperty("tcc.shared", "../shared")).resolve("models"); }
}
