package dev.tcc.runtime.opencl;

import dev.tcc.runtime.DeviceInfo;
import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.lwjgl.opencl.CL10.*;

/** Reads platform and device properties into a {@link DeviceInfo}. */
final class ClInfo {
    private ClInfo() {}

    static DeviceInfo describe(String id, long platform, long device) {
        Set<String> ext = new LinkedHashSet<>(Arrays.asList(deviceString(device, CL_DEVICE_EXTENSIONS).trim().split("\\s+")));
        ext.remove("");
        Set<DeviceInfo.Feature> features = EnumSet.noneOf(DeviceInfo.Feature.class);
        if (ext.contains("cl_khr_fp16")) features.add(DeviceInfo.Feature.FP16);
        if (ext.contains("cl_khr_fp64")) features.add(DeviceInfo.Feature.FP64);
        if (ext.contains("cl_khr_subgroups") || ext.contains("cl_intel_subgroups")) features.add(DeviceInfo.Feature.SUBGROUPS);
        if (ext.contains("cl_khr_integer_dot_product")) features.add(DeviceInfo.Feature.INTEGER_DOT);
        return new DeviceInfo(id, OpenClDevice.BACKEND,
                platformString(platform, CL_PLATFORM_NAME), deviceString(device, CL_DEVICE_NAME).trim(),
                deviceString(device, CL_DEVICE_VENDOR).trim(), type(deviceLong(device, CL_DEVICE_TYPE)),
                deviceString(device, CL_DEVICE_VERSION), deviceString(device, CL_DRIVER_VERSION),
                deviceString(device, org.lwjgl.opencl.CL11.CL_DEVICE_OPENCL_C_VERSION).trim(),
                deviceInt(device, CL_DEVICE_MAX_COMPUTE_UNITS), deviceSize(device, CL_DEVICE_MAX_WORK_GROUP_SIZE),
                workItemSizes(device), deviceLong(device, CL_DEVICE_LOCAL_MEM_SIZE),
                deviceLong(device, CL_DEVICE_GLOBAL_MEM_SIZE), deviceLong(device, CL_DEVICE_MAX_MEM_ALLOC_SIZE),
                ext, features);
    }

    private static String type(long bits) {
        if ((bits & CL_DEVICE_TYPE_GPU) != 0) return "GPU";
        if ((bits & CL_DEVICE_TYPE_CPU) != 0) return "CPU";
        if ((bits & CL_DEVICE_TYPE_ACCELERATOR) != 0) return "ACCELERATOR";
        return "OTHER";
    }

    static String platformString(long platform, int param) {
        return string((value, size) -> clGetPlatformInfo(platform, param, value, size), "clGetPlatformInfo");
    }

    static String deviceString(long device, int param) {
        return string((value, size) -> clGetDeviceInfo(device, param, value, size), "clGetDeviceInfo(" + param + ")");
    }

    /** One {@code clGet*Info} call for a string property: writes its bytes to {@code value} (when not null) and its size to {@code size} (when not null). */
    private interface InfoCall {
        int call(ByteBuffer value, PointerBuffer size);
    }

    /** The string property {@code info} returns: asks for its size, then for its bytes (NUL-terminated UTF-8). */
    private static String string(InfoCall info, String what) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            PointerBuffer size = s.mallocPointer(1);
            ClErrors.check(info.call(null, size), what);
            ByteBuffer b = MemoryUtil.memAlloc((int) size.get(0));
            try {
                ClErrors.check(info.call(b, null), what);
                return MemoryUtil.memUTF8(b, Math.max(0, b.remaining() - 1));
            } finally {
                MemoryUtil.memFree(b);
            }
        }
    }

    static int deviceInt(long device, int param) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            var v = s.mallocInt(1);
            ClErrors.check(clGetDeviceInfo(device, param, v, null), "clGetDeviceInfo(" + param + ")");
            return v.get(0);
        }
    }

    static long deviceLong(long device, int param) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            var v = s.mallocLong(1);
            ClErrors.check(clGetDeviceInfo(device, param, v, null), "clGetDeviceInfo(" + param + ")");
            return v.get(0);
        }
    }

    static long deviceSize(long device, int param) {
        try (MemoryStack s = MemoryStack.stackPush()) {
            PointerBuffer v = s.mallocPointer(1);
            ClErrors.check(clGetDeviceInfo(device, param, v, null), "clGetDeviceInfo(" + param + ")");
            return v.get(0);
        }
    }

    private static List<Long> workItemSizes(long device) {
        int dims = deviceInt(device, CL_DEVICE_MAX_WORK_ITEM_DIMENSIONS);
        try (MemoryStack s = MemoryStack.stackPush()) {
            PointerBuffer v = s.mallocPointer(dims);
            ClErrors.check(clGetDeviceInfo(device, CL_DEVICE_MAX_WORK_ITEM_SIZES, v, null), "clGetDeviceInfo(MAX_WORK_ITEM_SIZES)");
            List<Long> sizes = new ArrayList<>();
            for (int i = 0; i < dims; i++) sizes.add(v.get(i));
            return sizes;
        }
    }
}
