package dev.tcc.runtime.opencl;

import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.Devices;
import dev.tcc.runtime.NoDeviceException;

import java.util.List;

/**
 * The OpenCL device the runtime's tests run on (the device tests here and the executor tests in
 * {@code dev.tcc.runtime.exec}): the one matching {@code -Dtcc.test.device=...} (id, name or platform
 * substring), else PoCL, else the first device. With no device the tests fail, never skip: CI must
 * have PoCL installed.
 */
public final class TestDevices {
    private TestDevices() {}

    public static OpenClDevice open() {
        Devices.Discovery d = Devices.discover();
        List<DeviceInfo> cl = d.devices().stream().filter(i -> i.backend().equals(OpenClDevice.BACKEND)).toList();
        if (cl.isEmpty()) {
            throw new AssertionError("these tests need an OpenCL device and found none: " + d.problems()
                    + ". " + NoDeviceException.INSTALL_HINT);
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
        return OpenClDevice.open(pick);
    }
}
