package dev.tcc.runtime.exec;

import dev.tcc.runtime.Device;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.Devices;
import dev.tcc.runtime.NoDeviceException;
import dev.tcc.runtime.opencl.OpenClDevice;

import java.util.List;

/**
 * The OpenCL device the executor tests run on: the one matching {@code -Dtcc.test.device=...}, else PoCL,
 * else the first. With no OpenCL device the tests fail (never skip): CI must have PoCL installed.
 */
final class ClDevice {
    private ClDevice() {}

    static Device open() {
        Devices.Discovery d = Devices.discover();
        List<DeviceInfo> cl = d.devices().stream().filter(i -> i.backend().equals(OpenClDevice.BACKEND)).toList();
        if (cl.isEmpty()) {
            throw new AssertionError("executor tests need an OpenCL device and found none: " + d.problems() + ". " + NoDeviceException.INSTALL_HINT);
        }
        String want = System.getProperty("tcc.test.device", "").toLowerCase();
        DeviceInfo pick = cl.stream()
                .filter(i -> want.isEmpty() ? i.platform().contains("Portable Computing Language")
                        : (i.id() + " " + i.name() + " " + i.platform()).toLowerCase().contains(want))
                .findFirst()
                .orElseGet(() -> {
                    if (!want.isEmpty()) throw new AssertionError("no OpenCL device matches tcc.test.device=" + want + " in " + cl);
                    return cl.getFirst();
                });
        return Devices.open(pick);
    }
}
