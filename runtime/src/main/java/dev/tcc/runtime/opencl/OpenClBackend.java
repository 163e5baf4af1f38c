package dev.tcc.runtime.opencl;

import dev.tcc.codegen.common.Codegen;
import dev.tcc.codegen.opencl.OpenClCodegen;
import dev.tcc.ir.program.Profile;
import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceInfo;

import java.util.List;

/** OpenCL C on any OpenCL 1.2 device, through LWJGL. */
public final class OpenClBackend implements Backend {
    private static final OpenClCodegen CODEGEN = new OpenClCodegen();

    @Override public Codegen codegen() { return CODEGEN; }

    @Override public String description() { return "OpenCL C kernels on an OpenCL device (GPU first, else PoCL on the CPU)"; }

    @Override public void discover(List<DeviceInfo> found, List<String> problems) {
        int before = found.size();
        OpenClDevice.discover(found, problems);
        if (found.size() == before && problems.isEmpty()) {
            problems.add("OpenCL: no device found; install a driver, e.g. apt-get install pocl-opencl-icd ocl-icd-opencl-dev");
        }
    }

    @Override public Device open(DeviceInfo info) { return OpenClDevice.open(info); }

    @Override public Profile profile(DeviceInfo info) { return profileOf(info); }

    /** The device's own limits: f64 and f16 as its extensions say, its workgroup, local-memory and allocation limits. */
    static Profile profileOf(DeviceInfo d) {
        int wg = (int) Math.min(Integer.MAX_VALUE, d.maxWorkgroupSize());
        if (!d.maxWorkItemSizes().isEmpty()) wg = (int) Math.min(wg, d.maxWorkItemSizes().getFirst());
        return new Profile(d.name(), d.has(DeviceInfo.Feature.FP64), d.has(DeviceInfo.Feature.FP16), wg, d.localMemBytes(),
                d.maxAllocBytes());
    }
}
