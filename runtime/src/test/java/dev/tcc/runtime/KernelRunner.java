package dev.tcc.runtime;

import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.HostArrays;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.interp.KernelInterpreter;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one kernel over host arguments on a device and in the interpreter, each on its own copy of the
 * arrays, and hands both results to the same check.
 */
final class KernelRunner {
    private KernelRunner() {}

    /** Receives the arguments after a run; {@code where} says which runner produced them. */
    interface Check { void verify(String where, Object[] args); }

    static void runBoth(Device device, Kernel kernel, Object[] args, Check check) {
        Object[] interpreted = copy(args);
        KernelInterpreter.run(kernel, interpreted);
        check.verify("interpreter", interpreted);
        Object[] onDevice = copy(args);
        runOnDevice(device, kernel, onDevice);
        check.verify(device.info().name(), onDevice);
    }

    /** Uploads every buffer argument, launches, and reads every writable buffer back into its array. */
    static void runOnDevice(Device device, Kernel kernel, Object[] args) {
        List<Param> params = kernel.params();
        Object[] bound = args.clone();
        List<DeviceBuffer> buffers = new ArrayList<>();
        try {
            for (int i = 0; i < params.size(); i++) {
                if (params.get(i) instanceof BufferParam b) {
                    DeviceBuffer d = Host.upload(device, b.elementType(), args[i]);
                    buffers.add(d);
                    bound[i] = d;
                }
            }
            device.enqueue(device.compile(kernel), Host.args(bound));
            for (int i = 0; i < params.size(); i++) {
                if (params.get(i) instanceof BufferParam b && b.access().canStore()) Host.read(device, (DeviceBuffer) bound[i], args[i]);
            }
        } finally {
            buffers.forEach(DeviceBuffer::close);
        }
    }

    private static Object[] copy(Object[] args) {
        Object[] c = args.clone();
        for (int i = 0; i < c.length; i++) {
            if (c[i] != null && c[i].getClass().isArray()) {
                int n = HostArrays.length(c[i]);
                Object a = java.lang.reflect.Array.newInstance(c[i].getClass().componentType(), n);
                System.arraycopy(c[i], 0, a, 0, n);
                c[i] = a;
            }
        }
        return c;
    }
}
