package dev.tcc.runtime.webgpu;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.tcc.runtime.webgpu.WebGpuAbi.ADAPTER_INFO;
import static dev.tcc.runtime.webgpu.WebGpuAbi.CALLBACK_INFO;
import static dev.tcc.runtime.webgpu.WebGpuAbi.DAWN_TOGGLES_DESCRIPTOR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.DEVICE_DESCRIPTOR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.LIMITS;
import static dev.tcc.runtime.webgpu.WebGpuAbi.PTR;
import static dev.tcc.runtime.webgpu.WebGpuAbi.REQUEST_ADAPTER_OPTIONS;
import static dev.tcc.runtime.webgpu.WebGpuAbi.U32;
import static dev.tcc.runtime.webgpu.WebGpuAbi.U64;
import static dev.tcc.runtime.webgpu.WebGpuAbi.callbackInfo;
import static dev.tcc.runtime.webgpu.WebGpuAbi.getString;
import static dev.tcc.runtime.webgpu.WebGpuAbi.nameOf;
import static dev.tcc.runtime.webgpu.WebGpuAbi.offset;
import static dev.tcc.runtime.webgpu.WebGpuAbi.putString;

/**
 * Opens the native side of a {@link WebGpuDevice}: instance, Vulkan adapter (never Dawn's Null back-end,
 * which "succeeds" at everything and computes nothing), its info, features and limits, and a device with
 * every limit raised to the adapter's and each feature tcc uses that the adapter offers.
 */
final class DeviceRequest {
    private DeviceRequest() {}

    /** Dawn toggles turned off on tcc's devices: timestamps at full precision (Dawn rounds them otherwise). */
    private static final List<String> DISABLED_TOGGLES = List.of("timestamp_quantization");

    /** What {@link #open} made; the caller owns and releases every handle. */
    record Opened(MemorySegment instance, MemorySegment adapter, MemorySegment device, MemorySegment queue,
                  AdapterInfo info, Features features, Limits limits) {}

    static Opened open(long eventsId, Duration timeout, Arena deviceArena) {
        MemorySegment instance = Wgpu.createInstance(MemorySegment.NULL);
        if (instance.equals(MemorySegment.NULL)) throw new WebGpuException("wgpuCreateInstance returned NULL");
        MemorySegment adapter = MemorySegment.NULL;
        try {
            adapter = requestAdapter(instance, timeout);
            AdapterInfo info = adapterInfo(adapter);
            if (!info.backend().equals("vulkan")) {
                throw new DawnMissingException("Dawn gave a " + info.backend() + " adapter (" + info.describe()
                        + ") when asked for Vulkan; tcc refuses it (the Null back-end computes nothing); "
                        + DawnMissingException.DRIVER_HINT);
            }
            MemorySegment limits = deviceArena.allocate(WebGpuAbi.LIMITS_ALLOCATION, 8);
            if (Wgpu.adapterGetLimits(adapter, limits) != WebGpuAbi.STATUS_SUCCESS) {
                throw new WebGpuException("wgpuAdapterGetLimits failed on " + info.describe());
            }
            Features features = new Features(Wgpu.adapterHasFeature(adapter, WebGpuAbi.FEATURE_SHADER_F16),
                    Wgpu.adapterHasFeature(adapter, WebGpuAbi.FEATURE_SUBGROUPS),
                    Wgpu.adapterHasFeature(adapter, WebGpuAbi.FEATURE_TIMESTAMP_QUERY));
            MemorySegment device = requestDevice(adapter, info, features, limits, eventsId, timeout, instance);
            return new Opened(instance, adapter, device, Wgpu.deviceGetQueue(device), info, features, limits(limits));
        } catch (RuntimeException e) {
            if (!adapter.equals(MemorySegment.NULL)) Wgpu.adapterRelease(adapter);
            Wgpu.instanceRelease(instance);
            throw e;
        }
    }

    private static MemorySegment requestAdapter(MemorySegment instance, Duration timeout) {
        try (Arena arena = Arena.ofConfined(); Callbacks.Pending p = new Callbacks.Pending()) {
            MemorySegment options = arena.allocate(REQUEST_ADAPTER_OPTIONS);
            options.set(U32, offset(REQUEST_ADAPTER_OPTIONS, "backendType"), WebGpuAbi.BACKEND_VULKAN);
            Wgpu.instanceRequestAdapter(instance, options, callbackInfo(arena, Callbacks.REQUEST, p.id,
                    WebGpuAbi.CALLBACK_MODE_ALLOW_PROCESS_EVENTS));
            Events.await(instance, p.outcome, timeout, "a Vulkan adapter from Dawn");
            if (p.outcome.status != WebGpuAbi.STATUS_SUCCESS || p.outcome.handle.equals(MemorySegment.NULL)) {
                throw new DawnMissingException("Dawn found no Vulkan adapter (status " + p.outcome.status + ": "
                        + p.outcome.message.strip() + "); " + DawnMissingException.DRIVER_HINT
                        + " (Dawn refuses Debian 12's stock Mesa 22 lavapipe)");
            }
            return p.outcome.handle;
        }
    }

    static AdapterInfo adapterInfo(MemorySegment adapter) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(ADAPTER_INFO);
            if (Wgpu.adapterGetInfo(adapter, s) != WebGpuAbi.STATUS_SUCCESS) {
                throw new WebGpuException("wgpuAdapterGetInfo failed");
            }
            AdapterInfo info = new AdapterInfo(getString(s, offset(ADAPTER_INFO, "vendor")),
                    getString(s, offset(ADAPTER_INFO, "architecture")), getString(s, offset(ADAPTER_INFO, "device")),
                    getString(s, offset(ADAPTER_INFO, "description")),
                    nameOf(WebGpuAbi.BACKEND_NAMES, s.get(U32, offset(ADAPTER_INFO, "backendType"))),
                    nameOf(WebGpuAbi.ADAPTER_TYPE_NAMES, s.get(U32, offset(ADAPTER_INFO, "adapterType"))),
                    s.get(U32, offset(ADAPTER_INFO, "vendorID")), s.get(U32, offset(ADAPTER_INFO, "deviceID")),
                    s.get(U32, offset(ADAPTER_INFO, "subgroupMinSize")),
                    s.get(U32, offset(ADAPTER_INFO, "subgroupMaxSize")));
            Wgpu.adapterInfoFreeMembers(s);
            return info;
        }
    }

    private static MemorySegment requestDevice(MemorySegment adapter, AdapterInfo info, Features features,
                                               MemorySegment limits, long eventsId, Duration timeout,
                                               MemorySegment instance) {
        try (Arena arena = Arena.ofConfined(); Callbacks.Pending p = new Callbacks.Pending()) {
            MemorySegment d = arena.allocate(DEVICE_DESCRIPTOR);
            d.set(PTR, offset(DEVICE_DESCRIPTOR, "nextInChain"), toggles(arena));
            putString(d, offset(DEVICE_DESCRIPTOR, "label"), "tcc", arena);
            List<Integer> wanted = new ArrayList<>();
            if (features.shaderF16()) wanted.add(WebGpuAbi.FEATURE_SHADER_F16);
            if (features.subgroups()) wanted.add(WebGpuAbi.FEATURE_SUBGROUPS);
            if (features.timestampQuery()) wanted.add(WebGpuAbi.FEATURE_TIMESTAMP_QUERY);
            MemorySegment featureArray = arena.allocate(U32, Math.max(1, wanted.size()));
            for (int i = 0; i < wanted.size(); i++) featureArray.setAtIndex(U32, i, wanted.get(i));
            d.set(U64, offset(DEVICE_DESCRIPTOR, "requiredFeatureCount"), wanted.size());
            d.set(PTR, offset(DEVICE_DESCRIPTOR, "requiredFeatures"), featureArray);
            d.set(PTR, offset(DEVICE_DESCRIPTOR, "requiredLimits"), limits);
            putString(d, offset(DEVICE_DESCRIPTOR, "defaultQueue", "label"), "tcc queue", arena);
            long lost = offset(DEVICE_DESCRIPTOR, "deviceLostCallbackInfo");
            d.set(U32, lost + offset(CALLBACK_INFO, "mode"), WebGpuAbi.CALLBACK_MODE_ALLOW_SPONTANEOUS);
            d.set(PTR, lost + offset(CALLBACK_INFO, "callback"), Callbacks.DEVICE_LOST);
            d.set(PTR, lost + offset(CALLBACK_INFO, "userdata1"), MemorySegment.ofAddress(eventsId));
            long error = offset(DEVICE_DESCRIPTOR, "uncapturedErrorCallbackInfo");
            d.set(PTR, error + offset(WebGpuAbi.UNCAPTURED_ERROR_CALLBACK_INFO, "callback"),
                    Callbacks.UNCAPTURED_ERROR);
            d.set(PTR, error + offset(WebGpuAbi.UNCAPTURED_ERROR_CALLBACK_INFO, "userdata1"),
                    MemorySegment.ofAddress(eventsId));
            Wgpu.adapterRequestDevice(adapter, d, callbackInfo(arena, Callbacks.REQUEST, p.id,
                    WebGpuAbi.CALLBACK_MODE_ALLOW_PROCESS_EVENTS));
            Events.await(instance, p.outcome, timeout, "a device on " + info.describe());
            if (p.outcome.status != WebGpuAbi.STATUS_SUCCESS || p.outcome.handle.equals(MemorySegment.NULL)) {
                throw new WebGpuException("Dawn could not create a device on " + info.describe() + " (status "
                        + p.outcome.status + "): " + p.outcome.message.strip());
            }
            return p.outcome.handle;
        }
    }

    private static MemorySegment toggles(Arena arena) {
        MemorySegment names = arena.allocate(PTR, DISABLED_TOGGLES.size());
        for (int i = 0; i < DISABLED_TOGGLES.size(); i++) {
            names.setAtIndex(PTR, i, arena.allocateFrom(DISABLED_TOGGLES.get(i)));
        }
        MemorySegment t = arena.allocate(DAWN_TOGGLES_DESCRIPTOR);
        t.set(U32, offset(DAWN_TOGGLES_DESCRIPTOR, "chain", "sType"), WebGpuAbi.STYPE_DAWN_TOGGLES_DESCRIPTOR);
        t.set(U64, offset(DAWN_TOGGLES_DESCRIPTOR, "disabledToggleCount"), DISABLED_TOGGLES.size());
        t.set(PTR, offset(DAWN_TOGGLES_DESCRIPTOR, "disabledToggles"), names);
        return t;
    }

    static Limits limits(MemorySegment s) {
        return new Limits(s.get(U64, offset(LIMITS, "maxStorageBufferBindingSize")),
                u32(s, "maxStorageBuffersPerShaderStage"), u32(s, "maxComputeInvocationsPerWorkgroup"),
                u32(s, "maxComputeWorkgroupSizeX"), u32(s, "maxComputeWorkgroupSizeY"),
                u32(s, "maxComputeWorkgroupSizeZ"), u32(s, "maxComputeWorkgroupsPerDimension"),
                u32(s, "maxComputeWorkgroupStorageSize"), s.get(U64, offset(LIMITS, "maxBufferSize")),
                s.get(U64, offset(LIMITS, "maxUniformBufferBindingSize")), u32(s, "maxUniformBuffersPerShaderStage"),
                u32(s, "minStorageBufferOffsetAlignment"), u32(s, "maxBindGroups"));
    }

    private static long u32(MemorySegment s, String field) {
        return Integer.toUnsignedLong(s.get(U32, offset(LIMITS, field)));
    }
}
