package dev.tcc.runtime.opencl;

import dev.tcc.runtime.NoDeviceException;
import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.lwjgl.opencl.CL10.*;

/** Enumerates OpenCL platforms and their devices. */
final class ClPlatforms {
    private ClPlatforms() {}

    /** A device handle and where it was found; {@code id} is {@code opencl:P.D}. */
    record Handle(int platformIndex, int deviceIndex, long platform, long device) {
        String id() { return OpenClDevice.BACKEND + ":" + platformIndex + "." + deviceIndex; }
    }

    /**
     * Every device of every platform.
     *
     * @throws NoDeviceException when the OpenCL loader cannot be loaded or no platform is installed
     */
    static List<Handle> all() {
        long[] platforms = platforms();
        List<Handle> out = new ArrayList<>();
        for (int p = 0; p < platforms.length; p++) {
            try (MemoryStack s = MemoryStack.stackPush()) {
                IntBuffer count = s.mallocInt(1);
                int err = clGetDeviceIDs(platforms[p], CL_DEVICE_TYPE_ALL, null, count);
                if (err == CL_DEVICE_NOT_FOUND || count.get(0) == 0) continue;
                ClErrors.check(err, "clGetDeviceIDs");
                PointerBuffer ids = s.mallocPointer(count.get(0));
                ClErrors.check(clGetDeviceIDs(platforms[p], CL_DEVICE_TYPE_ALL, ids, (IntBuffer) null), "clGetDeviceIDs");
                for (int d = 0; d < ids.capacity(); d++) out.add(new Handle(p, d, platforms[p], ids.get(d)));
            }
        }
        return out;
    }

    private static long[] platforms() {
        try (MemoryStack s = MemoryStack.stackPush()) {
            IntBuffer count = s.mallocInt(1);
            int err = clGetPlatformIDs(null, count);
            if (err == org.lwjgl.opencl.KHRICD.CL_PLATFORM_NOT_FOUND_KHR || (err == 0 && count.get(0) == 0)) {
                throw new NoDeviceException("OpenCL: the loader found no platform (no ICD installed); " + NoDeviceException.INSTALL_HINT);
            }
            ClErrors.check(err, "clGetPlatformIDs");
            PointerBuffer ids = s.mallocPointer(count.get(0));
            ClErrors.check(clGetPlatformIDs(ids, (IntBuffer) null), "clGetPlatformIDs");
            long[] out = new long[ids.capacity()];
            for (int i = 0; i < out.length; i++) out[i] = ids.get(i);
            return out;
        } catch (LinkageError e) {
            throw new NoDeviceException("OpenCL: the loader library libOpenCL.so could not be loaded (" + e
                    + "); " + NoDeviceException.INSTALL_HINT
                    + " (or point -Dorg.lwjgl.opencl.libname at libOpenCL.so.1)", e);
        }
    }
}
