package dev.tcc.cli.targets;

import dev.tcc.ir.Graph;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.Devices;
import dev.tcc.runtime.exec.Executor;

import java.util.List;
import java.util.Map;

/**
 * The OpenCL back-end: graphs are lowered to kernel IR, rendered as OpenCL C and run through LWJGL on a
 * device ({@code --device}, else the {@code TCC_DEVICE} environment variable, else the first GPU, else the
 * first device: PoCL on a machine without a GPU).
 */
public final class OpenClTarget implements Target {
    private final String deviceQuery;
    /** The one device context this target uses, opened on first use and kept for the process (see {@link #prepare(Graph)}). */
    private Device shared;

    public OpenClTarget() { this(null); }

    /** A target on the device matching {@code deviceQuery} (id, name or platform; null for the default choice). */
    public OpenClTarget(String deviceQuery) {
        this.deviceQuery = deviceQuery != null ? deviceQuery : System.getenv("TCC_DEVICE");
    }

    @Override public String name() { return "opencl"; }

    @Override public String description() { return "OpenCL C kernels on an OpenCL device (GPU first, else PoCL on the CPU)"; }

    @Override public String unavailableReason() {
        Devices.Discovery d = Devices.discover();
        if (d.devices().isEmpty()) {
            return "no OpenCL device found (" + String.join("; ", d.problems())
                    + "); install a driver, e.g. apt-get install pocl-opencl-icd ocl-icd-opencl-dev";
        }
        return null;
    }

    /** The device this target runs on, as {@code tcc devices} names it. */
    public DeviceInfo device() { return Devices.select(deviceQuery); }

    /** Opens the device this target runs on. */
    public Device openDevice() { return Devices.open(deviceQuery); }

    /** Lowers {@code g} for {@code info}'s capabilities. */
    public static KernelProgram lower(Graph g, DeviceInfo info) { return Lowering.lower(g, dev.tcc.runtime.exec.Targets.of(info)); }

    /**
     * Lowers {@code graph} (on the calling thread, no device needed) and loads it onto this target's device.
     * Every graph prepared by one target shares one device context, and device work (loading, running,
     * releasing) is serialised on it: a conformance run with many jobs then lowers in parallel but never
     * drives the driver from several threads at once (NVIDIA's OpenCL crashed the JVM with 8 threads creating
     * and releasing contexts), and built programs are reused across cases.
     */
    @Override public Prepared prepare(Graph graph) {
        KernelProgram program = lower(graph, device());
        synchronized (this) {
            if (shared == null) shared = openDevice();
            Executor e = Executor.load(program, shared);
            return new Prepared() {
                @Override public List<Tensor> run(Map<String, Tensor> inputs) {
                    synchronized (OpenClTarget.this) {
                        return e.run(inputs);
                    }
                }

                @Override public void close() {
                    synchronized (OpenClTarget.this) {
                        e.close();
                    }
                }
            };
        }
    }

    /** A lowered program (e.g. read from an artefact) loaded onto {@code device}; closing it closes the device. */
    public static Prepared prepare(KernelProgram program, Device device) {
        Executor e = Executor.load(program, device);
        return new Prepared() {
            @Override public List<Tensor> run(Map<String, Tensor> inputs) { return e.run(inputs); }

            @Override public void close() {
                e.close();
                device.close();
            }
        };
    }
}
